package vn.tdkt.nomination.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import vn.tdkt.nomination.decision.DecisionSubjects;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.RuleViolationException;

/**
 * The dossiers as a decision sees them: approved ones within the grantor's authority may be conferred (an
 * UNKNOWN authority is named as such, never assumed); marking them decided is idempotent per decision.
 */
@Component
class DossierDecisionSubjects implements DecisionSubjects {

    private static final int ATTEMPTS = 3;

    private final NominationService nominations;

    DossierDecisionSubjects(NominationService nominations) {
        this.nominations = nominations;
    }

    @Override
    public List<Subject> approvedFor(String grantorUnitCode, List<String> nominationIds) {
        Map<String, Nomination> found = nominations.findAll(nominationIds.stream().map(NominationId::orNull)
                .filter(Objects::nonNull).map(NominationId::value).toList());
        List<FieldError> errors = new ArrayList<>();
        List<Subject> subjects = new ArrayList<>();
        for (int i = 0; i < nominationIds.size(); i++) {
            String id = nominationIds.get(i);
            NominationId parsed = NominationId.orNull(id);
            Nomination n = parsed == null ? null : found.get(parsed.value());
            String field = "nominationIds[" + i + "]";
            if (n == null) {
                errors.add(new FieldError(field, "no nomination " + id));
                continue;
            }
            if (!grantorUnitCode.equals(n.addressedTo())) {
                errors.add(new FieldError(field, id + " is addressed to " + n.addressedTo() + ", not " + grantorUnitCode));
                continue;
            }
            if (n.status() != Status.APPROVED) {
                errors.add(new FieldError(field, id + " is " + n.status() + ", not APPROVED by the council"));
                continue;
            }
            Authority authority = nominations.authorityOf(n);
            if (authority.kind() != Authority.Kind.WITHIN) {
                errors.add(new FieldError(field, id + ": " + (authority.kind() == Authority.Kind.BEYOND
                        ? "beyond " + grantorUnitCode + "'s authority (forward it): " : "") + authority.reason()));
                continue;
            }
            Dossier d = n.dossier();
            subjects.add(new Subject(n.id().value(), d.nominee().kind().name(), d.nominee().nomineeId(),
                    d.nominee().name(), d.nominee().unitCode(), n.nominatingUnitCode(), d.awardCode(), n.awardName(),
                    d.year()));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException("Some nominations may not be decided by " + grantorUnitCode, errors);
        }
        return subjects;
    }

    @Override
    public void markDecided(String decisionId, String decisionNumber, LocalDate decisionDate,
                            List<String> nominationIds) {
        for (String raw : nominationIds) {
            NominationId id = NominationId.orNull(raw);
            if (id == null) {
                throw new RuleViolationException("Not a nomination id", List.of(new FieldError("nominationIds", raw)));
            }
            for (int attempt = 1; ; attempt++) {
                try {
                    Nomination n = nominations.get(id);
                    var events = n.decide(new Nomination.Decision(decisionId, decisionNumber, decisionDate,
                            nominations.clock().instant()), nominations.clock());
                    if (!events.isEmpty()) {
                        nominations.update(n, events, n.dossier());
                    }
                    break;
                } catch (OptimisticLockingFailureException concurrent) {
                    if (attempt == ATTEMPTS) {
                        throw concurrent;
                    }
                }
            }
        }
    }
}
