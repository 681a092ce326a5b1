package vn.tdkt.campaign.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.tdkt.campaign.EmbeddedMongo;
import vn.tdkt.campaign.MongoConfiguration;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.support.outbox.OutboxProperties;
import vn.tdkt.support.outbox.OutboxWrites;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.security.UnitTree;

/**
 * Organiser paths follow the tree on embedded-mongo: a commune moved to another district, two communes
 * merged (the 2025 reform). The tree is a map the test changes as the registry would.
 */
@DataMongoTest
@Import({CampaignRepository.class, OrganiserPaths.class, OutboxWrites.class, MongoConfiguration.class,
        OrganiserPathsRepositoryTest.MovableTree.class})
@EnableConfigurationProperties(OutboxProperties.class)
class OrganiserPathsRepositoryTest {

    private static final UnitCode NHAN_LY = new UnitCode("LS-CL-NL");
    private static final UnitCode DONG_MO = new UnitCode("LS-CL-DM");
    private static final UnitCode SUCCESSOR = new UnitCode("LS-CL-XNL");

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        EmbeddedMongo.register(registry, "tdkt_campaign_organiser_paths");
    }

    @Autowired
    CampaignRepository campaigns;
    @Autowired
    OrganiserPaths paths;
    @Autowired
    MovableTree tree;
    @Autowired
    MongoTemplate mongo;

    private int minute;

    /** LS ─┬─ LS-CL ─┬─ LS-CL-NL ── LS-CL-NL-VP;  LS-CL ── LS-CL-DM;  LS ── LS-HL. */
    @BeforeEach
    void tree() {
        mongo.remove(new Query(), CampaignDocument.COLLECTION);
        tree.parents.clear();
        tree.parents.putAll(Map.of("LS-CL", "LS", "LS-HL", "LS", "LS-CL-NL", "LS-CL", "LS-CL-DM", "LS-CL",
                "LS-CL-NL-VP", "LS-CL-NL"));
    }

    private Campaign drafted(String organiser, String title) {
        Campaign.Plan plan = new Campaign.Plan(title, null, CampaignKind.REGULAR, new UnitCode(organiser), null,
                List.of(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), List.of());
        Campaign.Draft draft = Campaign.draft(CampaignId.newId(), plan,
                Clock.offset(CampaignFixtures.CLOCK, Duration.ofMinutes(minute++)));
        campaigns.insert(draft.campaign(), draft.events());
        return draft.campaign();
    }

    private List<String> subtree(String organiser) {
        return campaigns.search(new CampaignRepository.CampaignFilter(new UnitCode(organiser), true, null, null, null,
                List.of()), new PageQuery(0, 20)).items().stream().map(c -> c.plan().title()).toList();
    }

    private Document stored(String title) {
        return mongo.getCollection(CampaignDocument.COLLECTION).find(new Document("title", title)).first();
    }

    @Test
    void aMovedCommunesCampaignsAndThoseBelowItAreFoundUnderTheNewDistrictOnly() {
        drafted("LS-CL-NL", "Xã Nhân Lý");
        drafted("LS-CL-NL-VP", "Văn phòng xã");
        drafted("LS-CL-DM", "Xã Đồng Mỏ");
        long versionBefore = stored("Xã Nhân Lý").getLong("version");

        tree.parents.put("LS-CL-NL", "LS-HL");
        paths.moved(NHAN_LY, List.of(new UnitCode("LS-HL"), new UnitCode("LS")));

        assertThat(subtree("LS-HL")).containsExactly("Xã Nhân Lý", "Văn phòng xã");
        assertThat(subtree("LS-CL")).containsExactly("Xã Đồng Mỏ");
        assertThat(stored("Văn phòng xã").getList("organiserPath", String.class))
                .containsExactly("LS-CL-NL-VP", "LS-CL-NL", "LS-HL", "LS");
        // derived search data: no new version, no event for the relay
        assertThat(stored("Xã Nhân Lý").getLong("version")).isEqualTo(versionBefore);
        assertThat(stored("Xã Nhân Lý").getList("pendingEvents", Document.class)).hasSize(1);
    }

    @Test
    void aSearchUnderTheSuccessorFindsItsPredecessorsCampaignsAndTheOldCodesStillFindTheirOwn() {
        drafted("LS-CL-NL", "Xã Nhân Lý 2024");
        drafted("LS-CL-DM", "Xã Đồng Mỏ 2024");
        drafted("LS-CL-NL-VP", "Văn phòng xã Nhân Lý");
        drafted("LS-HL", "Huyện Hữu Lũng");

        // as the registry answers after the merger: a merged unit's parent is its successor; children follow it
        tree.parents.put(SUCCESSOR.value(), "LS-CL");
        tree.parents.put("LS-CL-NL", SUCCESSOR.value());
        tree.parents.put("LS-CL-DM", SUCCESSOR.value());
        tree.parents.put("LS-CL-NL-VP", SUCCESSOR.value());
        paths.merged(List.of(NHAN_LY, DONG_MO), SUCCESSOR, List.of(new UnitCode("LS-CL"), new UnitCode("LS")));
        drafted(SUCCESSOR.value(), "Xã Nhân Lý mới 2026");

        assertThat(subtree(SUCCESSOR.value())).containsExactly("Xã Nhân Lý 2024", "Xã Đồng Mỏ 2024",
                "Văn phòng xã Nhân Lý", "Xã Nhân Lý mới 2026");
        assertThat(subtree("LS-CL-NL")).containsExactly("Xã Nhân Lý 2024");
        assertThat(subtree("LS-CL")).hasSize(4);
        assertThat(stored("Xã Đồng Mỏ 2024").getList("organiserPath", String.class))
                .containsExactly("LS-CL-DM", "LS-CL-XNL", "LS-CL", "LS");
    }

    @Test
    void refreshingTwiceChangesNothingMoreAndUnaffectedCampaignsAreNotTouched() {
        drafted("LS-CL-NL", "Xã Nhân Lý");
        drafted("LS-HL", "Huyện Hữu Lũng");
        tree.parents.put("LS-CL-NL", "LS-HL");

        assertThat(campaigns.refreshPaths(List.of(NHAN_LY))).isEqualTo(1);
        assertThat(campaigns.refreshPaths(List.of(NHAN_LY))).isEqualTo(1);
        assertThat(campaigns.refreshPaths(List.of(new UnitCode("LS-XX")))).isZero();
        assertThat(stored("Xã Nhân Lý").getList("organiserPath", String.class))
                .containsExactly("LS-CL-NL", "LS-HL", "LS");
        assertThat(stored("Huyện Hữu Lũng").getList("organiserPath", String.class)).containsExactly("LS-HL", "LS");
    }

    /** A unit tree the test rearranges. */
    static class MovableTree implements UnitTree {

        final Map<String, String> parents = new ConcurrentHashMap<>();

        @Override
        public Optional<String> parentOf(String unitCode) {
            return Optional.ofNullable(parents.get(unitCode));
        }
    }
}
