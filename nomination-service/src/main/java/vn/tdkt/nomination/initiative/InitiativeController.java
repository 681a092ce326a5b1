package vn.tdkt.nomination.initiative;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.tdkt.events.nomination.InitiativeScope;
import vn.tdkt.support.audit.Audit;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.NotFoundException;
import vn.tdkt.support.security.Action;
import vn.tdkt.support.security.Authorizer;

@RestController
@RequestMapping("/api/v1/initiatives")
@Tag(name = "Sáng kiến – Initiatives", description = "Recognition by the initiative council, and the usage ledger")
class InitiativeController {

    static final String ID_MESSAGE = "must be 1–64 letters, digits, '.', '_' or '-'";

    private final InitiativeService initiatives;
    private final Authorizer authorizer;

    InitiativeController(InitiativeService initiatives, Authorizer authorizer) {
        this.initiatives = initiatives;
        this.authorizer = authorizer;
    }

    @PostMapping
    @Operation(summary = "Ghi nhận sáng kiến – record an initiative the council recognised, for a unit in one's subtree")
    ResponseEntity<InitiativeResponse> recognise(@Valid @RequestBody RecogniseRequest request) {
        Audit.command("initiative.recognise", "initiative:" + request.id());
        authorizer.require(Action.MANAGE_HONOURS, request.unitCode());
        Initiative initiative = initiatives.recognise(new InitiativeId(request.id()), request.recognition());
        Audit.versions(null, initiative.version());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(initiative.id().value()).toUri()).body(InitiativeResponse.of(initiative));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một sáng kiến – one initiative with its use")
    InitiativeResponse get(@PathVariable String id) {
        Initiative initiative = initiatives.get(existing(id));
        authorizer.require(Action.READ_PERSONAL_DATA, initiative.recognition().unitCode());
        Audit.personalDataRead("initiative.read", "initiative:" + id);
        return InitiativeResponse.of(initiative);
    }

    @GetMapping
    @Operation(summary = "Sáng kiến của một đơn vị – a unit's initiatives, by recognition date then id")
    PageResponse<InitiativeResponse> list(@RequestParam String unitCode,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size) {
        authorizer.require(Action.READ_PERSONAL_DATA, unitCode);
        PageQuery query = PageQuery.of(page, size);
        Audit.personalDataRead("initiative.list", "unit:" + unitCode);
        return initiatives.byUnit(unitCode, query).map(InitiativeResponse::of);
    }

    /** One initiative, one proposal: a second use is a 409; a period already rewarded or counted is a 422. */
    @PostMapping("/{id}/uses")
    @Operation(summary = "Dùng sáng kiến cho một đề nghị – enter the initiative in the usage ledger")
    InitiativeResponse use(@PathVariable String id, @Valid @RequestBody UseRequest request) {
        Audit.command("initiative.use", "initiative:" + id);
        InitiativeId initiativeId = existing(id);
        Initiative current = initiatives.get(initiativeId);
        authorizer.require(Action.MANAGE_HONOURS, current.recognition().unitCode());
        Initiative used = initiatives.use(initiativeId, new Initiative.Proposal(request.proposalId(),
                request.nomineeId(), request.award(), request.achievementFrom(), request.achievementTo()));
        Audit.versions(current.version(), used.version());
        return InitiativeResponse.of(used);
    }

    private static InitiativeId existing(String id) {
        InitiativeId initiativeId = InitiativeId.orNull(id);
        if (initiativeId == null) {
            throw new NotFoundException("No initiative " + id);
        }
        return initiativeId;
    }

    record RecogniseRequest(@NotBlank @Pattern(regexp = InitiativeId.PATTERN, message = ID_MESSAGE) String id,
                            String title,
                            @NotBlank @Pattern(regexp = InitiativeId.PATTERN, message = "must be a unit code")
                            String unitCode,
                            List<String> authorIds, InitiativeScope recognizedScope, LocalDate recognizedOn,
                            String recognizedBy, Boolean effectivelyApplied) {

        Initiative.Recognition recognition() {
            return new Initiative.Recognition(title, unitCode, authorIds, recognizedScope, recognizedOn, recognizedBy,
                    effectivelyApplied);
        }
    }

    record UseRequest(@NotBlank @Pattern(regexp = InitiativeId.PATTERN, message = ID_MESSAGE) String proposalId,
                      @NotBlank @Pattern(regexp = InitiativeId.PATTERN, message = ID_MESSAGE) String nomineeId,
                      @NotBlank String award,
                      @NotNull @Min(1945) @Max(2100) Integer achievementFrom,
                      @NotNull @Min(1945) @Max(2100) Integer achievementTo) {
    }

    record UsageDto(String proposalId, String nomineeId, String awardCode, int achievementFrom, int achievementTo,
                    Instant usedAt) {
    }

    record InitiativeResponse(String id, String title, String unitCode, List<String> authorIds,
                              InitiativeScope recognizedScope, LocalDate recognizedOn, String recognizedBy,
                              boolean effectivelyApplied, UsageDto usage, Long version) {

        static InitiativeResponse of(Initiative i) {
            Initiative.Recognition r = i.recognition();
            Usage u = i.usage();
            return new InitiativeResponse(i.id().value(), r.title(), r.unitCode(), r.authorIds(), r.scope(),
                    r.recognizedOn(), r.recognizedBy(), Boolean.TRUE.equals(r.effectivelyApplied()),
                    u == null ? null : new UsageDto(u.proposalId(), u.nomineeId(), u.awardCode(), u.from(), u.to(),
                            u.usedAt()), i.version());
        }
    }
}
