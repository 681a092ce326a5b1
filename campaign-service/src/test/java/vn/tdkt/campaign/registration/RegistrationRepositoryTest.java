package vn.tdkt.campaign.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tdkt.campaign.registration.RegistrationFixtures.CLOCK;

import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.tdkt.campaign.EmbeddedMongo;
import vn.tdkt.campaign.MongoConfiguration;
import vn.tdkt.events.EventJson;
import vn.tdkt.events.registration.CampaignRegistrationSubmitted;
import vn.tdkt.support.outbox.OutboxProperties;
import vn.tdkt.support.outbox.OutboxWrites;

/** Registrations against embedded-mongo: one per campaign and unit, versioned, their events in the document. */
@DataMongoTest
@Import({RegistrationRepository.class, OutboxWrites.class, MongoConfiguration.class})
@EnableConfigurationProperties(OutboxProperties.class)
class RegistrationRepositoryTest {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        EmbeddedMongo.register(registry, "tdkt_campaign_registration_repository");
    }

    @Autowired
    RegistrationRepository registrations;
    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void empty() {
        mongo.remove(new Query(), RegistrationDocument.COLLECTION);
    }

    private Registration registered(String unit) {
        Registration.Submission submission = Registration.submit(
                new RegistrationId(RegistrationFixtures.CAMPAIGN_ID, unit), "LS-STC", RegistrationFixtures.officeForm(),
                CLOCK);
        registrations.insert(submission.registration(), submission.events());
        return submission.registration();
    }

    @Test
    void aRegistrationRoundTripsWithItsEventAndVietnameseNames() {
        Registration registration = registered("LS-STC-VP");

        Registration read = registrations.find(registration.id()).orElseThrow();
        assertThat(read.form()).isEqualTo(RegistrationFixtures.officeForm());
        assertThat(read.version()).isZero();
        Document stored = mongo.getCollection(RegistrationDocument.COLLECTION)
                .find(new Document("_id", registration.id().value())).first();
        assertThat(stored.getList("pendingEvents", Document.class)).singleElement().satisfies(event -> {
            assertThat(event.getString("type")).isEqualTo("tdkt.campaign.registration-submitted.v1");
            assertThat(event.getString("key")).isEqualTo(RegistrationFixtures.CAMPAIGN_ID + ":LS-STC-VP");
            assertThat(EventJson.read(event.getString("payload"), CampaignRegistrationSubmitted.class).individuals())
                    .containsExactly(RegistrationFixtures.HANG, RegistrationFixtures.DUC);
        });
    }

    @Test
    void registeringAgainIsANewVersionAndAStaleOneIsRefused() {
        Registration first = registered("LS-STC-VP");
        Registration a = registrations.find(first.id()).orElseThrow();
        Registration b = registrations.find(first.id()).orElseThrow();
        registrations.update(a, a.resubmit(new Registration.Form(List.of("Cờ thi đua"), List.of(), List.of()), CLOCK));

        assertThatThrownBy(() -> registrations.update(b, b.resubmit(new Registration.Form(List.of("Giấy khen"),
                List.of(), List.of()), CLOCK))).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(registrations.find(first.id()).orElseThrow().form().collectiveTitles()).containsExactly("Cờ thi đua");
        assertThat(registrations.find(first.id()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void oneRegistrationPerCampaignAndUnit() {
        registered("LS-STC-VP");

        assertThatThrownBy(() -> registered("LS-STC-VP")).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void theOrganisersViewReadsOneCampaignsUnitsAndAPageOfRegistrations() {
        registered("LS-STC-VP");
        registered("LS-STC-TTRA");
        Registration other = Registration.submit(new RegistrationId("11111111-1111-4111-8111-111111111111", "LS-CL"),
                "LS", RegistrationFixtures.officeForm(), CLOCK).registration();
        registrations.insert(other, List.of());

        assertThat(registrations.registeredUnits(RegistrationFixtures.CAMPAIGN_ID))
                .containsExactlyInAnyOrder("LS-STC-VP", "LS-STC-TTRA");
        assertThat(registrations.findAll(RegistrationFixtures.CAMPAIGN_ID, List.of("LS-STC-VP", "LS-STC-TTRA", "LS")))
                .extracting(r -> r.id().unitCode()).containsExactly("LS-STC-TTRA", "LS-STC-VP");
    }
}
