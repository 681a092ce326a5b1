package vn.tdkt.notification.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static vn.tdkt.notification.campaign.CampaignFixtures.QUOC_KHANH;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.observation.ObservationRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.tdkt.embeddedmongo.EmbeddedMongoServer;
import vn.tdkt.events.campaign.CampaignMilestoneAdded;
import vn.tdkt.events.campaign.CampaignResponsibilityAdded;
import vn.tdkt.events.campaign.Responsibility;
import vn.tdkt.events.unit.UnitRegistered;
import vn.tdkt.notification.delivery.Deliveries;
import vn.tdkt.notification.delivery.OutgoingEmail;
import vn.tdkt.notification.template.TestTemplates;
import vn.tdkt.notification.unit.FakeUnits;

/** Who is mailed about additions after launch, with parking on embedded-mongo as in production. */
class CampaignNotifierTest {

    private static EmbeddedMongoServer server;
    private static MongoClient client;

    private final FakeUnits units = new FakeUnits()
            .unit("UBT", "UBND tỉnh Lạng Sơn", "vanphong@langson.gov.vn")
            .unit("SNV", "Sở Nội vụ", "thidua@snv.langson.gov.vn")
            .unit("SGD-MOI", "Sở Giáo dục và Đào tạo", "thidua@sgd.langson.gov.vn")
            .mergedInto("SGD-MOI", "SGD", "cu@sgd.langson.gov.vn");
    private final List<OutgoingEmail> queued = new ArrayList<>();
    private CampaignNotifier notifier;

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
    void notifier() {
        MongoTemplate mongo = new MongoTemplate(client, "notifier_" + UUID.randomUUID().toString().substring(0, 8));
        Deliveries deliveries = mock(Deliveries.class);
        when(deliveries.enqueue(anyList())).thenAnswer(call -> {
            queued.addAll(call.getArgument(0));
            return call.<List<?>>getArgument(0).size();
        });
        notifier = new CampaignNotifier(units.resolver(), deliveries, new ParkedEvents(mongo), new PhaseLedger(mongo),
                ObservationRegistry.NOOP, TestTemplates.templates());
    }

    @Test
    void aMilestoneAddedAfterLaunchGoesToTheOrganiserAndTheListAMergedUnitsSuccessorIncluded() {
        CampaignMilestoneAdded added = CampaignFixtures.milestoneAdded("LAUNCHED", QUOC_KHANH);

        notifier.on(added);

        assertThat(queued).extracting(OutgoingEmail::recipient).containsExactly("vanphong@langson.gov.vn",
                "thidua@snv.langson.gov.vn", "thidua@sgd.langson.gov.vn");
        assertThat(queued).allSatisfy(email -> {
            assertThat(email.eventId()).isEqualTo(added.eventId());
            assertThat(email.eventType()).isEqualTo("tdkt.campaign.milestone-added.v1");
            assertThat(email.campaignId()).isEqualTo("c-80");
            assertThat(email.subject()).contains("Bổ sung mốc 02/09/2025");
        });
    }

    @Test
    void aResponsibilityGoesToTheResponsibleUnitOnly() {
        notifier.on(CampaignFixtures.responsibilityAdded("MIDTERM_REVIEW",
                new Responsibility("SGD", "Phát động thi đua trong các trường học", LocalDate.of(2025, 10, 1))));

        assertThat(queued).extracting(OutgoingEmail::recipient).containsExactly("thidua@sgd.langson.gov.vn");
        assertThat(queued.getFirst().unitPath()).containsExactly("SGD-MOI");
        assertThat(queued.getFirst().body()).startsWith("Kính gửi: Sở Giáo dục và Đào tạo,")
                .contains("Thời hạn hoàn thành: 01/10/2025");
    }

    @Test
    void additionsToADraftAreNotMailed() {
        notifier.on(CampaignFixtures.milestoneAdded("DRAFT", QUOC_KHANH));
        notifier.on(CampaignFixtures.responsibilityAdded("DRAFT", new Responsibility("SNV", "Tuyên truyền", null)));

        assertThat(queued).isEmpty();
    }

    @Test
    void anAdditionNamingAnUnknownUnitIsParkedAndSentWhenTheUnitArrives() {
        CampaignResponsibilityAdded added = CampaignFixtures.responsibilityAdded("LAUNCHED",
                new Responsibility("PVH", "Tuyên truyền trên báo, đài", null));

        notifier.on(added);
        assertThat(queued).isEmpty();

        units.unit("PVH", "Phòng Văn hóa", "pvh@x.gov.vn");
        notifier.unitArrived(new UnitRegistered(UUID.randomUUID(), Instant.now(), "PVH", 0, "PVH", "Phòng Văn hóa",
                "DEPARTMENT", null, 10, List.of("pvh@x.gov.vn")));

        assertThat(queued).extracting(OutgoingEmail::recipient).containsExactly("pvh@x.gov.vn");
        assertThat(queued.getFirst().eventId()).isEqualTo(added.eventId());
    }
}
