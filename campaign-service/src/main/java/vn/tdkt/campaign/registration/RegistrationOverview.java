package vn.tdkt.campaign.registration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who has registered and who has not: every unit of the distribution list, registered or missing,
 * and every other unit that registered (a unit within the participants' subtree), one row per unit,
 * by unit code. A unit of the list merged since the plan was sent counts as registered when its successor
 * has registered: the successor acts in its place (and has its own row too). Pure, so the organiser's list
 * and its CSV export are the same rows.
 */
final class RegistrationOverview {

    private RegistrationOverview() {
    }

    /** @param successors the units of the list merged since, each with the unit acting in its place now */
    static List<Row> rows(Collection<String> distributionList, Set<String> registered, Map<String, String> successors,
                          RegistrationStatus only) {
        TreeMap<String, Row> rows = new TreeMap<>();
        for (String unit : distributionList) {
            String successor = successors.get(unit);
            String acting = successor == null || registered.contains(unit) ? unit : successor;
            rows.put(unit, new Row(unit, true, registered.contains(acting) ? RegistrationStatus.REGISTERED
                    : RegistrationStatus.MISSING, successor));
        }
        for (String unit : registered) {
            rows.putIfAbsent(unit, new Row(unit, false, RegistrationStatus.REGISTERED, null));
        }
        List<Row> result = new ArrayList<>();
        for (Row row : rows.values()) {
            if (only == null || row.status() == only) {
                result.add(row);
            }
        }
        return result;
    }

    /**
     * One unit: whether the plan was sent to it and whether it (or, merged, its successor) has registered;
     * {@code successorCode} names the successor of a merged unit, null otherwise.
     */
    record Row(String unitCode, boolean onDistributionList, RegistrationStatus status, String successorCode) {

        /** Whose registration this row shows: the unit's own, or the successor's if the unit has none. */
        String registrant(Set<String> registered) {
            return successorCode == null || registered.contains(unitCode) ? unitCode : successorCode;
        }
    }
}
