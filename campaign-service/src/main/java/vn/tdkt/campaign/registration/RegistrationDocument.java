package vn.tdkt.campaign.registration;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.events.registration.IndividualTarget;
import vn.tdkt.support.outbox.PendingEvent;

/**
 * How a registration is stored, with its version and its events not yet published. Indexed by
 * campaign and unit: the organiser's list reads one campaign's registrations in unit order.
 */
@Document(RegistrationDocument.COLLECTION)
@CompoundIndex(name = "campaign_unit", def = "{'campaignId': 1, 'unitCode': 1}", unique = true)
record RegistrationDocument(@Id String id, String campaignId, String unitCode, String organiserUnitCode,
                            List<String> collectiveTitles, List<String> commitments,
                            List<IndividualTarget> individuals, Instant firstSubmittedAt, Instant submittedAt,
                            @Version Long version, List<PendingEvent> pendingEvents) {

    static final String COLLECTION = "registrations";

    static RegistrationDocument of(Registration registration, List<PendingEvent> newEvents) {
        Registration.Form form = registration.form();
        return new RegistrationDocument(registration.id().value(), registration.id().campaignId(),
                registration.id().unitCode(), registration.organiserUnitCode(), form.collectiveTitles(),
                form.commitments(), form.individuals(), registration.firstSubmittedAt(), registration.submittedAt(),
                registration.version(), newEvents);
    }

    Registration toRegistration() {
        return Registration.restore(new RegistrationId(campaignId, unitCode), organiserUnitCode,
                new Registration.Form(collectiveTitles, commitments, individuals), firstSubmittedAt, submittedAt,
                version);
    }

    @Override
    public String toString() {
        return "RegistrationDocument " + id + " v" + version; // never the names
    }
}
