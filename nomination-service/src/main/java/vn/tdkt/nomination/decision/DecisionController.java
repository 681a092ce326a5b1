package vn.tdkt.nomination.decision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.nomination.sheet.SheetFormat;
import vn.tdkt.nomination.sheet.Sheets;
import vn.tdkt.support.audit.Audit;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.NotFoundException;
import vn.tdkt.support.security.Action;
import vn.tdkt.support.security.Actor;
import vn.tdkt.support.security.Authorizer;

@RestController
@RequestMapping("/api/v1/decisions")
@Tag(name = "Quyết định khen thưởng – Decisions", description = "Decisions that confer honours in bulk")
class DecisionController {

    private final DecisionService decisions;
    private final Authorizer authorizer;

    DecisionController(DecisionService decisions, Authorizer authorizer) {
        this.decisions = decisions;
        this.authorizer = authorizer;
    }

    /** Signs a decision of the grantor unit over approved dossiers; the same request again changes nothing. */
    @PostMapping
    @Operation(summary = "Ban hành quyết định – issue a decision over approved nominations (201; a repeat: 200)")
    ResponseEntity<DecisionResponse> issue(@RequestBody IssueRequest request) {
        Audit.command("decision.issue", "decision:" + request.grantorUnitCode() + "/" + request.number());
        DecisionDraft draft = decisions.parse(request.raw());
        Actor actor = authorizer.require(Action.DECIDE_AWARDS, draft.grantorUnitCode());
        DecisionService.Issued issued = decisions.issue(draft, actor.username());
        Decision decision = issued.decision();
        Audit.command("decision.issue", "decision:" + decision.id());
        Audit.versions(issued.created() ? null : decision.version(), decision.version());
        return ResponseEntity.status(issued.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/v1/decisions/" + decision.id())).body(DecisionResponse.of(decision));
    }

    @GetMapping
    @Operation(summary = "Quyết định của một đơn vị – a grantor unit's decisions, newest first (default: yours)")
    PageResponse<DecisionResponse> list(@RequestParam(required = false) String grantor,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        PageQuery query = PageQuery.of(page, size);
        String unit = grantor == null || grantor.isBlank() ? authorizer.actor().unitCode() : grantor.strip();
        authorizer.require(Action.READ_NOMINATIONS, unit);
        if (unit == null) {
            return PageResponse.of(query, List.of(), 0);
        }
        Audit.personalDataRead("decision.list", "unit:" + unit);
        PageResponse<Decision> found = decisions.page(unit, query);
        return PageResponse.of(query, found.items().stream().map(DecisionResponse::of).toList(), found.totalItems());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một quyết định – one decision with its honours")
    DecisionResponse one(@PathVariable String id) {
        Decision decision = find(id);
        Audit.personalDataRead("decision.read", "decision:" + decision.id());
        return DecisionResponse.of(decision);
    }

    /** The certificates' data: CSV unless {@code format=xlsx} or an Accept of Excel's type asks for a workbook. */
    @GetMapping("/{id}/certificates")
    @Operation(summary = "Dữ liệu in bằng – the certificates' data as CSV or Excel (?format=csv|xlsx or Accept)")
    ResponseEntity<byte[]> certificates(@PathVariable String id, @RequestParam(required = false) String format,
                                        @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        SheetFormat chosen = SheetFormat.choose(format, accept, SheetFormat.CSV);
        Decision decision = find(id);
        Audit.personalDataRead("decision.certificates", "decision:" + decision.id());
        return Sheets.download(Certificates.of(decision), chosen, "quyet-dinh-" + decision.id());
    }

    /** 404 for an id that names no decision (or no decision at all); 403 outside the grantor's subtree. */
    private Decision find(String id) {
        Decision decision;
        try {
            decision = decisions.find(new DecisionId(id)).orElse(null);
        } catch (IllegalArgumentException notAnId) {
            decision = null;
        }
        if (decision == null) {
            authorizer.require(Action.READ_NOMINATIONS, authorizer.actor().unitCode());
            throw new NotFoundException("No decision " + id);
        }
        authorizer.require(Action.READ_NOMINATIONS, decision.grantorUnitCode());
        return decision;
    }

    record SignerRequest(String name, String title) {
    }

    record IssueRequest(String number, LocalDate date, SignerRequest signer, String grantorUnitCode,
                        List<String> nominationIds) {

        DecisionDraft.Raw raw() {
            return new DecisionDraft.Raw(number, date, signer == null ? null : signer.name(),
                    signer == null ? null : signer.title(), grantorUnitCode, nominationIds);
        }
    }

    record HonourResponse(String nominationId, String recipientKind, String nomineeId, String nomineeName,
                          String nomineeUnitCode, String nominatingUnitCode, String awardCode, String awardName,
                          int year) {
    }

    record DecisionResponse(String id, String number, LocalDate date, SignerRequest signer, String grantorUnitCode,
                            String grantorLevel, DecisionStatus status, String issuedBy, Instant issuedAt,
                            long version, List<HonourResponse> honours) {

        static DecisionResponse of(Decision d) {
            return new DecisionResponse(d.id().value(), d.number(), d.date(),
                    new SignerRequest(d.signer().name(), d.signer().title()), d.grantorUnitCode(), d.grantorLevel(),
                    d.status(), d.issuedBy(), d.issuedAt(), d.version() == null ? 0 : d.version(),
                    d.honours().stream().map(h -> new HonourResponse(h.nominationId(), h.recipientKind(),
                            h.nomineeId(), h.nomineeName(), h.nomineeUnitCode(), h.nominatingUnitCode(),
                            h.awardCode(), h.awardName(), h.year())).toList());
        }
    }
}
