package vn.tdkt.nomination.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.RuleViolationException;

/**
 * An in-memory fake of the dossiers' side of the port: approved dossiers per grantor unit, the markings
 * it received, and a switch that makes the next markings fail (an interruption between the steps).
 */
public class InMemoryDecisionSubjects implements DecisionSubjects {

    private final Map<String, Subject> approved = new LinkedHashMap<>();
    private final Map<String, String> grantorOf = new LinkedHashMap<>();
    /** nomination id → decision id that marked it. */
    public final Map<String, String> decided = new ConcurrentHashMap<>();
    public final AtomicInteger markings = new AtomicInteger();
    public final AtomicInteger failNextMarkings = new AtomicInteger();

    /** A dossier APPROVED by the council of {@code grantor}, within its authority. */
    public InMemoryDecisionSubjects approve(String grantor, Subject subject) {
        approved.put(subject.nominationId(), subject);
        grantorOf.put(subject.nominationId(), grantor);
        return this;
    }

    public static Subject individual(String nominationId, String nomineeId, String name, String unit, String award,
                                     String awardName, int year) {
        return new Subject(nominationId, "INDIVIDUAL", nomineeId, name, unit, unit, award, awardName, year);
    }

    @Override
    public List<Subject> approvedFor(String grantorUnitCode, List<String> nominationIds) {
        List<FieldError> errors = new ArrayList<>();
        List<Subject> found = new ArrayList<>();
        for (int i = 0; i < nominationIds.size(); i++) {
            String id = nominationIds.get(i);
            Subject subject = approved.get(id);
            if (subject == null) {
                errors.add(new FieldError("nominationIds[" + i + "]", id + " is not an approved nomination"));
            } else if (!grantorUnitCode.equals(grantorOf.get(id))) {
                errors.add(new FieldError("nominationIds[" + i + "]", id + " is not within the authority of "
                        + grantorUnitCode));
            } else if (decided.containsKey(id)) {
                errors.add(new FieldError("nominationIds[" + i + "]", id + " is already DECIDED"));
            } else {
                found.add(subject);
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException("Some nominations may not be decided; nothing was decided", errors);
        }
        return found;
    }

    @Override
    public void markDecided(String decisionId, String decisionNumber, LocalDate decisionDate,
                            List<String> nominationIds) {
        if (failNextMarkings.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("the dossiers are unreachable (test)");
        }
        markings.incrementAndGet();
        nominationIds.forEach(id -> decided.putIfAbsent(id, decisionId));
    }
}
