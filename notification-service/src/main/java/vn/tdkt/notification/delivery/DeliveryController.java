package vn.tdkt.notification.delivery;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.support.audit.Audit;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.security.Action;
import vn.tdkt.support.security.Actor;
import vn.tdkt.support.security.Authorizer;
import vn.tdkt.support.security.PersonalData;

/**
 * What was sent to whom and when. Recipients are personal data: an administrator reads every
 * delivery, an officer or leader those sent for their unit's subtree, and each read is audited.
 * A malformed eventId is a 400 problem naming it.
 */
@RestController
@RequestMapping("/api/v1/deliveries")
class DeliveryController {

    private final Deliveries deliveries;
    private final Authorizer authorizer;

    DeliveryController(Deliveries deliveries, Authorizer authorizer) {
        this.deliveries = deliveries;
        this.authorizer = authorizer;
    }

    @GetMapping
    PageResponse<DeliveryResponse> list(@RequestParam Optional<String> recipient, @RequestParam Optional<UUID> eventId,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        Audit.personalDataRead("delivery.list", recipient.map(r -> "recipient:" + PersonalData.maskEmail(r))
                .or(() -> eventId.map(id -> "event:" + id)).orElse("deliveries"));
        Actor actor = authorizer.actor();
        authorizer.require(Action.READ_PERSONAL_DATA, actor.unitCode());
        Optional<String> scope = authorizer.allows(Action.READ_PERSONAL_DATA, null) ? Optional.empty()
                : Optional.of(actor.unitCode());
        return deliveries.find(new DeliveryFilter(recipient, eventId, scope), PageQuery.of(page, size))
                .map(DeliveryResponse::of);
    }

    /** @param traceId the trace that led from the request that caused the event to this email (W3C trace id) */
    record DeliveryResponse(String eventId, String eventType, String campaignId, String recipient, String subject,
                            DeliveryStatus status, int attempts, Instant sentAt, String traceId) {

        static DeliveryResponse of(Delivery delivery) {
            return new DeliveryResponse(delivery.eventId(), delivery.eventType(), delivery.campaignId(),
                    delivery.recipient(), delivery.subject(), delivery.status().reported(), delivery.attempts(),
                    delivery.sentAt(), delivery.traceId());
        }
    }
}
