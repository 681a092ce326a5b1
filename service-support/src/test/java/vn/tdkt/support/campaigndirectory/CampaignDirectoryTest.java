package vn.tdkt.support.campaigndirectory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.tdkt.events.campaign.CampaignCreated;
import vn.tdkt.events.campaign.CampaignEvent;
import vn.tdkt.events.campaign.CampaignMilestoneAdded;
import vn.tdkt.events.campaign.Milestone;
import vn.tdkt.events.campaign.CampaignPhaseChanged;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.testing.Concurrently;
import vn.tdkt.support.testing.TestInfrastructure;

/** The projection's version guard against a real wire-protocol server (embedded-mongo, in memory). */
class CampaignDirectoryTest {

    private final Instant now = Instant.parse("2026-11-24T05:00:00Z");
    private MongoTemplate mongo;
    private CampaignDirectory directory;

    @BeforeEach
    void freshDatabase() {
        mongo = TestInfrastructure.mongoTemplate("campaigndirectory_" + UUID.randomUUID().toString().substring(0, 8));
        directory = new CampaignDirectory(mongo, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static CampaignEvent created(String id, long version, String title) {
        return new CampaignCreated(UUID.randomUUID(), Instant.now(), id, version, title, "Đổi mới, sáng tạo",
                "PERIODIC", "SGD", null, List.of(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                List.of("SGD"), "DRAFT");
    }

    private static CampaignEvent phaseChanged(String id, long version, String title, String from, String to) {
        return new CampaignPhaseChanged(UUID.randomUUID(), Instant.now(), id, version, title, "Đổi mới, sáng tạo",
                "SGD", List.of("SGD"), from, to, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    }

    @Test
    void aCreatedEventStoresTheCampaignInItsPhase() {
        assertThat(directory.apply(created("c-1", 1, "Dạy tốt, học tốt"))).isTrue();

        assertThat(directory.find("c-1")).contains(
                new DirectoryCampaign("c-1", "Dạy tốt, học tốt", "SGD", null, "DRAFT", 1, now));
    }

    @Test
    void theCampaignItImplementsIsKeptAndEveryCampaignEventCounts() {
        directory.apply(new CampaignCreated(UUID.randomUUID(), Instant.now(), "c-2", 0, "Thi đua Sở Tài chính",
                null, "THEMATIC", "LS-STC", "c-1", List.of(), LocalDate.of(2024, 11, 20), LocalDate.of(2025, 12, 31),
                List.of(), "DRAFT"));
        directory.apply(new CampaignMilestoneAdded(UUID.randomUUID(), Instant.now(), "c-2", 2,
                "Thi đua Sở Tài chính", null, "THEMATIC", "LS-STC", "c-1", List.of(), LocalDate.of(2024, 11, 20),
                LocalDate.of(2025, 12, 31), List.of(), "LAUNCHED", null, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), null, new Milestone(LocalDate.of(2025, 9, 2), "Quốc khánh")));

        assertThat(directory.find("c-2")).hasValueSatisfying(campaign -> {
            assertThat(campaign.parentCampaignId()).isEqualTo("c-1");
            assertThat(campaign.phase()).isEqualTo("LAUNCHED");
            assertThat(campaign.version()).isEqualTo(2);
        });
    }

    @Test
    void aPhaseChangeMovesTheCampaignToItsTarget() {
        directory.apply(created("c-1", 1, "Dạy tốt, học tốt"));

        assertThat(directory.apply(phaseChanged("c-1", 2, "Dạy tốt, học tốt", "DRAFT", "LAUNCHED"))).isTrue();

        DirectoryCampaign campaign = directory.find("c-1").orElseThrow();
        assertThat(campaign.phase()).isEqualTo("LAUNCHED");
        assertThat(campaign.version()).isEqualTo(2);
    }

    @Test
    void anOlderOrEqualVersionIsIgnored() {
        directory.apply(phaseChanged("c-1", 3, "Phiên bản 3", "LAUNCHED", "MIDTERM_REVIEW"));

        assertThat(directory.apply(created("c-1", 1, "Phiên bản 1"))).isFalse();
        assertThat(directory.apply(phaseChanged("c-1", 3, "Phiên bản 3 lặp", "LAUNCHED", "CANCELLED"))).isFalse();

        DirectoryCampaign campaign = directory.find("c-1").orElseThrow();
        assertThat(campaign.title()).isEqualTo("Phiên bản 3");
        assertThat(campaign.phase()).isEqualTo("MIDTERM_REVIEW");
        assertThat(campaign.version()).isEqualTo(3);
        assertThat(mongo.getCollection(CampaignDirectory.COLLECTION).countDocuments()).isEqualTo(1);
    }

    @Test
    void concurrentOutOfOrderEventsEndAtTheNewestVersion() throws Exception {
        List<CampaignEvent> events = new ArrayList<>();
        for (int version = 1; version <= 30; version++) {
            events.add(phaseChanged("c-1", version, "Phiên bản " + version, "LAUNCHED", "MIDTERM_REVIEW"));
            events.add(phaseChanged("c-1", version, "Phiên bản " + version, "LAUNCHED", "MIDTERM_REVIEW"));
        }
        Collections.shuffle(events, new Random(42));
        Concurrently.applyAll(events, directory::apply, 6);

        DirectoryCampaign campaign = directory.find("c-1").orElseThrow();
        assertThat(campaign.version()).isEqualTo(30);
        assertThat(campaign.title()).isEqualTo("Phiên bản 30");
        assertThat(mongo.getCollection(CampaignDirectory.COLLECTION).countDocuments()).isEqualTo(1);
    }

    @Test
    void listsByIdAndAnUnknownIdIsEmpty() {
        directory.apply(created("c-b", 1, "B"));
        directory.apply(created("c-a", 1, "A"));

        assertThat(directory.page(new PageQuery(0, PageQuery.MAX_SIZE)).items()).extracting(DirectoryCampaign::id).containsExactly("c-a", "c-b");
        assertThat(directory.find("nope")).isEmpty();
    }
}
