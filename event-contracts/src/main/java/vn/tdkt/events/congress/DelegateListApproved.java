package vn.tdkt.events.congress;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code tdkt.congress.delegate-list-approved.v1}: the lower unit's congress approved the list of delegates it
 * sends to the upper congress ("thông qua danh sách đại biểu đi dự Đại hội cấp trên"); the list is locked until
 * reopened. The topic is read by other services (notification-service), so the event carries only what a consumer
 * needs to act (the congress, the unit, the seats, how many delegates and of which category, their ids) and no
 * personal attribute: no name, birth year, gender, ethnicity or position. The roster is built from delegate-service's
 * own store, not from this event.
 *
 * @param organiserUnitCode the upper congress's organiser, whose committee receives the list
 * @param seats             the seats the upper congress allocated to the unit when the list was approved
 * @param delegateCount     how many delegates the approved list names
 * @param delegates         the delegates by id and category, in the list's order
 * @param warnings          the checks that warned but did not block (the exemplary share, composition targets, a
 *                          namesake confirmed as another person), worded without naming anyone
 */
public record DelegateListApproved(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                                   String congressId, String unitCode, String organiserUnitCode, int seats,
                                   int delegateCount, List<ApprovedDelegate> delegates,
                                   List<DelegateListWarning> warnings)
        implements DelegateListEvent {

    public DelegateListApproved {
        delegates = delegates == null ? List.of() : List.copyOf(delegates);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
