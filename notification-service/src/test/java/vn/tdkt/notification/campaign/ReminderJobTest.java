package vn.tdkt.notification.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static vn.tdkt.notification.campaign.CampaignFixtures.GIAI_PHONG;
import static vn.tdkt.notification.campaign.CampaignFixtures.QUOC_KHANH;
import static vn.tdkt.notification.campaign.CampaignFixtures.TITLE;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.tdkt.embeddedmongo.EmbeddedMongoServer;
import vn.tdkt.events.campaign.CampaignPhaseChanged;
import vn.tdkt.events.campaign.Milestone;
import vn.tdkt.events.registration.CampaignRegistrationSubmitted;
import vn.tdkt.notification.delivery.Deliveries;
import vn.tdkt.notification.delivery.OutgoingEmail;
import vn.tdkt.notification.template.TestTemplates;
import vn.tdkt.notification.unit.FakeUnits;

/**
 * The reminder job on embedded-mongo with a fixed clock: the projection from campaign events, what is due
 * when, each (reminder, recipient) queued once across rounds and instances, registered units left out.
 * The deliveries stand in for the unique (eventId, recipient) index that {@code DeliveryStoreTest} checks.
 */
class ReminderJobTest {

    private static EmbeddedMongoServer server;
    private static MongoClient client;

    private final FakeUnits units = new FakeUnits()
            .unit("UBT", "UBND tỉnh Lạng Sơn", "vanphong@langson.gov.vn")
            .unit("SNV", "Sở Nội vụ", "thidua@snv.langson.gov.vn", "VanThu@snv.langson.gov.vn")
            .unit("SGD", "Sở Giáo dục và Đào tạo", "thidua@sgd.langson.gov.vn");
    private final Map<String, OutgoingEmail> queued = new ConcurrentHashMap<>();
    private final List<OutgoingEmail> attempted = Collections.synchronizedList(new ArrayList<>());
    private MongoTemplate mongo;
    private CampaignPlans plans;
    private CampaignRegistrations registrations;
    private Deliveries deliveries;

    @BeforeAll
    static void startServer() {
        server = EmbeddedMongoServer.builder().bindAddress("127.0.0.1").port(0).build().start();
        client = MongoClients.create(server.connectionString());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.close();
    }

    @BeforeEach
    void freshDatabase() {
        mongo = new MongoTemplate(client, "reminders_" + UUID.randomUUID().toString().substring(0, 8));
        plans = new CampaignPlans(mongo);
        registrations = new CampaignRegistrations(mongo);
        deliveries = mock(Deliveries.class);
        when(deliveries.enqueue(anyList())).thenAnswer(call -> {
            List<OutgoingEmail> emails = call.getArgument(0);
            attempted.addAll(emails);
            return (int) emails.stream().filter(e -> queued.putIfAbsent(e.eventId() + "|" + e.recipient(), e) == null)
                    .count();
        });
    }

    /** 08:00 in Hà Nội on that day. */
    private ReminderJob jobOn(LocalDate day) {
        return jobOn(day, new ReminderProperties(Duration.ofDays(7), Duration.ofDays(3), Duration.ofHours(1)));
    }

    /** Reminders 3 days and 1 day before the registration deadline; escalation the day after it. */
    private ReminderJob steppedJobOn(LocalDate day) {
        return jobOn(day, new ReminderProperties(null, null, Duration.ofHours(1), null,
                List.of(Duration.ofDays(1), Duration.ofDays(3)), Duration.ofDays(1)));
    }

    private ReminderJob jobOn(LocalDate day, ReminderProperties properties) {
        Clock clock = Clock.fixed(day.atTime(8, 0).toInstant(ZoneOffset.ofHours(7)), ZoneOffset.UTC);
        return new ReminderJob(plans, registrations, units.resolver(), deliveries, properties,
                new SimpleMeterRegistry(), clock, TestTemplates.templates());
    }

    private static CampaignPhaseChanged moved(String id, long version, String from, String to, LocalDate deadline,
                                              Milestone... milestones) {
        return new CampaignPhaseChanged(UUID.randomUUID(), Instant.now(), id, version, TITLE, null, "UBT",
                List.of("SNV", "SGD"), from, to, CampaignFixtures.START, CampaignFixtures.END, null, "THEMATIC", null,
                List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(milestones), List.of(), deadline);
    }

    private static CampaignRegistrationSubmitted registered(String campaignId, String unit) {
        return new CampaignRegistrationSubmitted(UUID.randomUUID(), Instant.now(), campaignId + ":" + unit, 0,
                campaignId, unit, "UBT", List.of("Tập thể lao động xuất sắc"), List.of(), List.of());
    }

    private List<String> recipients() {
        return queued.values().stream().map(OutgoingEmail::recipient).sorted().toList();
    }

    @Test
    void aMilestoneIsRemindedToOrganiserAndListOnceItsLeadTimeHasCome() {
        plans.apply(moved("c-80", 2, "DRAFT", "LAUNCHED", null, QUOC_KHANH));

        assertThat(jobOn(LocalDate.of(2025, 8, 25)).run()).isZero();
        assertThat(jobOn(LocalDate.of(2025, 8, 26)).run()).isEqualTo(1);

        assertThat(recipients()).containsExactly("thidua@sgd.langson.gov.vn", "thidua@snv.langson.gov.vn",
                "vanphong@langson.gov.vn", "vanthu@snv.langson.gov.vn");
        assertThat(queued.values()).allSatisfy(email -> {
            assertThat(email.eventType()).isEqualTo("tdkt.notification.milestone-reminder");
            assertThat(email.campaignId()).isEqualTo("c-80");
            assertThat(email.subject()).contains("Nhắc mốc 02/09/2025");
            assertThat(email.eventId()).isEqualTo(ReminderSchedule.Reminder.milestone(QUOC_KHANH.date(),
                    QUOC_KHANH.title()).eventId("c-80"));
        });
    }

    @Test
    void anAlreadyQueuedReminderIsNotComposedAgainAndTwoInstancesQueueEachRecipientOnce() {
        plans.apply(moved("c-80", 2, "DRAFT", "LAUNCHED", null, QUOC_KHANH));
        ReminderJob one = jobOn(LocalDate.of(2025, 8, 27));
        ReminderJob other = jobOn(LocalDate.of(2025, 8, 27));

        one.run();
        other.run();
        one.run();
        jobOn(LocalDate.of(2025, 8, 28)).run();

        assertThat(queued).hasSize(4);
        assertThat(attempted).hasSize(4); // later rounds see the reminder recorded and compose nothing
    }

    @Test
    void racingInstancesThatBothComposeStillQueueEachRecipientOnce() {
        plans.apply(moved("c-80", 2, "DRAFT", "LAUNCHED", null, QUOC_KHANH));
        jobOn(LocalDate.of(2025, 8, 27)).run();
        // The other instance read the plan before the first recorded the reminder: as if it had not.
        mongo.updateFirst(Query.query(Criteria.where("_id").is("c-80")), new Update().unset("reminded"),
                CampaignPlans.COLLECTION);
        jobOn(LocalDate.of(2025, 8, 27)).run();

        assertThat(attempted).hasSize(8);
        assertThat(queued).hasSize(4);
    }

    @Test
    void pastMilestonesAndCampaignsNoLongerRunningAreNotReminded() {
        plans.apply(moved("c-past", 2, "DRAFT", "LAUNCHED", null, GIAI_PHONG));
        plans.apply(moved("c-cancelled", 3, "LAUNCHED", "CANCELLED", null, QUOC_KHANH));
        plans.apply(moved("c-closed", 5, "FINAL_REVIEW", "CLOSED", null, QUOC_KHANH));
        plans.apply(moved("c-draft", 1, "DRAFT", "DRAFT", null, QUOC_KHANH));

        assertThat(jobOn(LocalDate.of(2025, 8, 30)).run()).isZero();
        assertThat(queued).isEmpty();
    }

    @Test
    void theNewestVersionWinsSoAnOlderEventCannotReviveACancelledCampaign() {
        plans.apply(moved("c-80", 3, "LAUNCHED", "CANCELLED", null, QUOC_KHANH));
        plans.apply(moved("c-80", 2, "DRAFT", "LAUNCHED", null, QUOC_KHANH)); // replayed dead letter

        assertThat(jobOn(LocalDate.of(2025, 8, 30)).run()).isZero();
    }

    @Test
    void theRegistrationDeadlineIsRemindedOnlyToUnitsThatHaveNotRegistered() {
        plans.apply(moved("c-80", 2, "DRAFT", "LAUNCHED", LocalDate.of(2025, 3, 31)));
        registrations.record(registered("c-80", "SNV"));
        registrations.record(registered("c-other", "SGD"));

        assertThat(jobOn(LocalDate.of(2025, 3, 28)).run()).isEqualTo(1);

        assertThat(recipients()).containsExactly("thidua@sgd.langson.gov.vn");
        OutgoingEmail email = queued.values().iterator().next();
        assertThat(email.eventType()).isEqualTo("tdkt.notification.registration-reminder");
        assertThat(email.body()).startsWith("Kính gửi: Sở Giáo dục và Đào tạo,");
        assertThat(email.unitPath()).containsExactly("SGD");
    }

    @Test
    void aMergedUnitWhoseSuccessorRegisteredIsNotReminded() {
        units.unit("LS-NL", "UBND xã Nhân Lý", "thidua@nhanly.gov.vn").mergedInto("LS-NL", "LS-CL-NL", "cu@nhanly.gov.vn")
                .unit("LS-TL", "UBND xã Tân Liên", "thidua@tanlien.gov.vn").mergedInto("LS-TL", "LS-CL-TL");
        plans.apply(new CampaignPhaseChanged(UUID.randomUUID(), Instant.now(), "c-xa", 2, TITLE, null, "UBT",
                List.of("LS-CL-NL", "LS-CL-TL"), "DRAFT", "LAUNCHED", CampaignFixtures.START, CampaignFixtures.END,
                null, "THEMATIC", null, List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), LocalDate.of(2025, 3, 31)));
        registrations.record(registered("c-xa", "LS-NL"));

        jobOn(LocalDate.of(2025, 3, 31)).run();

        assertThat(recipients()).containsExactly("thidua@tanlien.gov.vn");
    }

    @Test
    void aReminderWhoseUnitsAreNotProjectedYetWaitsForALaterRound() {
        plans.apply(new CampaignPhaseChanged(UUID.randomUUID(), Instant.now(), "c-new", 2, TITLE, null, "UBT",
                List.of("UBX"), "DRAFT", "LAUNCHED", CampaignFixtures.START, CampaignFixtures.END, null, "THEMATIC",
                null, List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(QUOC_KHANH), List.of(),
                null));

        assertThat(jobOn(LocalDate.of(2025, 8, 30)).run()).isZero();
        units.unit("UBX", "UBND xã", "ubx@x.gov.vn");
        assertThat(jobOn(LocalDate.of(2025, 8, 30)).run()).isEqualTo(1);

        assertThat(recipients()).containsExactly("ubx@x.gov.vn", "vanphong@langson.gov.vn");
    }

    @Test
    void eachStepBeforeTheDeadlineIsOneReminderAndAMissedDeadlineEscalatesToTheLeaderOnce() {
        units.leader("SGD", "giamdoc@sgd.langson.gov.vn");
        plans.apply(moved("c-80", 2, "DRAFT", "LAUNCHED", LocalDate.of(2025, 3, 31)));
        registrations.record(registered("c-80", "SNV"));

        assertThat(steppedJobOn(LocalDate.of(2025, 3, 28)).run()).as("3 days before").isEqualTo(1);
        assertThat(steppedJobOn(LocalDate.of(2025, 3, 29)).run()).isZero();
        assertThat(steppedJobOn(LocalDate.of(2025, 3, 30)).run()).as("1 day before").isEqualTo(1);
        assertThat(steppedJobOn(LocalDate.of(2025, 3, 31)).run()).isZero();
        ReminderJob one = steppedJobOn(LocalDate.of(2025, 4, 1));
        ReminderJob other = steppedJobOn(LocalDate.of(2025, 4, 1));
        one.run();
        other.run();
        steppedJobOn(LocalDate.of(2025, 4, 2)).run();

        assertThat(queued.values()).extracting(OutgoingEmail::eventType).containsExactlyInAnyOrder(
                "tdkt.notification.registration-reminder", "tdkt.notification.registration-reminder",
                "tdkt.notification.registration-escalation");
        assertThat(queued.values()).filteredOn(e -> e.eventType().endsWith("escalation")).singleElement()
                .satisfies(escalation -> {
                    assertThat(escalation.recipient()).isEqualTo("giamdoc@sgd.langson.gov.vn");
                    assertThat(escalation.subject()).isEqualTo("[Thi đua – Khen thưởng] Quá hạn đăng ký thi đua: Sở"
                            + " Giáo dục và Đào tạo – " + TITLE);
                    assertThat(escalation.body()).startsWith("Kính gửi: Lãnh đạo Sở Giáo dục và Đào tạo,")
                            .contains("hạn đăng ký là hết ngày 31/03/2025 đã qua");
                    assertThat(escalation.unitPath()).containsExactly("SGD");
                });
    }

    @Test
    void withoutANamedLeaderTheParentUnitIsTold() {
        units.unitUnder("UBT", "SGD", "Sở Giáo dục và Đào tạo", "thidua@sgd.langson.gov.vn");
        plans.apply(moved("c-80", 2, "DRAFT", "LAUNCHED", LocalDate.of(2025, 3, 31)));
        registrations.record(registered("c-80", "SNV"));

        steppedJobOn(LocalDate.of(2025, 4, 3)).run();

        assertThat(queued.values()).singleElement().satisfies(escalation -> {
            assertThat(escalation.eventType()).isEqualTo("tdkt.notification.registration-escalation");
            assertThat(escalation.recipient()).isEqualTo("vanphong@langson.gov.vn");
            assertThat(escalation.unitPath()).containsExactly("UBT");
        });
    }

    @Test
    void aDeadlineMovedOrMetCancelsItsPendingReminders() {
        plans.apply(moved("c-80", 2, "DRAFT", "LAUNCHED", LocalDate.of(2025, 3, 31)));
        registrations.record(registered("c-80", "SNV"));
        steppedJobOn(LocalDate.of(2025, 3, 28)).run();
        assertThat(queued).hasSize(1);

        plans.apply(moved("c-80", 3, "LAUNCHED", "LAUNCHED", LocalDate.of(2025, 4, 30)));
        assertThat(steppedJobOn(LocalDate.of(2025, 3, 30)).run()).as("the old date's last step").isZero();
        assertThat(steppedJobOn(LocalDate.of(2025, 4, 1)).run()).as("nor its escalation").isZero();
        registrations.record(registered("c-80", "SGD"));
        steppedJobOn(LocalDate.of(2025, 4, 29)).run();
        steppedJobOn(LocalDate.of(2025, 5, 2)).run();

        assertThat(queued).as("every unit registered: nobody reminded or escalated for the new date").hasSize(1);
    }
}
