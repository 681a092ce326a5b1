package vn.tdkt.delegate.congress;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.tdkt.delegate.apportionment.Method;
import vn.tdkt.delegate.congress.CongressFacts.CompositionPolicy;
import vn.tdkt.delegate.congress.CongressFacts.CompositionTarget;
import vn.tdkt.support.audit.Audit;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.NotFoundException;
import vn.tdkt.support.problem.RuleViolationException;
import vn.tdkt.support.security.Action;
import vn.tdkt.support.security.Authorizer;
import vn.tdkt.support.web.ETags;
import vn.tdkt.support.web.RequestBodies;

/**
 * Congresses: planned and changed by their organiser's unit (ORGANISE_CONGRESSES in its subtree), documents
 * received by the upper council's unit, read by every signed-in role (READ_DIRECTORY: a congress holds no
 * personal data). Every command asks the authorizer before it checks the body or the path, so a caller without the
 * right gets 403 whatever they send.
 */
@RestController
@RequestMapping("/api/v1/congresses")
@Tag(name = "Đại hội thi đua – Congresses", description = "Congresses per level, their calendar, documents and seats")
class CongressController {

    private static final String UUID_PATTERN =
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    private static final String UNIT_CODE = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";
    private static final int MAX_TEXT = 500;
    /** Units one congress allocates among: far above any real level (a province has tens of districts). */
    private static final int MAX_UNITS = 2000;

    private final CongressService congresses;
    private final Authorizer authorizer;
    private final Validator validator;

    CongressController(CongressService congresses, Authorizer authorizer, Validator validator) {
        this.congresses = congresses;
        this.authorizer = authorizer;
        this.validator = validator;
    }

    @PostMapping
    @Operation(summary = "Lập kế hoạch đại hội – plan a congress of the caller's unit or one below it")
    ResponseEntity<CongressResponse> plan(@RequestBody PlanRequest request) {
        Audit.command("congress.plan", "unit:" + request.organiserUnitCode());
        authorizer.require(Action.ORGANISE_CONGRESSES, request.organiserUnitCode());
        CongressService.Outcome outcome = congresses.plan(valid(request).toCommand());
        Audit.command("congress.plan", "congress:" + outcome.congress().id());
        Audit.versions(null, outcome.congress().version());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                        .buildAndExpand(outcome.congress().id().value()).toUri())
                .eTag(etag(outcome.congress())).body(CongressResponse.of(outcome, congresses.today()));
    }

    @GetMapping
    @Operation(summary = "Danh sách đại hội – congresses by organiser and/or upper congress, by date")
    PageResponse<CongressResponse> list(@RequestParam(required = false) String organiser,
                                        @RequestParam(required = false) String upper,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        authorizer.require(Action.READ_DIRECTORY, null);
        if (organiser != null && !organiser.matches(UNIT_CODE)) {
            throw new InvalidInputException("organiser", "must be a unit code");
        }
        CongressId upperId = null;
        if (upper != null) {
            upperId = CongressId.orNull(upper);
            if (upperId == null) {
                throw new InvalidInputException("upper", "must be a congress id (a UUID)");
            }
        }
        LocalDate today = congresses.today();
        return congresses.page(organiser, upperId, PageQuery.of(page, size))
                .map(c -> CongressResponse.of(new CongressService.Outcome(c, List.of()), today));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Xem đại hội – one congress (ETag: its version, for If-Match)")
    ResponseEntity<CongressResponse> get(@PathVariable String id) {
        authorizer.require(Action.READ_DIRECTORY, null);
        Congress congress = congresses.get(existingId(id));
        return ResponseEntity.ok().eTag(etag(congress)).body(CongressResponse.of(new CongressService.Outcome(congress,
                congress.formUndecided() ? List.of("FORM_UNDECIDED: " + CongressService.formQuestion(
                        congress.staffCount())) : List.of()), congresses.today()));
    }

    /** Title, form (where the staff count leaves it open), size, policy, agenda, pilot mark; If-Match required. */
    @PatchMapping("/{id}")
    @Operation(summary = "Sửa đại hội – change title, form, size, composition, agenda or pilot mark; If-Match required")
    ResponseEntity<CongressResponse> revise(@PathVariable String id,
                                            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                            @RequestBody ReviseRequest request) {
        Audit.command("congress.revise", "congress:" + id);
        Congress current = organised(id);
        Long expected = version(ifMatch);
        if (expected == null) {
            throw new VersionRequiredException();
        }
        CongressService.Outcome outcome = congresses.revise(current.id(), expected, valid(request).toRevision());
        Audit.versions(current.version(), outcome.congress().version());
        return ResponseEntity.ok().eTag(etag(outcome.congress())).body(CongressResponse.of(outcome, congresses.today()));
    }

    @PostMapping("/{id}/reschedule")
    @Operation(summary = "Đổi ngày – move a congress; a date out of the order of levels needs overrideReason")
    ResponseEntity<CongressResponse> reschedule(@PathVariable String id,
                                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                                String ifMatch,
                                                @RequestBody RescheduleRequest request) {
        Audit.command("congress.reschedule", "congress:" + id);
        Congress current = organised(id);
        valid(request);
        CongressService.Outcome outcome = congresses.reschedule(current.id(), version(ifMatch), request.date(),
                request.overrideReason());
        Audit.versions(current.version(), outcome.congress().version());
        return ResponseEntity.ok().eTag(etag(outcome.congress())).body(CongressResponse.of(outcome, congresses.today()));
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Chuyển trạng thái – mark a planned congress HELD or CANCELLED")
    ResponseEntity<CongressResponse> move(@PathVariable String id,
                                          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @RequestBody StatusRequest request) {
        Audit.command("congress.status", "congress:" + id);
        Congress current = organised(id);
        Congress moved = congresses.move(current.id(), version(ifMatch), valid(request).to());
        Audit.versions(current.version(), moved.version());
        return ResponseEntity.ok().eTag(etag(moved)).body(CongressResponse.of(new CongressService.Outcome(moved,
                List.of()), congresses.today()));
    }

    /** Recorded by the unit whose council receives the documents: the upper congress's organiser (or the parent). */
    @PutMapping("/{id}/documents/{document}")
    @Operation(summary = "Ghi nhận tài liệu – the upper council records receiving PLAN, SCHEDULE, REPORT or AGENDA")
    ResponseEntity<CongressResponse> receive(@PathVariable String id, @PathVariable String document,
                                             @RequestBody ReceiptRequest request) {
        Audit.command("congress.document.receive", "congress:" + id);
        Congress current = congresses.get(existingId(id));
        // Who may record comes first: the path, the body and whether a council exists are answered only to them.
        Optional<String> council = congresses.councilOf(current);
        authorizer.require(Action.ORGANISE_CONGRESSES, council.orElse(null));
        if (council.isEmpty()) {
            throw new RuleViolationException("No upper council expects this congress's documents", List.of(
                    new FieldError("document", current.organiserUnitCode() + " has no upper congress and no unit"
                            + " above it")));
        }
        RequiredDocument kind = Arrays.stream(RequiredDocument.values()).filter(d -> d.name().equals(document))
                .findFirst().orElseThrow(() -> new InvalidInputException("document",
                        "must be one of " + Arrays.toString(RequiredDocument.values())));
        Congress changed = congresses.receive(current.id(), kind, valid(request).receivedOn());
        Audit.versions(current.version(), changed.version());
        return ResponseEntity.ok().eTag(etag(changed)).body(CongressResponse.of(new CongressService.Outcome(changed,
                List.of()), congresses.today()));
    }

    /**
     * The tree below the congress, back-scheduled; as CSV or Excel when {@code Accept} names {@code text/csv} or
     * the spreadsheet type.
     */
    @GetMapping("/{id}/timeline")
    @Operation(summary = "Lịch đại hội các cấp – the congresses below, back-scheduled, with documents and problems"
            + " (JSON, or CSV/Excel by Accept)")
    ResponseEntity<?> timeline(@PathVariable String id,
                               @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        authorizer.require(Action.READ_DIRECTORY, null);
        Timeline timeline = congresses.timeline(existingId(id));
        TimelineExport.Format format = TimelineExport.choose(null, accept);
        return format == null ? ResponseEntity.ok(timeline) : TimelineExport.download(timeline, format);
    }

    @GetMapping("/{id}/timeline/export")
    @Operation(summary = "Xuất lịch đại hội – the timeline as CSV or Excel (format=csv|xlsx)")
    ResponseEntity<byte[]> exportTimeline(@PathVariable String id, @RequestParam(required = false) String format,
                                          @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        authorizer.require(Action.READ_DIRECTORY, null);
        TimelineExport.Format chosen = TimelineExport.choose(format, accept);
        Timeline timeline = congresses.timeline(existingId(id));
        return TimelineExport.download(timeline, chosen == null ? TimelineExport.Format.CSV : chosen);
    }

    @PostMapping("/{id}/allocations")
    @Operation(summary = "Phân bổ đại biểu – allocate the congress's exemplary seats among the units below it")
    ResponseEntity<AllocationResponse> allocate(@PathVariable String id,
                                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                                String ifMatch,
                                                @RequestBody AllocationRequest request) {
        Audit.command("congress.allocate", "congress:" + id);
        Congress current = organised(id);
        Congress allocated = congresses.allocate(current.id(), version(ifMatch), valid(request).toRequest());
        Audit.versions(current.version(), allocated.version());
        return ResponseEntity.status(201).eTag(etag(allocated)).body(AllocationResponse.of(allocated.id(),
                allocated.currentAllocation()));
    }

    @GetMapping("/{id}/allocations/current")
    @Operation(summary = "Phân bổ hiện hành – the congress's latest seat allocation")
    AllocationResponse currentAllocation(@PathVariable String id) {
        authorizer.require(Action.READ_DIRECTORY, null);
        Congress congress = congresses.get(existingId(id));
        Allocation current = congress.currentAllocation();
        if (current == null) {
            throw new NotFoundException("Congress " + id + " has not allocated its seats yet");
        }
        return AllocationResponse.of(congress.id(), current);
    }

    @GetMapping("/{id}/allocations")
    @Operation(summary = "Các lần phân bổ – every stored allocation of the congress, oldest first")
    List<AllocationResponse> allocations(@PathVariable String id) {
        authorizer.require(Action.READ_DIRECTORY, null);
        Congress congress = congresses.get(existingId(id));
        return congress.allocations().stream().map(a -> AllocationResponse.of(congress.id(), a)).toList();
    }

    /** The congress, read to learn its organiser, after checking the caller organises congresses there. */
    private Congress organised(String id) {
        Congress congress = congresses.get(existingId(id));
        authorizer.require(Action.ORGANISE_CONGRESSES, congress.organiserUnitCode());
        return congress;
    }

    /** A body's constraints, checked once the caller is known to be allowed (403 before 400). */
    private <T> T valid(T body) {
        return RequestBodies.valid(validator, body);
    }

    private static CongressId existingId(String id) {
        CongressId congressId = CongressId.orNull(id);
        if (congressId == null) {
            throw new NotFoundException("No congress " + id);
        }
        return congressId;
    }

    private static String etag(Congress congress) {
        return ETags.of(congress.version());
    }

    private static Long version(String ifMatch) {
        return ETags.ifMatchVersion(ifMatch, "the congress's");
    }

    record PolicyDto(@NotNull @Min(0) @Max(100) Integer exemplaryPercent,
                     @Size(max = 20) List<@NotNull @Valid TargetDto> targets) {

        CompositionPolicy toPolicy(String field) {
            List<CompositionTarget> list = targets == null ? List.of()
                    : targets.stream().map(t -> new CompositionTarget(t.attribute(), t.minimumPercent())).toList();
            Set<DelegateAttribute> seen = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                if (!seen.add(list.get(i).attribute())) {
                    throw new InvalidInputException(field + ".targets[" + i + "].attribute", "is named twice");
                }
            }
            return new CompositionPolicy(exemplaryPercent, list);
        }
    }

    record TargetDto(@NotNull DelegateAttribute attribute, @NotNull @Min(0) @Max(100) Integer minimumPercent) {
    }

    record PlanRequest(
            @NotBlank @Pattern(regexp = UNIT_CODE, message = "must be a unit code") String organiserUnitCode,
            @NotBlank @Size(max = MAX_TEXT) String title,
            @NotNull LocalDate date,
            CongressForm form,
            @Min(1) @Max(100_000) Integer maxDelegates,
            @Valid PolicyDto policy,
            @Size(min = 1, max = 50) List<@NotBlank @Size(max = MAX_TEXT) String> agenda,
            @Pattern(regexp = UUID_PATTERN, message = "must be a congress id (a UUID)") String upperCongressId,
            Boolean pilot,
            @Size(max = MAX_TEXT) String overrideReason) {

        CongressService.PlanCommand toCommand() {
            return new CongressService.PlanCommand(organiserUnitCode, title.strip(), date, form, maxDelegates,
                    policy == null ? null : policy.toPolicy("policy"), agenda,
                    upperCongressId == null ? null : new CongressId(upperCongressId), Boolean.TRUE.equals(pilot),
                    overrideReason);
        }
    }

    record ReviseRequest(@Size(min = 1, max = MAX_TEXT) String title, CongressForm form,
                         @Min(1) @Max(100_000) Integer maxDelegates, @Valid PolicyDto policy,
                         @Size(min = 1, max = 50) List<@NotBlank @Size(max = MAX_TEXT) String> agenda,
                         Boolean pilot) {

        Congress.Revision toRevision() {
            return new Congress.Revision(title == null ? null : title.strip(), form, maxDelegates,
                    policy == null ? null : policy.toPolicy("policy"), agenda, pilot);
        }
    }

    record RescheduleRequest(@NotNull LocalDate date, @Size(max = MAX_TEXT) String overrideReason) {
    }

    record StatusRequest(@NotNull CongressStatus to) {
    }

    record ReceiptRequest(@NotNull LocalDate receivedOn) {
    }

    record WeightDto(@NotBlank @Pattern(regexp = UNIT_CODE, message = "must be a unit code") String code,
                     @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 9) BigDecimal weight) {
    }

    record AllocationRequest(Method method, @NotNull SeatAllocator.Basis basis,
                             @Size(max = MAX_UNITS) List<@NotNull @Valid WeightDto> weights,
                             @Min(0) @Max(1_000_000) Long minSeatsPerUnit, @Min(0) @Max(1_000_000) Long maxSeatsPerUnit,
                             @Min(1) @Max(1_000_000) Long seats) {

        SeatAllocator.Request toRequest() {
            if (basis.givenByCaller() && (weights == null || weights.isEmpty())) {
                throw new InvalidInputException("weights", "are required with basis " + basis);
            }
            if (!basis.givenByCaller() && weights != null && !weights.isEmpty()) {
                throw new InvalidInputException("weights", "come from the " + basis + " data; give none, or use MANUAL");
            }
            Set<String> codes = new HashSet<>();
            List<SeatAllocator.GivenWeight> given = weights == null ? List.of() : weights.stream()
                    .map(w -> new SeatAllocator.GivenWeight(w.code(), w.weight())).toList();
            for (int i = 0; i < given.size(); i++) {
                if (!codes.add(given.get(i).code())) {
                    throw new InvalidInputException("weights[" + i + "].code", "names a unit twice");
                }
            }
            if (minSeatsPerUnit != null && maxSeatsPerUnit != null && maxSeatsPerUnit < minSeatsPerUnit) {
                throw new InvalidInputException("maxSeatsPerUnit", "is below minSeatsPerUnit");
            }
            return new SeatAllocator.Request(method, basis, given, minSeatsPerUnit, maxSeatsPerUnit, seats);
        }
    }

    record DocumentDto(RequiredDocument document, String label, LocalDate dueOn, LocalDate receivedOn,
                       DocumentState state) {
    }

    record OverrideDto(String reason, List<String> conflicts) {
    }

    record CongressResponse(String id, String organiserUnitCode, String title, String level, Integer staffCount,
                            CongressForm form, boolean formUndecided, CongressStatus status, LocalDate date,
                            int maxDelegates, long exemplarySeats, CompositionPolicy policy, List<String> agenda,
                            String upperCongressId, boolean pilot, OverrideDto scheduleOverride,
                            LocalDate documentsDueOn, List<DocumentDto> documents, Long currentAllocationVersion,
                            long version, Instant createdAt, List<String> warnings) {

        static CongressResponse of(CongressService.Outcome outcome, LocalDate today) {
            Congress c = outcome.congress();
            Congress.ScheduleOverride override = c.scheduleOverride();
            List<DocumentDto> documents = Arrays.stream(RequiredDocument.values()).map(d -> new DocumentDto(d,
                    d.label(), c.documentsDueOn(), c.received().get(d), c.documentState(d, today))).toList();
            Allocation current = c.currentAllocation();
            return new CongressResponse(c.id().value(), c.organiserUnitCode(), c.title(), c.level(), c.staffCount(),
                    c.form(), c.formUndecided(), c.status(), c.date(), c.maxDelegates(), c.defaultExemplarySeats(),
                    c.policy(), c.agenda(), c.upperCongressId() == null ? null : c.upperCongressId().value(), c.pilot(),
                    override == null ? null : new OverrideDto(override.reason(), override.conflicts()),
                    c.documentsDueOn(), documents, current == null ? null : current.version(), c.version(),
                    c.createdAt(), outcome.warnings());
        }
    }

    record AllocationResponse(String congressId, long version, String method, String basis, long seats,
                              List<Allocation.UnitShare> units, List<String> warnings, Instant allocatedAt) {

        static AllocationResponse of(CongressId id, Allocation allocation) {
            return new AllocationResponse(id.value(), allocation.version(), allocation.method(), allocation.basis(),
                    allocation.seats(), allocation.units(), allocation.warnings(), allocation.allocatedAt());
        }
    }
}
