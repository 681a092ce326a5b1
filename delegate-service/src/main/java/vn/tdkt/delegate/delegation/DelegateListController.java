package vn.tdkt.delegate.delegation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.tdkt.delegate.congress.CongressFacts;
import vn.tdkt.support.audit.Audit;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.security.Action;
import vn.tdkt.support.security.Actor;
import vn.tdkt.support.security.Authorizer;
import vn.tdkt.support.web.ETags;
import vn.tdkt.support.web.RequestBodies;

/**
 * A lower unit's delegate list for an upper congress. The unit's people ({@code PROPOSE_DELEGATES} on the unit)
 * change and submit it; only the unit itself ({@code APPROVE_DELEGATES}, own unit only) approves it, as its own
 * congress passes it; the upper congress's organising committee ({@code ORGANISE_CONGRESSES} on its organiser) reads
 * it and may return (reopen) it. The list names people: every read is audited. Every command asks the authorizer
 * before it looks at the body or the path, so a caller without the right gets 403 whatever they send.
 */
@RestController
@RequestMapping("/api/v1/congresses/{congressId}/delegate-lists/{unitCode}")
@Tag(name = "Danh sách đại biểu – Delegate lists", description = "A lower unit's delegates to an upper congress")
class DelegateListController {

    static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final DelegateListService lists;
    private final Authorizer authorizer;
    private final Validator validator;

    DelegateListController(DelegateListService lists, Authorizer authorizer, Validator validator) {
        this.lists = lists;
        this.authorizer = authorizer;
        this.validator = validator;
    }

    @GetMapping
    @Operation(summary = "Xem danh sách đại biểu – the list with its live checks (ETag: its version, for If-Match)")
    ResponseEntity<ListResponse> get(@PathVariable String congressId, @PathVariable String unitCode) {
        Audit.personalDataRead("delegate-list.read", target(congressId, unitCode));
        requireReader(congressId, unitCode);
        DelegateListId id = id(congressId, unitCode);
        DelegateList list = lists.get(id);
        return ok(list, lists.checks(list));
    }

    @GetMapping("/delegates")
    @Operation(summary = "Đại biểu – the list's delegates, paged, in the list's order")
    PageResponse<DelegateResponse> delegates(@PathVariable String congressId, @PathVariable String unitCode,
                                             @RequestParam(required = false) Integer page,
                                             @RequestParam(required = false) Integer size) {
        Audit.personalDataRead("delegate-list.delegates.read", target(congressId, unitCode));
        requireReader(congressId, unitCode);
        PageQuery query = PageQuery.of(page, size);
        DelegateListId id = id(congressId, unitCode);
        List<Delegate> all = lists.get(id).delegates();
        int from = (int) Math.min(query.offset(), all.size());
        return PageResponse.of(query, all.subList(from, Math.min(from + query.size(), all.size())).stream()
                .map(DelegateResponse::of).toList(), all.size());
    }

    @GetMapping("/checks")
    @Operation(summary = "Kiểm tra danh sách – seats, duplicates in the congress tree, the 70/30 split, targets")
    ChecksResponse checks(@PathVariable String congressId, @PathVariable String unitCode) {
        Audit.personalDataRead("delegate-list.checks.read", target(congressId, unitCode));
        requireReader(congressId, unitCode);
        DelegateListId id = id(congressId, unitCode);
        return ChecksResponse.of(lists.checks(lists.get(id)));
    }

    /** The unit's first delegate opens its list; the unit must have seats at the congress. If-Match optional. */
    @PostMapping("/delegates")
    @Operation(summary = "Thêm đại biểu – add a delegate, by hand or picked from the exemplary people")
    ResponseEntity<ListResponse> add(@PathVariable String congressId, @PathVariable String unitCode,
                                     @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                     @RequestBody DelegateRequest request) {
        Audit.command("delegate-list.delegate.add", "delegate-list:" + congressId + ":" + unitCode);
        authorizer.require(Action.PROPOSE_DELEGATES, unitCode);
        DelegateListId id = id(congressId, unitCode);
        Long expected = version(ifMatch);
        DelegateList list = lists.add(id, expected, valid(request).toInput());
        Audit.versions(list.version() == 0 ? null : list.version() - 1, list.version());
        String delegateId = list.delegates().getLast().id();
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{delegateId}")
                        .buildAndExpand(delegateId).toUri())
                .eTag(etag(list)).body(ListResponse.of(list, lists.checks(list)));
    }

    /** Replaces one delegate whole; If-Match is required, so that no concurrent change is undone. */
    @PutMapping("/delegates/{delegateId}")
    @Operation(summary = "Thay đại biểu – replace one delegate (If-Match required)")
    ResponseEntity<ListResponse> replace(@PathVariable String congressId, @PathVariable String unitCode,
                                         @PathVariable String delegateId,
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                         @RequestBody DelegateRequest request) {
        Audit.command("delegate-list.delegate.replace", "delegate-list:" + congressId + ":" + unitCode);
        authorizer.require(Action.PROPOSE_DELEGATES, unitCode);
        DelegateListId id = id(congressId, unitCode);
        Long expected = version(ifMatch);
        if (expected == null) {
            throw new ListVersionRequiredException();
        }
        DelegateList list = lists.replace(id, expected, delegateId, valid(request).toInput());
        Audit.versions(expected, list.version());
        return ok(list, lists.checks(list));
    }

    /**
     * Replaces every delegate of a draft at once, or opens the list with them (a list prepared in a spreadsheet);
     * If-Match is required once the list exists.
     */
    @PutMapping("/delegates")
    @Operation(summary = "Thay cả danh sách – replace every delegate of a draft at once (If-Match once it exists)")
    ResponseEntity<ListResponse> replaceAll(@PathVariable String congressId, @PathVariable String unitCode,
                                            @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                            @RequestBody DelegatesRequest request) {
        Audit.command("delegate-list.delegates.replace-all", "delegate-list:" + congressId + ":" + unitCode);
        authorizer.require(Action.PROPOSE_DELEGATES, unitCode);
        DelegateListId id = id(congressId, unitCode);
        DelegateList list = lists.replaceAll(id, version(ifMatch), valid(request).delegates().stream()
                .map(DelegateRequest::toInput).toList());
        Audit.versions(list.version() == 0 ? null : list.version() - 1, list.version());
        return ok(list, lists.checks(list));
    }

    @DeleteMapping("/delegates/{delegateId}")
    @Operation(summary = "Bỏ đại biểu – remove one delegate (If-Match optional)")
    ResponseEntity<ListResponse> remove(@PathVariable String congressId, @PathVariable String unitCode,
                                        @PathVariable String delegateId,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Audit.command("delegate-list.delegate.remove", "delegate-list:" + congressId + ":" + unitCode);
        authorizer.require(Action.PROPOSE_DELEGATES, unitCode);
        DelegateListId id = id(congressId, unitCode);
        DelegateList list = lists.remove(id, version(ifMatch), delegateId);
        Audit.versions(list.version() - 1, list.version());
        return ok(list, lists.checks(list));
    }

    /**
     * The unit says its delegate is another person than the namesake (same name and birth year) on another list, with
     * its reason: the duplicate no longer blocks and shows as a POSSIBLE_NAMESAKE warning with the reason. A shared
     * exemplary person stays a duplicate. Allowed on a draft or a proposed list; If-Match optional.
     */
    @PutMapping("/delegates/{delegateId}/distinct-person")
    @Operation(summary = "Xác nhận người khác – the delegate is not the namesake elsewhere (reason required)")
    ResponseEntity<ListResponse> confirmDistinct(@PathVariable String congressId, @PathVariable String unitCode,
                                                 @PathVariable String delegateId,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                 @RequestBody DistinctPersonRequest request) {
        Audit.command("delegate-list.delegate.distinct-person", "delegate-list:" + congressId + ":" + unitCode);
        String by = authorizer.require(Action.PROPOSE_DELEGATES, unitCode).username();
        DelegateListId id = id(congressId, unitCode);
        valid(request);
        DelegateList list = lists.confirmDistinct(id, version(ifMatch), delegateId, request.reason(), by);
        Audit.versions(list.version() - 1, list.version());
        return ok(list, lists.checks(list));
    }

    @PostMapping("/submit")
    @Operation(summary = "Trình danh sách – DRAFT → PROPOSED: the list goes before the unit's own congress")
    ResponseEntity<ListResponse> submit(@PathVariable String congressId, @PathVariable String unitCode,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Audit.command("delegate-list.submit", "delegate-list:" + congressId + ":" + unitCode);
        String by = authorizer.require(Action.PROPOSE_DELEGATES, unitCode).username();
        DelegateListId id = id(congressId, unitCode);
        DelegateList list = lists.submit(id, version(ifMatch), by);
        Audit.versions(list.version() - 1, list.version());
        return ok(list, lists.checks(list));
    }

    /** The unit's congress passes the list: refused (422) while seats are exceeded or a person is sent twice. */
    @PostMapping("/approve")
    @Operation(summary = "Thông qua danh sách – PROPOSED → APPROVED; blocked by seats exceeded or duplicates")
    ResponseEntity<ListResponse> approve(@PathVariable String congressId, @PathVariable String unitCode,
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Audit.command("delegate-list.approve", "delegate-list:" + congressId + ":" + unitCode);
        // The list's own unit only (its congress passes it), never the upper unit through the subtree rule.
        String by = authorizer.require(Action.APPROVE_DELEGATES, unitCode).username();
        DelegateListId id = id(congressId, unitCode);
        DelegateList list = lists.approve(id, version(ifMatch), by);
        Audit.versions(list.version() - 1, list.version());
        return ok(list, lists.checks(list));
    }

    @PostMapping("/reopen")
    @Operation(summary = "Mở lại danh sách – PROPOSED or APPROVED → DRAFT, with the reason")
    ResponseEntity<ListResponse> reopen(@PathVariable String congressId, @PathVariable String unitCode,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                        @RequestBody ReopenRequest request) {
        Audit.command("delegate-list.reopen", "delegate-list:" + congressId + ":" + unitCode);
        String by = requireUnitOrOrganiser(congressId, unitCode).username();
        DelegateListId id = id(congressId, unitCode);
        valid(request);
        DelegateList list = lists.reopen(id, version(ifMatch), request.reason(), by);
        Audit.versions(list.version() - 1, list.version());
        return ok(list, lists.checks(list));
    }

    /** The unit's own people, or the upper congress's organising committee. */
    private void requireReader(String congressId, String unitCode) {
        requireUnitOrOrganiser(congressId, unitCode);
    }

    /** Who may read a list and return (reopen) it: its unit's people, or the upper congress's organisers. */
    private Actor requireUnitOrOrganiser(String congressId, String unitCode) {
        if (authorizer.allows(Action.PROPOSE_DELEGATES, unitCode)) {
            return authorizer.actor();
        }
        CongressFacts congress = lists.congress(congressId);
        return authorizer.require(Action.ORGANISE_CONGRESSES, congress.organiserUnitCode());
    }

    /** A body's constraints, checked once the caller is known to be allowed (403 before 400). */
    private <T> T valid(T body) {
        return RequestBodies.valid(validator, body);
    }

    static DelegateListId id(String congressId, String unitCode) {
        if (!UNIT_CODE.matcher(unitCode).matches()) {
            throw new InvalidInputException("unitCode", "must be a unit code: 1–64 letters, digits, '.', '_' or '-'");
        }
        return new DelegateListId(congressId, unitCode);
    }

    private static String target(String congressId, String unitCode) {
        return "delegate-list:" + congressId + ":" + unitCode;
    }

    private static ResponseEntity<ListResponse> ok(DelegateList list, CheckReport checks) {
        return ResponseEntity.ok().eTag(etag(list)).body(ListResponse.of(list, checks));
    }

    private static String etag(DelegateList list) {
        return ETags.of(list.version());
    }

    private static Long version(String ifMatch) {
        return ETags.ifMatchVersion(ifMatch, "the list's");
    }

    /**
     * A delegate: by hand (fullName, birthYear, gender, ethnicity, position, category required), or picked with
     * {@code exemplaryPersonId} (name copied from the exemplary person; position too unless given).
     */
    record DelegateRequest(@Size(max = Delegate.MAX_NAME) String fullName, Integer birthYear, Gender gender,
                           @Size(max = Delegate.MAX_NAME) String ethnicity,
                           @Size(max = Delegate.MAX_TEXT) String position, Category category,
                           Boolean directProducerOrWorker, Boolean scientist, EconomicSector sector,
                           @Size(max = 200) String exemplaryPersonId) {

        DelegateInput toInput() {
            return new DelegateInput(fullName, birthYear, gender, ethnicity, position, category,
                    directProducerOrWorker, scientist, sector, exemplaryPersonId);
        }
    }

    record DelegatesRequest(@NotNull @Size(max = DelegateList.MAX_DELEGATES)
                            List<@NotNull @Valid DelegateRequest> delegates) {
    }

    record ReopenRequest(@Size(max = DelegateList.MAX_REASON) String reason) {
    }

    record DistinctPersonRequest(@NotBlank @Size(max = DelegateList.MAX_REASON) String reason) {
    }

    record DelegateResponse(String id, String fullName, int birthYear, Gender gender, String ethnicity,
                            String position, Category category, boolean directProducerOrWorker, boolean scientist,
                            EconomicSector sector, List<String> attributes, String source,
                            String exemplaryPersonId, Delegate.DistinctPerson distinctPerson) {

        static DelegateResponse of(Delegate d) {
            return new DelegateResponse(d.id(), d.fullName(), d.birthYear(), d.gender(), d.ethnicity(), d.position(),
                    d.category(), d.directProducerOrWorker(), d.scientist(), d.sector(),
                    d.attributes().stream().map(Enum::name).toList(), d.source(), d.exemplaryPersonId(),
                    d.distinctPerson());
        }
    }

    record StatusChangeResponse(ListStatus from, ListStatus to, Instant at, String by, String reason) {
    }

    /** {@code approvable}: no check blocks; {@code checks}: every check with its figures. */
    record ChecksResponse(boolean approvable, List<ListCheck> checks) {

        static ChecksResponse of(CheckReport report) {
            return new ChecksResponse(report.approvable(), report.checks());
        }
    }

    record ListResponse(String congressId, String unitCode, ListStatus status, long version, int count,
                        List<DelegateResponse> delegates, List<StatusChangeResponse> history,
                        ChecksResponse checks) {

        static ListResponse of(DelegateList list, CheckReport checks) {
            return new ListResponse(list.id().congressId(), list.id().unitCode(), list.status(), list.version(),
                    list.delegates().size(), list.delegates().stream().map(DelegateResponse::of).toList(),
                    list.history().stream().map(c -> new StatusChangeResponse(c.from(), c.to(), c.at(), c.by(),
                            c.reason())).toList(), ChecksResponse.of(checks));
        }
    }
}
