package vn.tdkt.events.congress;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code tdkt.congress.delegate-list-reopened.v1}: an approved list was reopened for changes, with the reason;
 * its delegates are no longer on the upper congress's roster until it is approved again.
 */
public record DelegateListReopened(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                                   String congressId, String unitCode, String organiserUnitCode, String reason)
        implements DelegateListEvent {
}
