package vn.tdkt.events.congress;

import java.util.List;

/**
 * One delegate of an approved list, as the upper congress's roster shows them.
 *
 * @param delegateId        the delegate's id within the list ({@code d-1}, {@code d-2}, …)
 * @param gender            {@code MALE} or {@code FEMALE}
 * @param category          {@code EXEMPLARY}, {@code GUEST} or {@code LEADER}
 * @param attributes        the composition groups the delegate counts for: {@code WOMEN}, {@code ETHNIC_MINORITY},
 *                          {@code DIRECT_PRODUCER_OR_WORKER}, {@code SCIENTIST}, {@code NON_STATE_SECTOR}
 * @param sector            {@code STATE}, {@code COLLECTIVE}, {@code PRIVATE}, {@code FOREIGN_INVESTED},
 *                          {@code HOUSEHOLD}, or null when not given
 * @param exemplaryPersonId the exemplary person the delegate was picked from (delegate-service's
 *                          {@code exemplary_people} id), or null when entered by hand
 */
public record ApprovedDelegate(String delegateId, String fullName, int birthYear, String gender, String ethnicity,
                               String position, String category, List<String> attributes, String sector,
                               String exemplaryPersonId) {

    public ApprovedDelegate {
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }
}
