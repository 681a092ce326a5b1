package vn.tdkt.notification.nomination;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.events.nomination.NominationAppraised;
import vn.tdkt.events.nomination.NominationDecided;
import vn.tdkt.events.nomination.NominationEvent;
import vn.tdkt.events.nomination.NominationForwarded;
import vn.tdkt.events.nomination.NominationReturned;
import vn.tdkt.events.nomination.NominationSubmitted;
import vn.tdkt.events.nomination.NominationVoted;

/**
 * One step of a nomination dossier's workflow as its emails need it: the dossier's facts, which every dossier
 * event carries in full, the step (a code the bundles word: {@code step.SUBMITTED} …) and what the step adds (the
 * template's variables: return reasons, the vote's tally, the decision's number …). Other nomination events
 * (rule packs, honours history, councils, decisions, the exemplar register) are not dossier steps.
 */
record DossierStep(NominationEvent event, String nominationId, String nominatingUnitCode, String addressedTo,
                   String nomineeName, String nomineeUnitCode, String awardName, int year, String step,
                   Map<String, Object> details) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static Optional<DossierStep> of(NominationEvent event) {
        return Optional.ofNullable(switch (event) {
            case NominationSubmitted e -> new DossierStep(e, e.aggregateId(), e.nominatingUnitCode(), e.addressedTo(),
                    e.nomineeName(), e.nomineeUnitCode(), e.awardName(), e.year(),
                    e.resubmission() ? "RESUBMITTED" : e.forwardedFrom() != null ? "SUBMITTED_FROM_BELOW" : "SUBMITTED",
                    Map.of());
            case NominationAppraised e -> new DossierStep(e, e.aggregateId(), e.nominatingUnitCode(), e.addressedTo(),
                    e.nomineeName(), e.nomineeUnitCode(), e.awardName(), e.year(), "APPRAISED",
                    details("rulePack", e.rulePackId()));
            case NominationReturned e -> new DossierStep(e, e.aggregateId(), e.nominatingUnitCode(), e.addressedTo(),
                    e.nomineeName(), e.nomineeUnitCode(), e.awardName(), e.year(), "RETURNED",
                    details("reasons", e.reasons()));
            case NominationVoted e -> new DossierStep(e, e.aggregateId(), e.nominatingUnitCode(), e.addressedTo(),
                    e.nomineeName(), e.nomineeUnitCode(), e.awardName(), e.year(),
                    e.approved() ? "APPROVED" : "REJECTED",
                    details("approvals", e.approvals(), "rejections", e.rejections(), "blanks", e.blanks(),
                            "participants", e.participants(), "membership", e.membership(), "rule", e.ruleApplied()));
            case NominationDecided e -> new DossierStep(e, e.aggregateId(), e.nominatingUnitCode(), e.addressedTo(),
                    e.nomineeName(), e.nomineeUnitCode(), e.awardName(), e.year(), "DECIDED",
                    details("decisionNumber", e.decisionNumber(),
                            "decisionDate", e.decisionDate() == null ? null : DATE.format(e.decisionDate())));
            case NominationForwarded e -> new DossierStep(e, e.aggregateId(), e.nominatingUnitCode(), e.addressedTo(),
                    e.nomineeName(), e.nomineeUnitCode(), e.awardName(), e.year(), "FORWARDED",
                    details("forwardedTo", e.forwardedTo(), "reason", e.reason()));
            default -> null;
        });
    }

    /** Numbers as text: the bundles' MessageFormat would write 1000 as 1.000. Values may be null. */
    private static Map<String, Object> details(Object... keysAndValues) {
        Map<String, Object> details = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            details.put((String) keysAndValues[i], value instanceof Number number ? number.toString() : value);
        }
        return details;
    }
}
