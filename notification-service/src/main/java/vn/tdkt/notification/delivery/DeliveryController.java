package vn.tdkt.notification.delivery;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.support.audit.Audit;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.security.Action;
import vn.tdkt.support.security.Actor;
import vn.tdkt.support.security.Authorizer;
import vn.tdkt.support.security.PersonalData;

/**
 * What was sent to whom and when. Recipients are personal data: an administrator reads every
 * delivery, an officer or leader those sent for their unit's subtree, and each read is audited.
 * A malformed eventId is a 400 problem naming it. Operators requeue DEAD deliveries without seeing them.
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

    /**
     * {@code status} one of PENDING, SENT, FAILED, DEAD (operators list DEAD ones to requeue them); {@code from}
     * inclusive and {@code to} exclusive on the creation time (ISO-8601 instants); {@code from} after {@code to} is
     * a 400 naming {@code from}.
     */
    @GetMapping
    PageResponse<DeliveryResponse> list(@RequestParam Optional<String> recipient, @RequestParam Optional<UUID> eventId,
                                        @RequestParam Optional<ReportedStatus> status,
                                        @RequestParam Optional<String> eventType,
                                        @RequestParam Optional<Instant> from, @RequestParam Optional<Instant> to,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        Audit.personalDataRead("delivery.list", recipient.map(r -> "recipient:" + PersonalData.maskEmail(r))
                .or(() -> eventId.map(id -> "event:" + id)).orElse("deliveries"));
        Actor actor = authorizer.actor();
        authorizer.require(Action.READ_PERSONAL_DATA, actor.unitCode());
        Optional<String> scope = authorizer.allows(Action.READ_PERSONAL_DATA, null) ? Optional.empty()
                : Optional.of(actor.unitCode());
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new InvalidInputException("from", "must not be after to");
        }
        return deliveries.find(new DeliveryFilter(recipient, eventId, scope,
                        status.map(ReportedStatus::status), eventType, from, to), PageQuery.of(page, size))
                .map(DeliveryResponse::of);
    }

    /**
     * Sends DEAD deliveries again (after an SMTP outage longer than the retries, say): back to PENDING, attempts
     * from zero, due now. The answer is a count, not the recipients: the operator sees no personal data.
     */
    @PostMapping("/requeue")
    RequeueResult requeue(@Valid @RequestBody RequeueRequest request) {
        Audit.command("delivery.requeue", request.target());
        authorizer.require(Action.OPERATE, null);
        return new RequeueResult(deliveries.requeueDead(Optional.ofNullable(request.eventId()),
                request.ids() == null ? List.of() : request.ids()));
    }

    /**
     * Which deliveries to requeue: every DEAD one, or those of one event and/or with the given ids (combined).
     *
     * @param status only {@code DEAD} (required, so that the request says what it takes back)
     * @param ids    delivery ids as the dispatcher's log lines name them
     */
    record RequeueRequest(@NotNull Requeueable status, UUID eventId,
                          @Size(max = 200) List<@NotBlank @Size(max = 64) String> ids) {

        String target() {
            return "deliveries:" + status + (eventId == null ? "" : " event:" + eventId)
                    + (ids == null || ids.isEmpty() ? "" : " ids:" + ids.size());
        }
    }

    enum Requeueable { DEAD }

    /** The statuses the REST contract knows (SENDING is reported as PENDING and not asked for by name). */
    enum ReportedStatus {
        PENDING, SENT, FAILED, DEAD;

        DeliveryStatus status() {
            return DeliveryStatus.valueOf(name());
        }
    }

    record RequeueResult(long requeued) {
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
