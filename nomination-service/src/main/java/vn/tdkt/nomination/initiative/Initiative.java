package vn.tdkt.nomination.initiative;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.tdkt.events.nomination.InitiativeRecognised;
import vn.tdkt.events.nomination.InitiativeScope;
import vn.tdkt.events.nomination.InitiativeUsed;
import vn.tdkt.events.nomination.NominationEvent;
import vn.tdkt.support.problem.ConflictException;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.RuleViolationException;

/**
 * An initiative (sáng kiến) as its council recognised it: scope, date, who recognised it, whether it was
 * effectively applied, and the one proposal it may back. An initiative used once, for an emulation title or a
 * commendation, backs nothing else (CV 5007/BNV-TĐKT); the years a nominee was already rewarded for, or
 * that another proposal already counted, are not counted again (Luật 06/2022, Điều 5 khoản 2).
 */
final class Initiative {

    static final int MAX_TEXT = 500;

    private final InitiativeId id;
    private final String title;
    private final String unitCode;
    private final List<String> authorIds;
    private final InitiativeScope scope;
    private final LocalDate recognizedOn;
    private final String recognizedBy;
    private final boolean effectivelyApplied;
    private Usage usage;
    private Long version;

    private Initiative(InitiativeId id, String title, String unitCode, List<String> authorIds, InitiativeScope scope,
                       LocalDate recognizedOn, String recognizedBy, boolean effectivelyApplied, Usage usage,
                       Long version) {
        this.id = Objects.requireNonNull(id);
        this.title = title;
        this.unitCode = unitCode;
        this.authorIds = List.copyOf(authorIds);
        this.scope = scope;
        this.recognizedOn = recognizedOn;
        this.recognizedBy = recognizedBy;
        this.effectivelyApplied = effectivelyApplied;
        this.usage = usage;
        this.version = version;
    }

    record Recognition(String title, String unitCode, List<String> authorIds, InitiativeScope scope,
                       LocalDate recognizedOn, String recognizedBy, Boolean effectivelyApplied) {
    }

    record Recognised(Initiative initiative, List<NominationEvent> events) {
    }

    static Recognised recognise(InitiativeId id, Recognition r, Clock clock) {
        List<FieldError> errors = new ArrayList<>();
        String title = text(errors, "title", r.title());
        String unit = text(errors, "unitCode", r.unitCode());
        if (unit != null && !unit.matches(InitiativeId.PATTERN)) {
            errors.add(new FieldError("unitCode", "must be a unit code"));
        }
        String by = text(errors, "recognizedBy", r.recognizedBy());
        if (r.scope() == null) {
            errors.add(new FieldError("recognizedScope", "must be one of CO_SO, BO_TINH, TOAN_QUOC"));
        }
        if (r.recognizedOn() == null) {
            errors.add(new FieldError("recognizedOn", "must not be null"));
        } else if (r.recognizedOn().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("recognizedOn", "must not be in the future"));
        }
        if (r.effectivelyApplied() == null) {
            errors.add(new FieldError("effectivelyApplied", "must be true or false"));
        }
        List<String> authors = new ArrayList<>(new LinkedHashSet<>(r.authorIds() == null ? List.of() : r.authorIds()));
        if (authors.isEmpty()) {
            errors.add(new FieldError("authorIds", "must name at least one author"));
        }
        for (int i = 0; i < authors.size(); i++) {
            if (authors.get(i) == null || !authors.get(i).matches(InitiativeId.PATTERN)) {
                errors.add(new FieldError("authorIds[" + i + "]", "must be 1–64 letters, digits, '.', '_' or '-'"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Initiative initiative = new Initiative(id, title, unit, authors, r.scope(), r.recognizedOn(), by,
                r.effectivelyApplied(), null, null);
        return new Recognised(initiative, List.of(new InitiativeRecognised(UUID.randomUUID(), clock.instant(),
                id.value(), 0, title, unit, authors, r.scope().name(), r.recognizedOn(), by, r.effectivelyApplied())));
    }

    static Initiative restore(InitiativeId id, Recognition r, Usage usage, long version) {
        return new Initiative(id, r.title(), r.unitCode(), r.authorIds(), r.scope(), r.recognizedOn(),
                r.recognizedBy(), Boolean.TRUE.equals(r.effectivelyApplied()), usage, version);
    }

    /** A proposal asks to count this initiative for a nominee, an award and an achievement period. */
    record Proposal(String proposalId, String nomineeId, String awardCode, Integer from, Integer to) {
    }

    /**
     * Enters the initiative in the ledger for {@code proposal}.
     *
     * @param otherUses  the ledger's other uses for the same nominee and award
     * @param rewarded   the achievement years in which the nominee already received that award
     * @throws ConflictException      (409) if it already backs a proposal
     * @throws RuleViolationException (422) if the period was rewarded or counted by another proposal already
     */
    List<NominationEvent> use(Proposal proposal, List<Usage> otherUses, List<Integer> rewarded, Clock clock) {
        if (usage != null) {
            throw new ConflictException("Initiative " + id + " already backs proposal " + usage.proposalId()
                    + " (" + usage.awardCode() + ", " + usage.period() + "); an initiative backs one proposal only");
        }
        if (!authorIds.contains(proposal.nomineeId())) {
            throw new RuleViolationException("The nominee is not an author of " + id, List.of(new FieldError(
                    "nomineeId", proposal.nomineeId() + " is not among the authors " + authorIds)));
        }
        if (!effectivelyApplied) {
            throw new RuleViolationException("Initiative " + id + " was not recognised as effectively applied",
                    List.of(new FieldError("initiativeId", "not effectively applied, so it supports no proposal")));
        }
        int from = proposal.from();
        int to = proposal.to();
        List<FieldError> errors = new ArrayList<>();
        List<Integer> again = rewarded.stream().filter(y -> y >= from && y <= to).sorted().toList();
        if (!again.isEmpty()) {
            errors.add(new FieldError("achievementFrom", "the nominee already received " + proposal.awardCode()
                    + " for " + again + "; an achievement is rewarded once"));
        }
        otherUses.stream().filter(u -> !u.proposalId().equals(proposal.proposalId()) && u.overlaps(from, to))
                .forEach(u -> errors.add(new FieldError("achievementFrom", "the years " + u.period()
                        + " are already counted by proposal " + u.proposalId())));
        if (!errors.isEmpty()) {
            throw new RuleViolationException("The achievement period was already rewarded or counted", errors);
        }
        Instant at = clock.instant();
        usage = new Usage(proposal.proposalId(), proposal.nomineeId(), proposal.awardCode(), from, to, at);
        return List.of(new InitiativeUsed(UUID.randomUUID(), at, id.value(), nextVersion(), proposal.proposalId(),
                proposal.nomineeId(), proposal.awardCode(), from, to));
    }

    void stored(long storedVersion) {
        this.version = storedVersion;
    }

    private long nextVersion() {
        return version == null ? 0 : version + 1;
    }

    private static String text(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "must not be blank"));
            return null;
        }
        if (value.length() > MAX_TEXT) {
            errors.add(new FieldError(field, "must be at most " + MAX_TEXT + " characters"));
        }
        return value.strip();
    }

    InitiativeId id() {
        return id;
    }

    Recognition recognition() {
        return new Recognition(title, unitCode, authorIds, scope, recognizedOn, recognizedBy, effectivelyApplied);
    }

    Usage usage() {
        return usage;
    }

    Long version() {
        return version;
    }
}
