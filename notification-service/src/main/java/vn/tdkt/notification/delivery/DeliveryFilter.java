package vn.tdkt.notification.delivery;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Optional filters of the delivery list; they combine. */
record DeliveryFilter(Optional<String> recipient, Optional<UUID> eventId) {

    DeliveryFilter {
        recipient = recipient.map(String::strip).filter(r -> !r.isEmpty()).map(r -> r.toLowerCase(Locale.ROOT));
    }
}
