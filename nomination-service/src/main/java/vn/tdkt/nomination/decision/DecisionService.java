package vn.tdkt.nomination.decision;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.tdkt.nomination.honours.DecisionHonours;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.ConflictException;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.RuleViolationException;
import vn.tdkt.support.unitdirectory.DirectoryUnit;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/**
 * Issues decisions and confers their honours: the dossiers are checked through {@link DecisionSubjects} and
 * the history before anything is stored; then the decision is stored, its honours recorded in the history,
 * its events put in its outbox and its dossiers marked DECIDED, each step idempotent, so that a decision
 * interrupted between steps is completed later from where it stopped ({@link #completeUnfinished}).
 */
@Service
class DecisionService {

    /** Decisions are dated where they are signed. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Logger log = LoggerFactory.getLogger(DecisionService.class);

    private final DecisionRepository repository;
    private final DecisionSubjects subjects;
    private final DecisionHonours honours;
    private final UnitDirectory units;
    private final OutboxRelay relay;
    private final Clock clock;

    DecisionService(DecisionRepository repository, DecisionSubjects subjects, DecisionHonours honours,
                    UnitDirectory units, OutboxRelay relay, Clock clock) {
        this.repository = repository;
        this.subjects = subjects;
        this.honours = honours;
        this.units = units;
        this.relay = relay;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(VIETNAM));
    }

    DecisionDraft parse(DecisionDraft.Raw raw) {
        List<FieldError> errors = new ArrayList<>();
        DecisionDraft draft = DecisionDraft.parse(raw, today(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return draft;
    }

    /** The outcome of an issue: the decision, and whether this request created it (false: a repeat). */
    record Issued(Decision decision, boolean created) {
    }

    /**
     * Issues and completes the decision. The same request again returns the stored decision (nothing
     * changes); another decision with the number of a stored one is a conflict.
     */
    Issued issue(DecisionDraft draft, String issuedBy) {
        Optional<Decision> same = repository.findByNumber(draft.grantorUnitCode(), draft.number());
        if (same.isPresent()) {
            return repeated(same.get(), draft);
        }
        DirectoryUnit grantor = units.find(draft.grantorUnitCode()).orElseThrow(() -> new RuleViolationException(
                "The grantor unit is not known here", List.of(new FieldError("grantorUnitCode",
                        draft.grantorUnitCode() + " is not a known unit"))));
        if (!DirectoryUnit.ACTIVE.equals(grantor.status())) {
            throw new RuleViolationException("The grantor unit is no longer active", List.of(new FieldError(
                    "grantorUnitCode", grantor.code() + " is " + grantor.status())));
        }
        List<DecisionSubjects.Subject> approved = port().approvedFor(draft.grantorUnitCode(), draft.nominationIds());
        Decision decision = Decision.issue(DecisionId.newId(), draft, grantor.level(), approved, issuedBy,
                clock.instant());
        List<FieldError> conflicts = honours.conflicts(decision.conferrals(),
                IntStream.range(0, approved.size()).mapToObj(i -> "nominationIds[" + i + "].").toList());
        if (!conflicts.isEmpty()) {
            throw new RuleViolationException("The honours history already has some of these honours; nothing was "
                    + "decided", conflicts);
        }
        try {
            repository.insert(decision);
        } catch (DuplicateKeyException raced) {
            Optional<Decision> stored = repository.findByNumber(draft.grantorUnitCode(), draft.number());
            if (stored.isPresent()) {
                return repeated(stored.get(), draft);
            }
            List<String> taken = repository.deciding(draft.nominationIds()).stream()
                    .flatMap(d -> d.nominationIds().stream().filter(draft.nominationIds()::contains)
                            .map(id -> id + " (decision " + d.number() + ")")).toList();
            throw new ConflictException("nominationIds: already decided by another decision: " + taken);
        }
        try {
            complete(decision);
        } catch (RuntimeException e) {
            // Issued and stored: DecisionRecovery completes it; the answer shows where it stands.
            log.warn("Decision {} ({}) was issued but not completed yet: {}", decision.id(), decision.number(),
                    e.toString());
        }
        return new Issued(decision, true);
    }

    private static Issued repeated(Decision stored, DecisionDraft draft) {
        if (!stored.isRepeatedBy(draft)) {
            throw new ConflictException("number: decision " + stored.number() + " of " + stored.grantorUnitCode()
                    + " already exists (dated " + stored.date() + ", " + stored.honours().size() + " honours)");
        }
        return new Issued(stored, false);
    }

    private DecisionSubjects port() {
        return subjects;
    }

    /** Takes the decision from wherever it stopped to DECIDED; every step may run again harmlessly. */
    void complete(Decision decision) {
        if (decision.status() == DecisionStatus.RECORDING) {
            honours.record(decision.id().value(), decision.conferrals());
            repository.update(decision, decision.confer(clock.instant()));
            relay.nudge();
        }
        if (decision.status() == DecisionStatus.CONFERRED) {
            port().markDecided(decision.id().value(), decision.number(), decision.date(), decision.nominationIds());
            decision.close();
            repository.update(decision, List.of());
        }
    }

    /** Completes the decisions still unfinished {@code after} their issue: a crash or a failure interrupted them. */
    int completeUnfinished(Duration after) {
        int completed = 0;
        for (Decision decision : repository.unfinished(clock.instant().minus(after))) {
            try {
                complete(decision);
                completed++;
            } catch (RuntimeException e) {
                log.warn("Decision {} ({}) is still not complete: {}", decision.id(), decision.number(), e.toString());
            }
        }
        return completed;
    }

    Optional<Decision> find(DecisionId id) {
        return repository.find(id);
    }

    PageResponse<Decision> page(String grantorUnitCode, PageQuery page) {
        return repository.page(grantorUnitCode, page);
    }
}
