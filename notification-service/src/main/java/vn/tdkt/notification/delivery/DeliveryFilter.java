package vn.tdkt.notification.delivery;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Optional filters of the delivery list; they combine. {@code withinUnit} limits to one unit's subtree;
 * {@code status} is a reported status (PENDING includes SENDING); {@code from} (inclusive) and {@code to}
 * (exclusive) bound when the delivery was created.
 */
record DeliveryFilter(Optional<String> recipient, Optional<UUID> eventId, Optional<String> withinUnit,
                      Optional<DeliveryStatus> status, Optional<String> eventType, Optional<Instant> from,
                      Optional<Instant> to) {

    DeliveryFilter {
        recipient = recipient.map(String::strip).filter(r -> !r.isEmpty()).map(r -> r.toLowerCase(Locale.ROOT));
        status = status.map(DeliveryStatus::reported);
        eventType = eventType.map(String::strip).filter(t -> !t.isEmpty());
    }

    /** The filters the list had before status, type and time were added. */
    DeliveryFilter(Optional<String> recipient, Optional<UUID> eventId, Optional<String> withinUnit) {
        this(recipient, eventId, withinUnit, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
