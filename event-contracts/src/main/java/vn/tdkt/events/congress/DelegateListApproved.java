package vn.tdkt.events.congress;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code tdkt.congress.delegate-list-approved.v1}: the lower unit's congress approved the list of delegates it
 * sends to the upper congress ("thông qua danh sách đại biểu đi dự Đại hội cấp trên"); the list is locked until
 * reopened. Carries the whole approved list, because it is what the upper congress's roster is made of: each
 * delegate as the roster shows them (names are personal data: no contact details, no identity numbers).
 *
 * @param organiserUnitCode the upper congress's organiser, whose committee receives the list
 * @param seats             the seats the upper congress allocated to the unit when the list was approved
 * @param warnings          the checks that warned but did not block (the exemplary share, composition targets)
 */
public record DelegateListApproved(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                                   String congressId, String unitCode, String organiserUnitCode, int seats,
                                   List<ApprovedDelegate> delegates, List<DelegateListWarning> warnings)
        implements DelegateListEvent {

    public DelegateListApproved {
        delegates = delegates == null ? List.of() : List.copyOf(delegates);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
