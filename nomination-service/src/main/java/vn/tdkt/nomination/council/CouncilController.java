package vn.tdkt.nomination.council;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.tdkt.support.audit.Audit;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.NotFoundException;
import vn.tdkt.support.security.Action;
import vn.tdkt.support.security.Actor;
import vn.tdkt.support.security.Authorizer;

/**
 * Councils and their secret ballots. A ballot's choice travels only in the body of {@code POST …/ballots}, which
 * the audit trail does not record; no answer, audit record, event or log line carries it.
 */
@RestController
@RequestMapping("/api/v1/councils")
@Tag(name = "Hội đồng thi đua – khen thưởng – Councils", description = "Councils, voting sessions, secret ballots, minutes")
class CouncilController {

    private final CouncilService councils;
    private final Minutes minutes;
    private final Authorizer authorizer;

    CouncilController(CouncilService councils, Minutes minutes, Authorizer authorizer) {
        this.councils = councils;
        this.minutes = minutes;
        this.authorizer = authorizer;
    }

    // ---- councils ------------------------------------------------------------------------------------------

    @PutMapping("/{unitCode}")
    @Operation(summary = "Thành lập / kiện toàn hội đồng – set up or change the council of a unit")
    ResponseEntity<CouncilResponse> define(@PathVariable String unitCode, @Valid @RequestBody CouncilRequest request) {
        Audit.command("council.define", "council:" + unitCode);
        String code = unitCode(unitCode);
        Actor actor = authorizer.require(Action.RUN_COUNCIL, code);
        Long before = councils.find(code).map(Council::version).orElse(null);
        Council council = councils.define(code, request.definition(), actor.username());
        Audit.versions(before, council.version());
        return ResponseEntity.status(before == null ? HttpStatus.CREATED : HttpStatus.OK).body(CouncilResponse.of(council));
    }

    @GetMapping("/{unitCode}")
    @Operation(summary = "Một hội đồng – one council")
    CouncilResponse council(@PathVariable String unitCode) {
        String code = unitCode(unitCode);
        authorizer.require(Action.READ_NOMINATIONS, code);
        return CouncilResponse.of(councils.council(code));
    }

    @GetMapping
    @Operation(summary = "Các hội đồng – the councils of the caller's subtree, by unit code")
    PageResponse<CouncilResponse> list(@RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        authorizer.require(Action.READ_DIRECTORY, null);
        PageQuery query = PageQuery.of(page, size);
        return councils.list(code -> authorizer.allows(Action.READ_NOMINATIONS, code), query).map(CouncilResponse::of);
    }

    // ---- sessions ------------------------------------------------------------------------------------------

    @PostMapping("/{unitCode}/sessions")
    @Operation(summary = "Mở phiên bỏ phiếu – the secretary opens a voting session over appraised dossiers")
    ResponseEntity<SessionResponse> open(@PathVariable String unitCode, @Valid @RequestBody OpenRequest request) {
        Audit.command("council-session.open", "council:" + unitCode);
        String code = unitCode(unitCode);
        Actor actor = authorizer.require(Action.RUN_COUNCIL, code);
        VotingSession session = councils.open(code, request.title(), request.nominationIds(), actor);
        Audit.command("council-session.open", "council-session:" + session.id());
        Audit.versions(null, session.version());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(session.id().value()).toUri()).body(SessionResponse.of(session));
    }

    @GetMapping("/{unitCode}/sessions")
    @Operation(summary = "Các phiên của hội đồng – a council's sessions, newest first")
    PageResponse<SessionResponse> sessions(@PathVariable String unitCode, @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size) {
        String code = unitCode(unitCode);
        authorizer.require(Action.READ_NOMINATIONS, code);
        PageQuery query = PageQuery.of(page, size);
        return councils.sessions(code, query).map(SessionResponse::of);
    }

    @GetMapping("/{unitCode}/sessions/{sessionId}")
    @Operation(summary = "Một phiên – a session: while open only how many took part; tallies once closed")
    SessionResponse session(@PathVariable String unitCode, @PathVariable String sessionId) {
        String code = unitCode(unitCode);
        authorizer.require(Action.READ_NOMINATIONS, code);
        return SessionResponse.of(councils.session(code, sessionId));
    }

    @PostMapping("/{unitCode}/sessions/{sessionId}/close")
    @Operation(summary = "Kết thúc phiên – close, count on the whole membership, apply the results")
    SessionResponse close(@PathVariable String unitCode, @PathVariable String sessionId,
                          @RequestBody(required = false) CloseRequest request) {
        Audit.command("council-session.close", "council-session:" + sessionId);
        String code = unitCode(unitCode);
        Actor actor = authorizer.require(Action.RUN_COUNCIL, code);
        CloseRequest body = request == null ? new CloseRequest(null, null, null) : request;
        VotingSession session = councils.close(code, sessionId, new VotingSession.RecordedRule(body.ruleApplied(),
                body.threshold(), body.denominator()), actor);
        Audit.versions(session.version() == null ? null : session.version() - 1, session.version());
        return SessionResponse.of(session);
    }

    /**
     * One member's ballot on one dossier, for the caller only (the token's subject; the body names no voter).
     * Audited as participation (who, which session and dossier, when), never with the choice; no versions are
     * recorded, since ballots do not change the session's version.
     */
    @PostMapping("/{unitCode}/sessions/{sessionId}/ballots")
    @Operation(summary = "Bỏ phiếu kín – cast one's own secret ballot on one dossier; returns a receipt")
    ResponseEntity<BallotReceipt> cast(@PathVariable String unitCode, @PathVariable String sessionId,
                                       @Valid @RequestBody BallotRequest request) {
        Audit.command("council-session.ballot", "council-session:" + sessionId + "/" + request.nominationId());
        String code = unitCode(unitCode);
        Actor actor = authorizer.require(Action.CAST_BALLOT, code);
        String receipt = councils.cast(code, sessionId, request.nominationId(), request.choice(), actor.username());
        return ResponseEntity.status(HttpStatus.CREATED).body(new BallotReceipt(sessionId, request.nominationId(),
                receipt, true));
    }

    @GetMapping("/{unitCode}/sessions/{sessionId}/ballots/receipts/{receipt}")
    @Operation(summary = "Kiểm tra phiếu đã được tính – was the ballot with this receipt counted? (never what it said)")
    ReceiptCheck receipt(@PathVariable String unitCode, @PathVariable String sessionId, @PathVariable String receipt) {
        String code = unitCode(unitCode);
        authorizer.require(Action.CAST_BALLOT, code);
        if (!councils.counted(code, sessionId, receipt)) {
            throw new NotFoundException("No ballot of session " + sessionId + " has this receipt");
        }
        return new ReceiptCheck(sessionId, receipt, true);
    }

    @GetMapping(path = "/{unitCode}/sessions/{sessionId}/minutes", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "Biên bản (HTML) – the minutes of a closed session")
    ResponseEntity<String> minutesHtml(@PathVariable String unitCode, @PathVariable String sessionId) {
        Minutes.Model model = minutesOf(unitCode, sessionId);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(minutes.html(model));
    }

    @GetMapping(path = "/{unitCode}/sessions/{sessionId}/minutes", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Biên bản (PDF) – the minutes of a closed session")
    ResponseEntity<byte[]> minutesPdf(@PathVariable String unitCode, @PathVariable String sessionId) {
        Minutes.Model model = minutesOf(unitCode, sessionId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"bien-ban-" + model.sessionId() + ".pdf\"")
                .body(minutes.pdf(model));
    }

    private Minutes.Model minutesOf(String unitCode, String sessionId) {
        String code = unitCode(unitCode);
        authorizer.require(Action.READ_NOMINATIONS, code);
        VotingSession session = councils.session(code, sessionId);
        Audit.personalDataRead("council-session.minutes", "council-session:" + sessionId);
        return minutes.model(session, councils.council(code));
    }

    /** A code that cannot be a unit's has no council: 404, like an unknown one. */
    private static String unitCode(String unitCode) {
        if (unitCode == null || !unitCode.matches(Council.UNIT_CODE)) {
            throw new NotFoundException("No council at unit " + unitCode);
        }
        return unitCode;
    }

    // ---- messages ------------------------------------------------------------------------------------------

    record CouncilRequest(String name, String chair, String secretary, List<String> members) {

        Council.Definition definition() {
            return new Council.Definition(name, chair, secretary, members);
        }
    }

    record CouncilResponse(String unitCode, String name, String chair, String secretary, List<String> members,
                           int membership, Long version) {

        static CouncilResponse of(Council c) {
            Council.Definition d = c.definition();
            return new CouncilResponse(c.unitCode(), d.name(), d.chair(), d.secretary(), d.members(), c.membership(),
                    c.version());
        }
    }

    record OpenRequest(String title, List<String> nominationIds) {
    }

    record CloseRequest(String ruleApplied, BigDecimal threshold, CouncilRule.Denominator denominator) {
    }

    /** The choice is the one secret of the platform: even a debug log of this request shows no more than "secret". */
    record BallotRequest(@NotBlank String nominationId, @NotNull Choice choice) {

        @Override
        public String toString() {
            return "BallotRequest[nominationId=" + nominationId + ", choice=(secret)]";
        }
    }

    record BallotReceipt(String sessionId, String nominationId, String receipt, boolean counted) {
    }

    record ReceiptCheck(String sessionId, String receipt, boolean counted) {
    }

    /**
     * One dossier of a session. While the session is open only {@code participants} (how many took part) is
     * shown; the counters, the outcome and the rule once it is closed (absent before, not null).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ItemView(String nominationId, String nomineeName, String nomineeUnitCode, String awardCode,
                    String awardName, int year, String rulePackId, int participants, Integer approvals,
                    Integer rejections, Integer blanks, BigDecimal threshold, String denominator, Boolean approved,
                    String ruleApplied) {
    }

    record SessionResponse(String id, String councilUnitCode, String councilName, String title, String status,
                           int membership, List<String> members, Instant openedAt, String openedBy,
                           Instant closedAt, String closedBy, List<String> present, boolean resultsApplied,
                           List<ItemView> agenda, Long version) {

        static SessionResponse of(VotingSession s) {
            boolean closed = s.status() == VotingSession.Status.CLOSED;
            List<ItemView> items = s.lines().stream().map(l -> {
                VotingAgenda.AgendaItem i = l.item();
                VotingSession.Outcome o = closed ? s.outcomeOf(i.nominationId()) : null;
                return new ItemView(i.nominationId(), i.nomineeName(), i.nomineeUnitCode(), i.awardCode(),
                        i.awardName(), i.year(), i.rulePackId(), l.tally().count(),
                        o == null ? null : o.approvals(), o == null ? null : o.rejections(),
                        o == null ? null : o.blanks(), o == null ? null : o.threshold(),
                        o == null ? null : o.denominator().name(), o == null ? null : o.approved(),
                        o == null ? null : o.ruleApplied());
            }).toList();
            VotingSession.Closing c = s.closing();
            return new SessionResponse(s.id().value(), s.opening().councilUnitCode(), s.opening().councilName(),
                    s.opening().title(), s.status().name(), s.membership(), s.opening().members(),
                    s.opening().openedAt(), s.opening().openedBy(), c == null ? null : c.closedAt(),
                    c == null ? null : c.closedBy(), closed ? s.present() : null, s.isResultsApplied(), items,
                    s.version());
        }
    }
}
