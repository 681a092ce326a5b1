package vn.tdkt.notification.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** DESIGN §5: what was sent to whom and when. A malformed eventId is a 400 problem naming it (ProblemAdvice). */
@RestController
@RequestMapping("/api/v1/deliveries")
class DeliveryController {

    private final Deliveries deliveries;

    DeliveryController(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping
    List<DeliveryResponse> list(@RequestParam Optional<String> recipient, @RequestParam Optional<UUID> eventId) {
        return deliveries.find(new DeliveryFilter(recipient, eventId)).stream().map(DeliveryResponse::of).toList();
    }

    /** @param traceId the trace that led from the request that caused the event to this email (W3C trace id) */
    record DeliveryResponse(String eventId, String eventType, String recipient, String subject,
                            DeliveryStatus status, int attempts, Instant sentAt, String traceId) {

        static DeliveryResponse of(Delivery delivery) {
            return new DeliveryResponse(delivery.eventId(), delivery.eventType(), delivery.recipient(),
                    delivery.subject(), delivery.status().reported(), delivery.attempts(), delivery.sentAt(),
                    delivery.traceId());
        }
    }
}
