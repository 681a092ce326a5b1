package vn.tdkt.events.congress;

/**
 * One delegate of an approved list, by reference only: who the delegate is (name, birth year, gender, ethnicity,
 * position, composition groups) stays in delegate-service, whose roster reads its own store. Consumers that need the
 * person ask there, with the rights it checks.
 *
 * @param delegateId        the delegate's id within the list ({@code d-1}, {@code d-2}, …)
 * @param category          {@code EXEMPLARY}, {@code GUEST} or {@code LEADER}
 * @param exemplaryPersonId the exemplary person the delegate was picked from (delegate-service's
 *                          {@code exemplary_people} id), or null when entered by hand
 */
public record ApprovedDelegate(String delegateId, String category, String exemplaryPersonId) {
}
