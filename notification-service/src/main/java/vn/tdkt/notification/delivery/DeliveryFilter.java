package vn.tdkt.notification.delivery;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Optional filters of the delivery list; they combine. {@code withinUnit} limits to one unit's subtree. */
record DeliveryFilter(Optional<String> recipient, Optional<UUID> eventId, Optional<String> withinUnit) {

    DeliveryFilter {
        recipient = recipient.map(String::strip).filter(r -> !r.isEmpty()).map(r -> r.toLowerCase(Locale.ROOT));
    }
}
