package vn.tdkt.campaign.registration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who has registered and who has not: every unit of the distribution list, registered or missing,
 * and every other unit that registered (a unit within the participants' subtree), one row per unit,
 * by unit code. Pure, so the organiser's list and its CSV export are the same rows.
 */
final class RegistrationOverview {

    private RegistrationOverview() {
    }

    static List<Row> rows(Collection<String> distributionList, Set<String> registered, RegistrationStatus only) {
        TreeMap<String, Row> rows = new TreeMap<>();
        for (String unit : distributionList) {
            rows.put(unit, new Row(unit, true, registered.contains(unit) ? RegistrationStatus.REGISTERED
                    : RegistrationStatus.MISSING));
        }
        for (String unit : registered) {
            rows.putIfAbsent(unit, new Row(unit, false, RegistrationStatus.REGISTERED));
        }
        List<Row> result = new ArrayList<>();
        for (Row row : rows.values()) {
            if (only == null || row.status() == only) {
                result.add(row);
            }
        }
        return result;
    }

    /** One unit: whether the plan was sent to it and whether it has registered. */
    record Row(String unitCode, boolean onDistributionList, RegistrationStatus status) {
    }
}
