package vn.tdkt.notification.bloc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.tdkt.events.EventCatalog;
import vn.tdkt.events.bloc.BlocEvent;
import vn.tdkt.events.bloc.BlocResultPublished;
import vn.tdkt.notification.delivery.Deliveries;
import vn.tdkt.notification.delivery.OutgoingEmail;
import vn.tdkt.notification.template.MailTemplates;
import vn.tdkt.notification.template.RenderedMail;
import vn.tdkt.notification.unit.RecipientResolver;

/**
 * Mails a bloc's published result to the contacts of each member unit (a merged member's successor), each
 * with its own place in the ranking, the whole ranking and the proposals. The other bloc events (drafting,
 * covenant, scorecards) concern the bloc's leader and members at work in campaign-service and are not mailed.
 *
 * <p>A member not in the unit projection fails the handling ({@code UnitsNotYetKnownException}), so the binder
 * retries and then dead-letters the event for an operator to replay, instead of parking it as campaign events
 * are: a result comes at the end of a bloc year, long after its members' unit events, so the race that parking
 * absorbs for a campaign drafted right after its units does not arise here; a member missing at that point is
 * a real fault worth an operator's look.
 */
@Service
class BlocResultNotifier {

    private static final Logger log = LoggerFactory.getLogger(BlocResultNotifier.class);

    private final RecipientResolver recipients;
    private final Deliveries deliveries;
    private final MailTemplates templates;

    BlocResultNotifier(RecipientResolver recipients, Deliveries deliveries, MailTemplates templates) {
        this.recipients = recipients;
        this.deliveries = deliveries;
        this.templates = templates;
    }

    void on(BlocEvent event) {
        if (event instanceof BlocResultPublished result) {
            notify(result);
        }
    }

    private void notify(BlocResultPublished result) {
        List<String> named = new ArrayList<>(new LinkedHashSet<>(result.memberUnitCodes()));
        result.ranking().forEach(entry -> named.add(entry.unitCode()));
        result.proposals().forEach(proposal -> named.add(proposal.unitCode()));
        named.add(result.organiserUnitCode());
        Map<String, String> current = recipients.currentCodes(result.memberUnitCodes());
        named.addAll(current.values());
        Map<String, String> names = recipients.namesOf(named);
        String type = EventCatalog.of(result).name();
        List<OutgoingEmail> emails = new ArrayList<>();
        for (String member : new LinkedHashSet<>(result.memberUnitCodes())) {
            RecipientResolver.Recipients resolved = recipients.resolveOnly(result.organiserUnitCode(), List.of(member));
            String addressee = names.getOrDefault(current.get(member), current.get(member));
            RenderedMail email = BlocResultEmail.compose(templates, result, member, addressee, names);
            resolved.emails().forEach((address, unitPath) -> emails.add(new OutgoingEmail(result.eventId(), type,
                    null, unitPath, address, email).at(result.occurredAt())));
        }
        int created = deliveries.enqueue(emails);
        log.info("Bloc {} result {}: {} deliveries queued ({} recipients)", result.aggregateId(), result.year(),
                created, emails.size());
    }
}
