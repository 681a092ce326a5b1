package vn.tdkt.nomination.council;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import vn.tdkt.events.nomination.CouncilAgendaItem;
import vn.tdkt.events.nomination.CouncilSessionClosed;
import vn.tdkt.events.nomination.CouncilSessionOpened;
import vn.tdkt.events.nomination.CouncilVoteResult;
import vn.tdkt.events.nomination.NominationEvent;
import vn.tdkt.nomination.council.VotingAgenda.AgendaItem;
import vn.tdkt.support.problem.ConflictException;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.ForbiddenException;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.RuleViolationException;

/**
 * A council's voting session (phiên họp bỏ phiếu kín) over a list of dossiers. While OPEN each member of the
 * council, as it stood when the session opened, casts one ballot per dossier; closing counts the results on the
 * whole membership against each dossier's rule. The session keeps who took part and the counters per dossier,
 * never which member chose what: a ballot adds the member to a sorted participant list and one to a counter,
 * and nothing else.
 */
final class VotingSession {

    static final int MAX_ITEMS = 200;
    static final int MAX_TEXT = 500;

    enum Status { OPEN, CLOSED }

    /** One dossier of the agenda and its counters. */
    record Line(AgendaItem item, Tally tally) {
    }

    /** The rule the secretary records where a pack leaves the council's threshold unknown. */
    record RecordedRule(String ruleApplied, BigDecimal threshold, CouncilRule.Denominator denominator) {
    }

    /** The result for one dossier as decided at closing. */
    record Outcome(String nominationId, int membership, int participants, int approvals, int rejections, int blanks,
                   BigDecimal threshold, CouncilRule.Denominator denominator, boolean approved, String ruleApplied,
                   boolean recordedBySecretary) {

        VotingAgenda.VoteResult toVoteResult() {
            return new VotingAgenda.VoteResult(nominationId, membership, participants, approvals, rejections, blanks,
                    approved, ruleApplied);
        }
    }

    /** Who closed the session, when, under which recorded rule (if any), with which results. */
    record Closing(Instant closedAt, String closedBy, RecordedRule recordedRule, List<Outcome> outcomes) {
    }

    record Opening(String councilUnitCode, String councilName, String title, List<String> members, Instant openedAt,
                   String openedBy) {

        Opening {
            members = members.stream().sorted().toList();
        }
    }

    private final SessionId id;
    private final Opening opening;
    private final List<Line> lines;
    private Closing closing;
    private boolean resultsApplied;
    private Long version;

    private VotingSession(SessionId id, Opening opening, List<Line> lines, Closing closing, boolean resultsApplied,
                          Long version) {
        this.id = Objects.requireNonNull(id);
        this.opening = opening;
        this.lines = new ArrayList<>(lines);
        this.closing = closing;
        this.resultsApplied = resultsApplied;
        this.version = version;
    }

    static VotingSession restore(SessionId id, Opening opening, List<Line> lines, Closing closing,
                                 boolean resultsApplied, long version) {
        return new VotingSession(id, opening, lines, closing, resultsApplied, version);
    }

    /** The nomination ids a secretary asks to open a session over: checked before the agenda is asked. */
    static List<String> checkedNominationIds(List<String> nominationIds) {
        List<FieldError> errors = new ArrayList<>();
        List<String> ids = nominationIds == null ? List.of() : nominationIds;
        if (ids.isEmpty()) {
            errors.add(new FieldError("nominationIds", "must name at least one nomination"));
        } else if (ids.size() > MAX_ITEMS) {
            errors.add(new FieldError("nominationIds", "must name at most " + MAX_ITEMS + " nominations"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String nominationId = ids.get(i);
            if (nominationId == null || !nominationId.matches(Council.UNIT_CODE)) {
                errors.add(new FieldError("nominationIds[" + i + "]", "must be a nomination id"));
            } else if (!seen.add(nominationId)) {
                errors.add(new FieldError("nominationIds[" + i + "]", nominationId + " is named twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return List.copyOf(ids);
    }

    /** Opens a session of {@code council} over the agenda the dossiers gave; its membership is fixed from now on. */
    static VotingSession open(SessionId id, Council council, String title, List<AgendaItem> agenda, String by,
                              Clock clock, List<NominationEvent> out) {
        String heading = title == null || title.isBlank() ? "Phiên họp " + council.definition().name() : title.strip();
        if (heading.length() > MAX_TEXT) {
            throw new InvalidInputException("title", "must be at most " + MAX_TEXT + " characters");
        }
        Instant now = clock.instant();
        Opening opening = new Opening(council.unitCode(), council.definition().name(), heading,
                council.definition().members(), now, by);
        VotingSession session = new VotingSession(id, opening,
                agenda.stream().map(item -> new Line(item, Tally.NONE)).toList(), null, false, null);
        out.add(new CouncilSessionOpened(UUID.randomUUID(), now, id.value(), 0, opening.councilUnitCode(),
                opening.councilName(), heading, session.membership(), agenda.stream()
                .map(i -> new CouncilAgendaItem(i.nominationId(), i.nomineeName(), i.nomineeUnitCode(), i.awardCode(),
                        i.awardName(), i.year(), i.rulePackId())).toList(), by));
        return session;
    }

    /**
     * May {@code member} cast a ballot on {@code nominationId} now? Throws the reason if not: the session is
     * closed (409), the caller is not a member of the council (403), the dossier is not on the agenda (422), or
     * the member already cast their ballot on it (409).
     */
    void admit(String member, String nominationId) {
        if (status() == Status.CLOSED) {
            throw new ConflictException("Session " + id + " is closed; ballots are taken only while it is open");
        }
        if (!opening.members().contains(member)) {
            throw new ForbiddenException("Only members of the council may vote in its session",
                    List.of(member + " is not a member of the council of " + opening.councilUnitCode()
                            + " for this session"));
        }
        Line line = line(nominationId);
        if (line.tally().participants().contains(member)) {
            throw new ConflictException(member + " has already cast their ballot on " + nominationId
                    + " in session " + id + "; a ballot is cast once");
        }
    }

    /** The in-memory form of one ballot, with the same rules as the stored one (for tests and the minutes). */
    void cast(String member, String nominationId, Choice choice) {
        admit(member, nominationId);
        Line line = line(nominationId);
        lines.set(lines.indexOf(line), new Line(line.item(), line.tally().with(member, choice)));
    }

    private Line line(String nominationId) {
        return lines.stream().filter(l -> l.item().nominationId().equals(nominationId)).findFirst()
                .orElseThrow(() -> new RuleViolationException("Nomination " + nominationId + " is not on the agenda",
                        List.of(new FieldError("nominationId", nominationId + " is not on the agenda of session " + id
                                + "; the agenda: " + lines.stream().map(l -> l.item().nominationId()).toList()))));
    }

    /**
     * Closes the session and counts every dossier on the council's membership against its rule. Where the pack's
     * rule is unknown the secretary must record the rule applied; otherwise nothing is closed and every dossier
     * that needs it is named (422).
     */
    List<NominationEvent> close(String by, RecordedRule recorded, Function<AgendaItem, CouncilRule> rules, Clock clock) {
        if (status() == Status.CLOSED) {
            throw new ConflictException("Session " + id + " is already closed");
        }
        RecordedRule rule = checked(recorded);
        List<FieldError> missing = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (Line line : lines) {
            CouncilRule applies = rules.apply(line.item());
            if (applies instanceof CouncilRule.Unknown unknown) {
                if (rule == null) {
                    missing.add(new FieldError("ruleApplied", line.item().nominationId() + " ("
                            + line.item().awardCode() + ", rule pack " + line.item().rulePackId() + "): "
                            + unknown.reason() + "; record the rule the council applies, with its threshold"));
                    continue;
                }
                applies = new CouncilRule.Known(rule.threshold(), rule.denominator(), "recorded by " + by + ": "
                        + rule.ruleApplied() + " (the pack: " + unknown.reason() + ")", true);
            }
            outcomes.add(outcome(line, (CouncilRule.Known) applies));
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException("The council's threshold is unknown for " + missing.size()
                    + " dossier(s): the secretary must record the rule applied (ruleApplied, threshold)", missing);
        }
        Instant now = clock.instant();
        closing = new Closing(now, by, rule, outcomes);
        return List.of(new CouncilSessionClosed(UUID.randomUUID(), now, id.value(), nextVersion(),
                opening.councilUnitCode(), opening.councilName(), opening.title(), membership(), present().size(),
                lines.stream().map(l -> eventResult(l, outcomeOf(l.item().nominationId()))).toList(), by));
    }

    private Outcome outcome(Line line, CouncilRule.Known rule) {
        Tally t = line.tally();
        return new Outcome(line.item().nominationId(), membership(), t.count(), t.approvals(), t.rejections(),
                t.blanks(), rule.threshold(), rule.denominator(), rule.approves(t.approvals(), membership(), t.count()),
                rule.description(), rule.recordedBySecretary());
    }

    private static CouncilVoteResult eventResult(Line l, Outcome o) {
        AgendaItem i = l.item();
        return new CouncilVoteResult(i.nominationId(), i.nomineeName(), i.nomineeUnitCode(), i.awardCode(),
                i.awardName(), i.year(), o.membership(), o.participants(), o.approvals(), o.rejections(), o.blanks(),
                o.threshold(), o.denominator().name(), o.approved(), o.ruleApplied(), o.recordedBySecretary());
    }

    private static RecordedRule checked(RecordedRule recorded) {
        if (recorded == null || recorded.ruleApplied() == null && recorded.threshold() == null) {
            return null;
        }
        List<FieldError> errors = new ArrayList<>();
        if (recorded.ruleApplied() == null || recorded.ruleApplied().isBlank()) {
            errors.add(new FieldError("ruleApplied", "must say which rule the council applies (e.g. its regulation's article)"));
        } else if (recorded.ruleApplied().length() > MAX_TEXT) {
            errors.add(new FieldError("ruleApplied", "must be at most " + MAX_TEXT + " characters"));
        }
        if (recorded.threshold() == null) {
            errors.add(new FieldError("threshold", "must be given with the rule: a share above 0 and at most 1 (e.g. 0.9)"));
        } else if (recorded.threshold().signum() <= 0 || recorded.threshold().compareTo(BigDecimal.ONE) > 0) {
            errors.add(new FieldError("threshold", "must be above 0 and at most 1"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new RecordedRule(recorded.ruleApplied().strip(), recorded.threshold(),
                recorded.denominator() == null ? CouncilRule.Denominator.TOTAL_MEMBERS : recorded.denominator());
    }

    /** The members who cast at least one ballot, sorted by name. */
    List<String> present() {
        return lines.stream().flatMap(l -> l.tally().participants().stream()).distinct().sorted().toList();
    }

    Outcome outcomeOf(String nominationId) {
        return closing == null ? null : closing.outcomes().stream().filter(o -> o.nominationId().equals(nominationId))
                .findFirst().orElse(null);
    }

    void resultsApplied() {
        this.resultsApplied = true;
    }

    void stored(long storedVersion) {
        this.version = storedVersion;
    }

    private long nextVersion() {
        return version == null ? 0 : version + 1;
    }

    SessionId id() {
        return id;
    }

    Opening opening() {
        return opening;
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    Closing closing() {
        return closing;
    }

    Status status() {
        return closing == null ? Status.OPEN : Status.CLOSED;
    }

    int membership() {
        return opening.members().size();
    }

    boolean isResultsApplied() {
        return resultsApplied;
    }

    Long version() {
        return version;
    }
}
