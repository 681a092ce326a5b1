package vn.tdkt.nomination.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.tdkt.events.nomination.NominationAppraised;
import vn.tdkt.events.nomination.NominationDecided;
import vn.tdkt.events.nomination.NominationEvent;
import vn.tdkt.events.nomination.NominationForwarded;
import vn.tdkt.events.nomination.NominationReturned;
import vn.tdkt.events.nomination.NominationSubmitted;
import vn.tdkt.events.nomination.NominationVoted;
import vn.tdkt.support.problem.InvalidInputException;

/**
 * A nomination dossier and its workflow. The nominating unit files it, the unit it is addressed to appraises
 * it and puts it to its council; the council's vote approves it or not; the addressed unit then decides it,
 * when the award lies within its authority, or forwards it to the level above, where it continues as a new
 * nomination carrying this one's history. Every command checks the state (a type that offers only the legal
 * moves), changes it and returns the events to store with it.
 */
final class Nomination {

    static final int MAX_REASONS = 50;
    static final int MAX_REASON_LENGTH = 2_000;

    private final NominationId id;
    private final String nominatingUnitCode;
    private final String addressedTo;
    private final NominationId forwardedFrom;
    private final Instant createdAt;
    private final List<Step> history;
    private Dossier dossier;
    private State state;
    private Appraisal appraisal;
    private List<String> returnReasons;
    private Vote vote;
    private Decision decision;
    private Forward forward;
    private Instant updatedAt;
    private Long version;

    private Nomination(NominationId id, String nominatingUnitCode, String addressedTo, NominationId forwardedFrom,
                       Dossier dossier, State state, Appraisal appraisal, List<String> returnReasons, Vote vote,
                       Decision decision, Forward forward, List<Step> history, Instant createdAt, Instant updatedAt,
                       Long version) {
        this.id = Objects.requireNonNull(id);
        this.nominatingUnitCode = nominatingUnitCode;
        this.addressedTo = addressedTo;
        this.forwardedFrom = forwardedFrom;
        this.dossier = dossier;
        this.state = state;
        this.appraisal = appraisal;
        this.returnReasons = returnReasons == null ? List.of() : List.copyOf(returnReasons);
        this.vote = vote;
        this.decision = decision;
        this.forward = forward;
        this.history = new ArrayList<>(history);
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** One step of the dossier's life, at this level or (carried over when forwarded) below it. */
    record Step(Instant at, String nominationId, String unitCode, String actor, String action, Status status,
                String note) {
    }

    /** The appraisal's finding: the explainer's answer with the pack it used, the appraiser's notes, the gaps. */
    record Appraisal(String rulePackId, String verdict, List<AppraisedCriterion> criteria, List<String> gaps,
                     boolean passed, List<String> proposedReasons, String appraiser, Instant at) {

        Appraisal {
            criteria = List.copyOf(criteria);
            gaps = List.copyOf(gaps);
            proposedReasons = List.copyOf(proposedReasons);
        }

        List<String> notedCriteria() {
            return criteria.stream().filter(c -> c.note() != null).map(AppraisedCriterion::code).toList();
        }
    }

    /** A criterion as the explainer answered it, with the appraiser's note where one was needed to pass it. */
    record AppraisedCriterion(String code, String status, String reason, String citation, String note) {
    }

    /** The council's result: the tally only, never who voted how. */
    record Vote(String sessionId, boolean approved, int membership, int participants, int approvals,
                int rejections, int blanks, String ruleApplied, Instant at) {
    }

    record Decision(String decisionId, String number, LocalDate date, Instant at) {
    }

    /** Where the dossier went: the upper unit, the nomination it became there, and why. */
    record Forward(String to, String as, String reason, Instant at) {
    }

    static Nomination draft(NominationId id, String nominatingUnitCode, String addressedTo, Dossier dossier,
                            String actor, Clock clock) {
        Instant now = clock.instant();
        Nomination n = new Nomination(id, nominatingUnitCode, addressedTo, null, dossier, new Draft(), null,
                null, null, null, null, List.of(), now, now, null);
        n.step(now, actor, "DRAFTED", null);
        return n;
    }

    static Nomination restore(NominationId id, String nominatingUnitCode, String addressedTo,
                              NominationId forwardedFrom, Dossier dossier, Status status, Appraisal appraisal,
                              List<String> returnReasons, Vote vote, Decision decision, Forward forward,
                              List<Step> history, Instant createdAt, Instant updatedAt, long version) {
        return new Nomination(id, nominatingUnitCode, addressedTo, forwardedFrom, dossier, State.of(status),
                appraisal, returnReasons, vote, decision, forward, history, createdAt, updatedAt, version);
    }

    // ------------------------------------------------------------------------------------------ commands

    /** Replaces what the dossier says; only a draft or a dossier returned for correction may change. */
    List<NominationEvent> edit(Dossier changed, String actor, Clock clock) {
        in(Editable.class, "be edited");
        this.dossier = changed;
        step(clock.instant(), actor, "EDITED", null);
        return List.of();
    }

    List<NominationEvent> submit(String actor, Clock clock) {
        Editable editable = in(Editable.class, "be submitted");
        boolean again = editable instanceof Returned;
        state = editable.submit();
        Instant now = clock.instant();
        step(now, actor, again ? "RESUBMITTED" : "SUBMITTED", null);
        return List.of(submitted(now, again));
    }

    /**
     * Stores the appraisal. One that passes (complete, and eligible or UNKNOWN only where the appraiser noted
     * why) makes the dossier APPRAISED; one that does not leaves it SUBMITTED with the reasons to return it for.
     */
    List<NominationEvent> appraise(Appraisal result, String actor, Clock clock) {
        Submitted submitted = in(Submitted.class, "be appraised");
        this.appraisal = result;
        Instant now = clock.instant();
        if (!result.passed()) {
            step(now, actor, "APPRAISAL_FOUND_GAPS", String.join("; ", result.proposedReasons()));
            return List.of();
        }
        state = submitted.appraise();
        step(now, actor, "APPRAISED", result.rulePackId() + ": " + result.verdict());
        return List.of(new NominationAppraised(UUID.randomUUID(), now, id.value(), nextVersion(), status().name(),
                nominatingUnitCode, addressedTo, kind(), nomineeId(), nomineeName(), nomineeUnit(), dossier.awardCode(),
                awardName(), dossier.year(), dossier.campaignId(), forwardedFromValue(), result.rulePackId(),
                result.verdict(), result.notedCriteria()));
    }

    /**
     * Returns the dossier for correction, before the council has voted. Without reasons, those the last
     * appraisal proposed are given.
     */
    List<NominationEvent> giveBack(List<String> reasons, String actor, Clock clock) {
        State next = switch (state) {
            case Submitted s -> s.giveBack();
            case Appraised a -> a.giveBack();
            default -> throw new IllegalMoveException(id, state, "be returned");
        };
        List<String> given = reasons == null || reasons.isEmpty()
                ? appraisal == null ? List.of() : appraisal.proposedReasons() : reasons;
        if (given.isEmpty()) {
            throw new InvalidInputException("reasons", "say what to correct: no appraisal proposed any reason");
        }
        state = next;
        returnReasons = List.copyOf(given);
        Instant now = clock.instant();
        step(now, actor, "RETURNED", String.join("; ", given));
        return List.of(new NominationReturned(UUID.randomUUID(), now, id.value(), nextVersion(), status().name(),
                nominatingUnitCode, addressedTo, kind(), nomineeId(), nomineeName(), nomineeUnit(), dossier.awardCode(),
                awardName(), dossier.year(), dossier.campaignId(), forwardedFromValue(), returnReasons));
    }

    /** The council's result; applying the same session's result again changes nothing. */
    List<NominationEvent> recordVote(Vote result, Clock clock) {
        if (vote != null && vote.sessionId().equals(result.sessionId())) {
            return List.of();
        }
        Appraised appraised = in(Appraised.class, "be voted on");
        state = appraised.voted(result.approved());
        vote = result;
        step(result.at(), "council", result.approved() ? "APPROVED" : "NOT_APPROVED", "session " + result.sessionId()
                + ": " + result.approvals() + "/" + result.membership() + " (" + result.ruleApplied() + ")");
        return List.of(new NominationVoted(UUID.randomUUID(), clock.instant(), id.value(), nextVersion(),
                status().name(), nominatingUnitCode, addressedTo, kind(), nomineeId(), nomineeName(), nomineeUnit(),
                dossier.awardCode(), awardName(), dossier.year(), dossier.campaignId(), forwardedFromValue(),
                result.sessionId(), result.approved(), result.membership(), result.participants(), result.approvals(),
                result.rejections(), result.blanks(), result.ruleApplied()));
    }

    /** Marked decided by a decision; the same decision again changes nothing. */
    List<NominationEvent> decide(Decision by, Clock clock) {
        if (decision != null && decision.decisionId().equals(by.decisionId())) {
            return List.of();
        }
        Approved approved = in(Approved.class, "be decided");
        state = approved.decide();
        decision = by;
        Instant now = clock.instant();
        step(now, "decision", "DECIDED", by.number() + " (" + by.date() + ")");
        return List.of(new NominationDecided(UUID.randomUUID(), now, id.value(), nextVersion(), status().name(),
                nominatingUnitCode, addressedTo, kind(), nomineeId(), nomineeName(), nomineeUnit(), dossier.awardCode(),
                awardName(), dossier.year(), dossier.campaignId(), forwardedFromValue(), by.decisionId(), by.number(),
                by.date()));
    }

    /**
     * Sends the approved dossier to {@code upperUnit}; {@link #upperLevel} is the nomination it becomes there.
     * {@code reason} says why it is beyond the addressed unit's authority (or that the authority is unknown).
     */
    List<NominationEvent> forwardTo(String upperUnit, String reason, String actor, Clock clock) {
        Approved approved = in(Approved.class, "be forwarded");
        state = approved.forward();
        Instant now = clock.instant();
        forward = new Forward(upperUnit, id.forwarded().value(), reason, now);
        step(now, actor, "FORWARDED", "→ " + upperUnit + ": " + reason);
        return List.of(new NominationForwarded(UUID.randomUUID(), now, id.value(), nextVersion(), status().name(),
                nominatingUnitCode, addressedTo, kind(), nomineeId(), nomineeName(), nomineeUnit(), dossier.awardCode(),
                awardName(), dossier.year(), dossier.campaignId(), forwardedFromValue(), upperUnit, forward.as(),
                reason));
    }

    /**
     * The nomination this forwarded one became at the level above: filed by this level's unit, addressed to
     * the upper unit, already submitted, with this one's history. Derived from what is stored only, so a
     * forward interrupted before the upper nomination was written is completed with the same nomination.
     */
    Forwarding upperLevel() {
        if (!(state instanceof Forwarded) || forward == null) {
            throw new IllegalMoveException(id, state, "arrive at the level above before it is forwarded");
        }
        Nomination upper = new Nomination(new NominationId(forward.as()), addressedTo, forward.to(), id, dossier,
                new Submitted(), null, null, null, null, null, history, forward.at(), forward.at(), null);
        upper.step(forward.at(), "forward", "SUBMITTED", "từ " + addressedTo + " (" + id + ")");
        return new Forwarding(upper, List.of(upper.submitted(forward.at(), false)));
    }

    record Forwarding(Nomination nomination, List<NominationEvent> events) {
    }

    // ------------------------------------------------------------------------------------------ helpers

    private NominationSubmitted submitted(Instant at, boolean again) {
        return new NominationSubmitted(UUID.randomUUID(), at, id.value(), nextVersion(), status().name(),
                nominatingUnitCode, addressedTo, kind(), nomineeId(), nomineeName(), nomineeUnit(), dossier.awardCode(),
                awardName(), dossier.year(), dossier.campaignId(), forwardedFromValue(), again);
    }

    private <S extends State> S in(Class<S> type, String move) {
        if (!type.isInstance(state)) {
            throw new IllegalMoveException(id, state, move);
        }
        return type.cast(state);
    }

    private void step(Instant at, String actor, String action, String note) {
        history.add(new Step(at, id.value(), addressedTo, actor, action, state.status(), note));
        updatedAt = at;
    }

    private long nextVersion() {
        return version == null ? 0 : version + 1;
    }

    void stored(long storedVersion) {
        this.version = storedVersion;
    }

    private String kind() {
        return dossier.nominee().kind().name();
    }

    private String nomineeId() {
        return dossier.nominee().nomineeId();
    }

    private String nomineeName() {
        return dossier.nominee().name();
    }

    private String nomineeUnit() {
        return dossier.nominee().unitCode();
    }

    private String forwardedFromValue() {
        return forwardedFrom == null ? null : forwardedFrom.value();
    }

    String awardName() {
        return dossier.award().name();
    }

    /** The key a live dossier holds alone: one nominee, one award, one year; null once it no longer counts. */
    String liveKey() {
        return status().live() ? liveKey(nomineeId(), dossier.awardCode(), dossier.year()) : null;
    }

    static String liveKey(String nomineeId, String awardCode, int year) {
        return nomineeId + "|" + awardCode + "|" + year;
    }

    NominationId id() {
        return id;
    }

    String nominatingUnitCode() {
        return nominatingUnitCode;
    }

    String addressedTo() {
        return addressedTo;
    }

    NominationId forwardedFrom() {
        return forwardedFrom;
    }

    Dossier dossier() {
        return dossier;
    }

    State state() {
        return state;
    }

    Status status() {
        return state.status();
    }

    Appraisal appraisal() {
        return appraisal;
    }

    List<String> returnReasons() {
        return returnReasons;
    }

    Vote vote() {
        return vote;
    }

    Decision decision() {
        return decision;
    }

    Forward forward() {
        return forward;
    }

    List<Step> history() {
        return List.copyOf(history);
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Long version() {
        return version;
    }
}
