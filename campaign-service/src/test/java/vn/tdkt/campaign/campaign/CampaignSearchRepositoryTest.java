package vn.tdkt.campaign.campaign;

import vn.tdkt.support.text.SearchTerms;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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
import vn.tdkt.support.testing.DemoUnitTree;

/**
 * The search and the cascade's query against embedded-mongo, on the demo tree (LS ─┬─ LS-CL ─┬─ LS-CL-NL,
 * LS ── LS-HL, LS-CL ── LS-CL-DM, LS ── LS-STC): subtree, year, phase, kind and folded words, each indexed.
 */
@DataMongoTest
@Import({CampaignRepository.class, OutboxWrites.class, MongoConfiguration.class, DemoUnitTree.class})
@EnableConfigurationProperties(OutboxProperties.class)
class CampaignSearchRepositoryTest {

    static final PageQuery FIRST_PAGE = new PageQuery(0, 20);

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        EmbeddedMongo.register(registry, "tdkt_campaign_campaign_search");
    }

    @Autowired
    CampaignRepository campaigns;
    @Autowired
    MongoTemplate mongo;

    private int minute;

    @BeforeEach
    void empty() {
        mongo.remove(new Query(), CampaignDocument.COLLECTION);
    }

    private Campaign drafted(String organiser, String title, CampaignKind kind, int year, CampaignId parent) {
        Campaign.Plan plan = new Campaign.Plan(title, null, kind, new UnitCode(organiser), parent, List.of(),
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), List.of());
        Clock clock = Clock.offset(CampaignFixtures.CLOCK, Duration.ofMinutes(minute++));
        Campaign.Draft draft = Campaign.draft(CampaignId.newId(), plan, clock);
        campaigns.insert(draft.campaign(), draft.events());
        return draft.campaign();
    }

    private List<String> titles(UnitCode organiser, boolean subtree, Integer year, Phase phase, CampaignKind kind,
                                String q) {
        return campaigns.search(new CampaignRepository.CampaignFilter(organiser, subtree, year, phase, kind,
                        q == null ? List.of() : SearchTerms.of(List.of(q))), FIRST_PAGE).items().stream()
                .map(c -> c.plan().title()).toList();
    }

    @Test
    void aSubtreeIsTheOrganiserAndEveryUnitBelowIt() {
        drafted("LS", "Tỉnh", CampaignKind.REGULAR, 2026, null);
        drafted("LS-CL", "Huyện Chi Lăng", CampaignKind.REGULAR, 2026, null);
        drafted("LS-CL-NL", "Xã Nhân Lý", CampaignKind.REGULAR, 2026, null);
        drafted("LS-HL", "Huyện Hữu Lũng", CampaignKind.REGULAR, 2026, null);

        assertThat(titles(new UnitCode("LS-CL"), true, null, null, null, null))
                .containsExactly("Huyện Chi Lăng", "Xã Nhân Lý");
        assertThat(titles(new UnitCode("LS-CL"), false, null, null, null, null)).containsExactly("Huyện Chi Lăng");
        assertThat(titles(new UnitCode("LS"), true, null, null, null, null)).hasSize(4);
        assertThat(mongo.getCollection(CampaignDocument.COLLECTION).find(new Document("title", "Xã Nhân Lý")).first()
                .getList("organiserPath", String.class)).containsExactly("LS-CL-NL", "LS-CL", "LS");
    }

    @Test
    void aYearKeepsTheCampaignsWhosePeriodOverlapsIt() {
        Campaign longOne = drafted("LS", "Dài", CampaignKind.PERIODIC, 2024, null);
        Campaign.Plan p = longOne.plan();
        campaigns.update(longOne, longOne.revise(new Campaign.Plan(p.title(), p.theme(), p.kind(),
                p.organiserUnitCode(), null, List.of(), LocalDate.of(2024, 11, 20), LocalDate.of(2025, 12, 31),
                List.of()), Campaign.Details.NONE, CampaignFixtures.CLOCK));
        drafted("LS", "Năm 2026", CampaignKind.REGULAR, 2026, null);

        assertThat(titles(null, false, 2025, null, null, null)).containsExactly("Dài");
        assertThat(titles(null, false, 2024, null, null, null)).containsExactly("Dài");
        assertThat(titles(null, false, 2026, null, null, null)).containsExactly("Năm 2026");
        assertThat(titles(null, false, 2023, null, null, null)).isEmpty();
    }

    @Test
    void wordsAreFoundWithOrWithoutDiacriticsAndFiltersCombine() {
        drafted("LS-CL", "Thi đua chào mừng Đại hội Đảng bộ", CampaignKind.THEMATIC, 2025, null);
        drafted("LS-CL", "Thi đua thường xuyên năm 2025", CampaignKind.REGULAR, 2025, null);
        Campaign launched = drafted("LS-HL", "Chào mừng đại hội thi đua yêu nước", CampaignKind.THEMATIC, 2025, null);
        campaigns.update(launched, launched.transitionTo(Phase.LAUNCHED, CampaignFixtures.CLOCK));

        assertThat(titles(null, false, null, null, null, "dai hoi"))
                .containsExactly("Thi đua chào mừng Đại hội Đảng bộ", "Chào mừng đại hội thi đua yêu nước");
        assertThat(titles(null, false, null, null, null, "ĐẠI HỘI đảng")).containsExactly(
                "Thi đua chào mừng Đại hội Đảng bộ");
        assertThat(titles(new UnitCode("LS"), true, 2025, Phase.LAUNCHED, CampaignKind.THEMATIC, "chao mung"))
                .containsExactly("Chào mừng đại hội thi đua yêu nước");
        assertThat(titles(null, false, null, null, CampaignKind.REGULAR, null))
                .containsExactly("Thi đua thường xuyên năm 2025");
        assertThat(titles(null, false, null, null, null, "khen thuong")).isEmpty();
    }

    @Test
    void theCampaignsImplementingOthersAreFoundByTheirParent() {
        Campaign province = drafted("LS", "Tỉnh", CampaignKind.THEMATIC, 2025, null);
        Campaign district = drafted("LS-CL", "Huyện", CampaignKind.THEMATIC, 2025, province.id());
        drafted("LS-HL", "Huyện khác", CampaignKind.THEMATIC, 2025, province.id());
        Campaign commune = drafted("LS-CL-NL", "Xã", CampaignKind.THEMATIC, 2025, district.id());

        assertThat(campaigns.implementing(List.of(province.id()), 10)).extracting(c -> c.plan().title())
                .containsExactly("Huyện", "Huyện khác");
        assertThat(campaigns.implementing(List.of(province.id()), 1)).hasSize(1);
        assertThat(campaigns.implementing(List.of(district.id(), commune.id()), 10)).extracting(c -> c.plan().title())
                .containsExactly("Xã");
    }

    @Test
    void theFiltersAreIndexed() {
        drafted("LS", "Tỉnh", CampaignKind.REGULAR, 2026, null);

        assertThat(mongo.indexOps(CampaignDocument.COLLECTION).getIndexInfo())
                .anySatisfy(i -> assertThat(i.isIndexForFields(List.of("organiserPath"))).isTrue())
                .anySatisfy(i -> assertThat(i.isIndexForFields(List.of("searchTerms"))).isTrue())
                .anySatisfy(i -> assertThat(i.isIndexForFields(List.of("parentCampaignId"))).isTrue());
        Document plan = mongo.getCollection(CampaignDocument.COLLECTION)
                .find(new Document("organiserPath", "LS")).explain();
        assertThat(plan.toJson()).contains("IXSCAN");
    }
}
