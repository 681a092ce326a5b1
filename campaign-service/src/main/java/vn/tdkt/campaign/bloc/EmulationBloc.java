package vn.tdkt.campaign.bloc;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.events.bloc.BlocCreated;
import vn.tdkt.events.bloc.BlocEvent;
import vn.tdkt.events.bloc.BlocPhaseChanged;
import vn.tdkt.events.bloc.BlocProposal;
import vn.tdkt.events.bloc.BlocRankingEntry;
import vn.tdkt.events.bloc.BlocResultPublished;
import vn.tdkt.events.bloc.BlocUpdated;
import vn.tdkt.events.bloc.CovenantCriterion;
import vn.tdkt.events.bloc.CovenantSigned;
import vn.tdkt.events.bloc.CriterionScore;
import vn.tdkt.events.bloc.ScorecardSubmitted;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.RuleViolationException;

/**
 * One year of an emulation bloc (khối / cụm thi đua, seed 001): peer units, run by an organiser (the
 * emulation council's standing office), led in turn by one member with another as deputy, who sign a
 * covenant of criteria, score themselves and one another against it, and are ranked; the best are
 * proposed for the bloc's flag or a commendation. Whether the units exist is the application service's
 * to check; this class keeps every rule within the bloc, and each command returns the events it causes.
 */
final class EmulationBloc {

    static final int MAX_NAME_LENGTH = 300;
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    static final int MIN_MEMBERS = 2;
    static final int MAX_MEMBERS = 200;

    private final BlocId id;
    private final String name;
    private final int year;
    private final UnitCode organiser;
    private final Weights weights;
    private final AwardSlots awards;
    private final Instant createdAt;
    private List<UnitCode> members;
    private Rotation rotation;
    private Covenant covenant;
    private List<Signature> signatures;
    private BlocPhase phase;
    private final List<BlocPhaseChange> phaseHistory;
    private final List<Scorecard> scorecards;
    private PublishedResult result;
    /** The stored version this state was read at; {@code null} until first stored. */
    private Long version;

    private EmulationBloc(State state) {
        this.id = Objects.requireNonNull(state.id(), "id");
        this.name = state.name();
        this.year = state.year();
        this.organiser = Objects.requireNonNull(state.organiser(), "organiser");
        this.members = List.copyOf(state.members());
        this.rotation = state.rotation();
        this.covenant = state.covenant();
        this.signatures = new ArrayList<>(state.signatures());
        this.weights = state.weights();
        this.awards = state.awards();
        this.phase = state.phase();
        this.phaseHistory = new ArrayList<>(state.phaseHistory());
        this.scorecards = new ArrayList<>(state.scorecards());
        this.result = state.result();
        this.createdAt = state.createdAt();
        this.version = state.version();
    }

    /** What a bloc year is made of when drafted; {@code null} parts take their defaults. */
    record Definition(String name, Integer year, UnitCode organiser, List<UnitCode> members,
                      List<UnitCode> rotationOrder, UnitCode leader, UnitCode deputy, Covenant covenant,
                      Weights weights, AwardSlots awards) {
    }

    /** Everything a bloc year holds, as stored. */
    record State(BlocId id, String name, int year, UnitCode organiser, List<UnitCode> members, Rotation rotation,
                 Covenant covenant, List<Signature> signatures, Weights weights, AwardSlots awards, BlocPhase phase,
                 List<BlocPhaseChange> phaseHistory, List<Scorecard> scorecards, PublishedResult result,
                 Instant createdAt, Long version) {
    }

    /** A score as a client gives it. */
    record ScoreDraft(String criterion, BigDecimal points) {
    }

    /** A new bloc year in {@link BlocPhase#DRAFT} and the event announcing it. */
    static Draft create(BlocId id, Definition definition, Clock clock) {
        String name = definition.name() == null ? "" : definition.name().strip();
        List<FieldError> errors = new ArrayList<>();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            errors.add(new FieldError("name", "must be 1–" + MAX_NAME_LENGTH + " characters"));
        }
        if (definition.year() == null || definition.year() < MIN_YEAR || definition.year() > MAX_YEAR) {
            errors.add(new FieldError("year", "must be a year from " + MIN_YEAR + " to " + MAX_YEAR));
        }
        if (definition.organiser() == null) {
            errors.add(new FieldError("organiserUnitCode", "must not be null"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<UnitCode> members = validMembers(definition.members());
        Rotation rotation = Rotation.of(members, definition.rotationOrder(), definition.leader(), definition.deputy());
        EmulationBloc bloc = new EmulationBloc(new State(id, name, definition.year(), definition.organiser(), members,
                rotation, definition.covenant() == null ? Covenant.EMPTY : definition.covenant(), List.of(),
                definition.weights() == null ? Weights.LEADER_DECIDES : definition.weights(),
                definition.awards() == null ? AwardSlots.DEFAULT : definition.awards(), BlocPhase.DRAFT, List.of(),
                List.of(), null, clock.instant(), null));
        return new Draft(bloc, List.of(bloc.created()));
    }

    /**
     * The same bloc for the following year, drafted: the same organiser, members, covenant (to be signed
     * again), weights and award places, led by whom the rotation order names next.
     */
    Draft nextYear(BlocId nextId, Clock clock) {
        return nextYear(nextId, Map.of(), clock);
    }

    /**
     * As {@link #nextYear(BlocId, Clock)}, with the members (and organiser) merged since mapped to the units
     * that took them over ({@code successors}): the rotation turns as it would have, then each code is
     * replaced, and two members merged into one count once, keeping the first place in the order.
     */
    Draft nextYear(BlocId nextId, Map<UnitCode, UnitCode> successors, Clock clock) {
        if (year >= MAX_YEAR) {
            throw new InvalidInputException("year", "no bloc after " + MAX_YEAR);
        }
        Rotation next = rotation.next();
        UnitCode leader = successors.getOrDefault(next.leader(), next.leader());
        UnitCode deputy = successors.getOrDefault(next.deputy(), next.deputy());
        return create(nextId, new Definition(name, year + 1, successors.getOrDefault(organiser, organiser),
                replaced(members, successors), replaced(next.order(), successors), leader,
                deputy.equals(leader) ? null : deputy, covenant, weights, awards), clock);
    }

    /**
     * Members merged into other units are replaced by their successors while the bloc is still being set up
     * (drafted or out for signature): the successor takes over the member's place in the order, and the
     * leadership when the member held it. A successor that is a member already counts once. A predecessor's
     * signature is dropped: the covenant is a pledge of the unit's leadership, and the successor's signs
     * for itself. Once scoring has begun the year is scored as it was set up, so nothing changes; nor when
     * no member was merged.
     */
    List<BlocEvent> followMergers(Map<UnitCode, UnitCode> successors, Clock clock) {
        if ((phase != BlocPhase.DRAFT && phase != BlocPhase.COVENANT_SIGNING)
                || members.stream().noneMatch(successors::containsKey)) {
            return List.of();
        }
        List<UnitCode> replaced = replaced(members, successors);
        if (replaced.size() < MIN_MEMBERS) {
            throw new BlocStateException("Bloc " + id + " would keep fewer than " + MIN_MEMBERS
                    + " members after the merger", List.of(new FieldError("memberUnitCodes",
                    "merged into " + replaced)));
        }
        UnitCode leader = successors.getOrDefault(rotation.leader(), rotation.leader());
        UnitCode deputy = successors.getOrDefault(rotation.deputy(), rotation.deputy());
        Rotation followed = Rotation.of(replaced, replaced(rotation.order(), successors), leader,
                deputy.equals(leader) ? null : deputy);
        members = replaced;
        rotation = followed;
        signatures.removeIf(signature -> successors.containsKey(signature.unitCode()));
        return List.of(updated(clock.instant()));
    }

    /** {@code units} with each merged one replaced by its successor, each unit once, in first-seen order. */
    static List<UnitCode> replaced(List<UnitCode> units, Map<UnitCode, UnitCode> successors) {
        Set<UnitCode> distinct = new LinkedHashSet<>();
        units.forEach(unit -> distinct.add(successors.getOrDefault(unit, unit)));
        return List.copyOf(distinct);
    }

    /** Rebuilds a bloc from storage; no rules are re-checked and no events are produced. */
    static EmulationBloc restore(State state) {
        return new EmulationBloc(state);
    }

    /** Replaces the members and the leadership, while the bloc is drafted. Unchanged, no event. */
    List<BlocEvent> changeMembers(List<UnitCode> newMembers, List<UnitCode> order, UnitCode leader, UnitCode deputy,
                                  Clock clock) {
        requirePhase("change the members", BlocPhase.DRAFT);
        List<UnitCode> checked = validMembers(newMembers);
        Rotation newRotation = Rotation.of(checked, order, leader, deputy);
        if (checked.equals(members) && newRotation.equals(rotation)) {
            return List.of();
        }
        members = checked;
        rotation = newRotation;
        return List.of(updated(clock.instant()));
    }

    /**
     * Replaces the covenant's criteria: while drafted, or while out for signature until every member has
     * signed; amending a covenant some have signed clears their signatures, as they signed other text.
     */
    List<BlocEvent> amendCovenant(Covenant amended, Clock clock) {
        if (covenantLocked()) {
            throw new BlocStateException("The covenant of bloc " + id + " is locked: every member has signed it"
                    + (phase == BlocPhase.COVENANT_SIGNING ? "" : " and the bloc is " + phase),
                    List.of(new FieldError("criteria", "the covenant is signed by every member and can no longer change")));
        }
        requirePhase("amend the covenant", BlocPhase.DRAFT, BlocPhase.COVENANT_SIGNING);
        if (amended.equals(covenant)) {
            return List.of();
        }
        covenant = amended;
        signatures.clear();
        return List.of(updated(clock.instant()));
    }

    /**
     * Moves the bloc on: out for signature once it has a covenant, to scoring once every member has signed.
     * The result is published by {@link #publish}, not by a bare move.
     */
    List<BlocEvent> moveTo(BlocPhase to, Clock clock) {
        Objects.requireNonNull(to, "to");
        if (!phase.canMoveTo(to)) {
            throw new IllegalBlocMoveException(id, phase, to);
        }
        if (to == BlocPhase.RESULT_PUBLISHED) {
            throw new BlocStateException("A bloc's result is published with POST /api/v1/blocs/" + id + "/publication",
                    List.of(new FieldError("to", "publish the result instead of moving to " + to)));
        }
        if (to == BlocPhase.COVENANT_SIGNING && covenant.isEmpty()) {
            throw new BlocStateException("Bloc " + id + " has no covenant to sign yet",
                    List.of(new FieldError("criteria", "the covenant needs at least one criterion")));
        }
        if (to == BlocPhase.SCORING && !unsigned().isEmpty()) {
            throw new BlocStateException("Scoring opens once every member has signed the covenant",
                    List.of(new FieldError("signatures", "not signed yet by " + codes(unsigned()))));
        }
        Instant at = clock.instant();
        BlocPhase from = phase;
        phase = to;
        phaseHistory.add(new BlocPhaseChange(from, to, at));
        return List.of(new BlocPhaseChanged(UUID.randomUUID(), at, id.value(), nextVersion(), name, year,
                organiser.value(), memberValues(), rotation.leader().value(), rotation.deputy().value(), from.name(),
                to.name()));
    }

    /** A member signs the covenant; signing twice is refused. */
    List<BlocEvent> sign(UnitCode member, Clock clock) {
        requirePhase("sign the covenant", BlocPhase.COVENANT_SIGNING);
        requireMember("unitCode", member);
        if (signatures.stream().anyMatch(s -> s.unitCode().equals(member))) {
            throw new BlocStateException(member + " has already signed the covenant of bloc " + id,
                    List.of(new FieldError("unitCode", member + " has already signed")));
        }
        Instant at = clock.instant();
        signatures.add(new Signature(member, at));
        return List.of(new CovenantSigned(UUID.randomUUID(), at, id.value(), nextVersion(), name, year,
                organiser.value(), memberValues(), member.value(), at,
                signatures.stream().map(s -> s.unitCode().value()).toList(), covenantLocked()));
    }

    /**
     * {@code scorer} scores {@code subject} on every criterion of the covenant, each within 0 and its
     * maximum; the kind follows from who scores whom. A second submission for the same pair replaces the
     * first until scoring closes.
     */
    Submission submit(UnitCode scorer, UnitCode subject, List<ScoreDraft> drafts, Clock clock) {
        requirePhase("submit a scorecard", BlocPhase.SCORING);
        List<FieldError> notMembers = new ArrayList<>();
        if (!members.contains(scorer)) {
            notMembers.add(new FieldError("scorerUnitCode", scorer + " is not a member of the bloc"));
        }
        if (!members.contains(subject)) {
            notMembers.add(new FieldError("subjectUnitCode", subject + " is not a member of the bloc"));
        }
        if (!notMembers.isEmpty()) {
            throw new RuleViolationException("Only members score, and only members", notMembers);
        }
        List<Score> scores = validScores(drafts);
        Scorecard previous = scorecard(scorer, subject);
        Scorecard card = new Scorecard(scorer, subject, kindOf(scorer, subject), scores, clock.instant(),
                previous == null ? 1 : previous.revision() + 1);
        scorecards.remove(previous);
        scorecards.add(card);
        scorecards.sort(Comparator.comparing((Scorecard s) -> s.scorer().value()).thenComparing(s -> s.subject().value()));
        return new Submission(card, List.of(new ScorecardSubmitted(UUID.randomUUID(), card.submittedAt(), id.value(),
                nextVersion(), name, year, organiser.value(), memberValues(), scorer.value(), subject.value(),
                card.kind().name(), scores.stream().map(s -> new CriterionScore(s.criterion(), Points.decimal(s.points())))
                .toList(), Points.decimal(card.total()), card.revision())));
    }

    /** The ranking as the scorecards stand now; once published, the published one. */
    Ranking.Result ranking() {
        if (result != null) {
            return new Ranking.Result(result.ranking(), result.ties());
        }
        List<Ranking.Member> inputs = members.stream().map(member -> {
            Scorecard self = scorecard(member, member);
            Scorecard leader = scorecards.stream()
                    .filter(s -> s.subject().equals(member) && s.kind() == ScorecardKind.LEADER).findFirst().orElse(null);
            List<Map<String, Long>> peers = scorecards.stream()
                    .filter(s -> s.subject().equals(member) && s.kind() == ScorecardKind.PEER)
                    .map(Scorecard::byCriterion).toList();
            return new Ranking.Member(member.value(), self == null ? null : self.byCriterion(),
                    leader == null ? null : leader.byCriterion(), peers);
        }).toList();
        return Ranking.rank(covenant, weights, inputs);
    }

    /**
     * Closes scoring and publishes the ranking with the units it proposes; refused while any member
     * lacks a scorecard that counts towards its total.
     */
    List<BlocEvent> publish(Clock clock) {
        if (!phase.canMoveTo(BlocPhase.RESULT_PUBLISHED)) {
            throw new IllegalBlocMoveException(id, phase, BlocPhase.RESULT_PUBLISHED);
        }
        Ranking.Result ranking = ranking();
        List<FieldError> incomplete = ranking.entries().stream().filter(e -> e.rank() == null)
                .map(e -> new FieldError("scorecards", e.unitCode() + ": missing " + String.join(", ", e.missing())))
                .toList();
        if (!incomplete.isEmpty()) {
            throw new BlocStateException("The result cannot be published while scorecards are missing", incomplete);
        }
        Instant at = clock.instant();
        result = new PublishedResult(ranking.entries(), ranking.ties(), Proposals.propose(ranking.entries(), awards), at);
        phaseHistory.add(new BlocPhaseChange(phase, BlocPhase.RESULT_PUBLISHED, at));
        phase = BlocPhase.RESULT_PUBLISHED;
        return List.of(new BlocResultPublished(UUID.randomUUID(), at, id.value(), nextVersion(), name, year,
                organiser.value(), memberValues(), rotation.leader().value(), rotation.deputy().value(),
                weights.self(), weights.leader(), weights.peer(),
                result.ranking().stream().map(e -> new BlocRankingEntry(e.rank(), e.unitCode(), Points.decimal(e.total()),
                        Points.decimal(e.selfTotal()), Points.decimal(e.leaderTotal()), Points.decimal(e.peerMean()),
                        e.criteriaAtMax(), e.tiedWith(), e.explanation())).toList(),
                result.proposals().stream().map(p -> new BlocProposal(p.unitCode(), p.award().name(), p.rank(),
                        p.contested())).toList()));
    }

    /** Called by the repository once the state is stored at {@code storedVersion}. */
    void stored(long storedVersion) {
        this.version = storedVersion;
    }

    /** Locked once every member signed, and for good once scoring opened. */
    boolean covenantLocked() {
        return phase == BlocPhase.SCORING || phase == BlocPhase.RESULT_PUBLISHED
                || (!members.isEmpty() && unsigned().isEmpty() && phase == BlocPhase.COVENANT_SIGNING);
    }

    /** The members that have not signed the covenant, in member order. */
    List<UnitCode> unsigned() {
        Set<UnitCode> signed = new HashSet<>();
        signatures.forEach(s -> signed.add(s.unitCode()));
        return members.stream().filter(m -> !signed.contains(m)).toList();
    }

    /** The leader scores every other member; the deputy scores the leader; any other scoring of another is a peer's. */
    ScorecardKind kindOf(UnitCode scorer, UnitCode subject) {
        if (scorer.equals(subject)) {
            return ScorecardKind.SELF;
        }
        boolean leaderScoresMember = scorer.equals(rotation.leader());
        boolean deputyScoresLeader = scorer.equals(rotation.deputy()) && subject.equals(rotation.leader());
        return leaderScoresMember || deputyScoresLeader ? ScorecardKind.LEADER : ScorecardKind.PEER;
    }

    private Scorecard scorecard(UnitCode scorer, UnitCode subject) {
        return scorecards.stream().filter(s -> s.scorer().equals(scorer) && s.subject().equals(subject))
                .findFirst().orElse(null);
    }

    /** Every criterion exactly once, known to the covenant, within 0 and its maximum; all faults at once. */
    private List<Score> validScores(List<ScoreDraft> drafts) {
        if (drafts == null || drafts.isEmpty()) {
            throw new InvalidInputException("scores", "must score every criterion of the covenant");
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, Score> scored = new LinkedHashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            ScoreDraft draft = drafts.get(i);
            String at = "scores[" + i + "]";
            if (draft == null || draft.criterion() == null) {
                errors.add(new FieldError(draft == null ? at : at + ".criterion", "must not be null"));
                continue;
            }
            Criterion criterion = covenant.criterion(draft.criterion()).orElse(null);
            if (criterion == null) {
                errors.add(new FieldError(at + ".criterion", "the covenant has no criterion '" + draft.criterion() + "'"));
                continue;
            }
            if (scored.containsKey(criterion.code())) {
                errors.add(new FieldError(at + ".criterion", "criterion '" + criterion.code() + "' is scored twice"));
                continue;
            }
            long points = Points.parse(at + ".points", draft.points());
            if (points < 0 || points > criterion.maxPoints()) {
                errors.add(new FieldError(at + ".points", "criterion '%s' (%s) allows 0 to %s points, was %s"
                        .formatted(criterion.code(), criterion.title(), Points.format(criterion.maxPoints()),
                                draft.points().toPlainString())));
            }
            scored.put(criterion.code(), new Score(criterion.code(), points));
        }
        List<String> unscored = covenant.criteria().stream().map(Criterion::code).filter(c -> !scored.containsKey(c))
                .toList();
        if (errors.isEmpty() && !unscored.isEmpty()) {
            errors.add(new FieldError("scores", "criteria not scored: " + String.join(", ", unscored)));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException("The scorecard does not fit the covenant", errors);
        }
        // in the covenant's order, whatever order they were given in
        return covenant.criteria().stream().map(c -> scored.get(c.code())).toList();
    }

    private static List<UnitCode> validMembers(List<UnitCode> given) {
        if (given == null || given.size() < MIN_MEMBERS || given.size() > MAX_MEMBERS) {
            throw new InvalidInputException("memberUnitCodes", "a bloc has " + MIN_MEMBERS + " to " + MAX_MEMBERS
                    + " members");
        }
        Set<UnitCode> distinct = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null) {
                throw new InvalidInputException("memberUnitCodes[" + i + "]", "must not be null");
            }
            if (!distinct.add(given.get(i))) {
                throw new InvalidInputException("memberUnitCodes[" + i + "]", given.get(i) + " is listed twice");
            }
        }
        return List.copyOf(distinct);
    }

    private void requirePhase(String what, BlocPhase... allowed) {
        for (BlocPhase p : allowed) {
            if (p == phase) {
                return;
            }
        }
        throw new BlocStateException("Bloc %s is %s: one may %s only while it is %s".formatted(id, phase, what,
                java.util.Arrays.toString(allowed)), List.of());
    }

    private void requireMember(String field, UnitCode unit) {
        if (!members.contains(unit)) {
            throw new RuleViolationException(unit + " is not a member of bloc " + id,
                    List.of(new FieldError(field, unit + " is not a member of the bloc")));
        }
    }

    private BlocCreated created() {
        return new BlocCreated(UUID.randomUUID(), createdAt, id.value(), nextVersion(), name, year, organiser.value(),
                memberValues(), codes(rotation.order()), rotation.leader().value(), rotation.deputy().value(),
                criteria(), weights.self(), weights.leader(), weights.peer(), awards.flagCount(),
                awards.commendationCount(), phase.name());
    }

    private BlocUpdated updated(Instant at) {
        return new BlocUpdated(UUID.randomUUID(), at, id.value(), nextVersion(), name, year, organiser.value(),
                memberValues(), codes(rotation.order()), rotation.leader().value(), rotation.deputy().value(),
                criteria(), weights.self(), weights.leader(), weights.peer(), awards.flagCount(),
                awards.commendationCount(), phase.name());
    }

    private List<CovenantCriterion> criteria() {
        return covenant.criteria().stream().map(c -> new CovenantCriterion(c.code(), c.title(), c.group(),
                Points.decimal(c.maxPoints()))).toList();
    }

    /** The version the next write stores; events carry it so projections can drop stale ones. */
    private long nextVersion() {
        return version == null ? 0 : version + 1;
    }

    private List<String> memberValues() {
        return codes(members);
    }

    private static List<String> codes(List<UnitCode> units) {
        return units.stream().map(UnitCode::value).toList();
    }

    BlocId id() {
        return id;
    }

    BlocPhase phase() {
        return phase;
    }

    UnitCode organiser() {
        return organiser;
    }

    Rotation rotation() {
        return rotation;
    }

    List<UnitCode> members() {
        return members;
    }

    Long version() {
        return version;
    }

    List<Scorecard> scorecards() {
        return List.copyOf(scorecards);
    }

    State state() {
        return new State(id, name, year, organiser, members, rotation, covenant, List.copyOf(signatures), weights,
                awards, phase, List.copyOf(phaseHistory), List.copyOf(scorecards), result, createdAt, version);
    }

    /** A drafted bloc with the event that announces it. */
    record Draft(EmulationBloc bloc, List<BlocEvent> events) {
    }

    /** A stored scorecard with the event that announces it. */
    record Submission(Scorecard scorecard, List<BlocEvent> events) {
    }
}
