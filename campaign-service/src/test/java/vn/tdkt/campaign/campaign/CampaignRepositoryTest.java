package vn.tdkt.campaign.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.tdkt.campaign.EmbeddedMongo;
import vn.tdkt.campaign.MongoConfiguration;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.events.EventJson;
import vn.tdkt.events.Topics;
import vn.tdkt.events.campaign.CampaignPhaseChanged;
import vn.tdkt.events.campaign.LegalBasis;
import vn.tdkt.support.outbox.OutboxProperties;
import vn.tdkt.support.outbox.OutboxWrites;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.RuleViolationException;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.testing.DemoUnitTree;

/** Campaigns against the project's embedded MongoDB server: state, version and outbox in one document. */
@DataMongoTest
@Import({CampaignRepository.class, OutboxWrites.class, MongoConfiguration.class, DemoUnitTree.class})
@EnableConfigurationProperties(OutboxProperties.class)
class CampaignRepositoryTest {

    static final PageQuery FIRST_PAGE = new PageQuery(0, 20);

    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-11-20T02:00:00Z"), ZoneOffset.UTC);

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        EmbeddedMongo.register(registry, "tdkt_campaign_campaign_repository");
        // A broker whose topics take at most 100 KB (max.message.bytes) and a service configured to match.
        registry.add("tdkt.outbox.max-event-bytes", () -> "100KB");
    }

    @Autowired
    CampaignRepository campaigns;
    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void empty() {
        mongo.remove(new Query(), CampaignDocument.COLLECTION);
    }

    private Campaign drafted() {
        Campaign.Draft draft = Campaign.draft(CampaignId.newId(), CampaignTest.plan(), CLOCK);
        campaigns.insert(draft.campaign(), draft.events());
        return draft.campaign();
    }

    private Document raw(CampaignId id) {
        return mongo.getCollection(CampaignDocument.COLLECTION).find(new Document("_id", id.value())).first();
    }

    @Test
    void aDraftRoundTripsWithItsEvent() {
        Campaign campaign = drafted();

        Campaign read = campaigns.find(campaign.id()).orElseThrow();
        assertThat(read.plan()).isEqualTo(campaign.plan());
        assertThat(read.plan().legalBasis()).containsExactly(
                new LegalBasis("1665/UBND-NC", LocalDate.of(2024, 11, 5), "Chủ tịch UBND tỉnh Lạng Sơn"));
        assertThat(read.phase()).isEqualTo(Phase.DRAFT);
        assertThat(read.createdAt()).isEqualTo(CLOCK.instant());
        assertThat(read.version()).isZero();

        Document stored = raw(campaign.id());
        assertThat(stored.get("startDate")).as("a date is midnight UTC, whatever the JVM's zone")
                .isEqualTo(Date.from(Instant.parse("2024-11-20T00:00:00Z")));
        assertThat(stored.getList("pendingEvents", Document.class)).singleElement().satisfies(event -> {
            assertThat(event.getString("type")).isEqualTo("tdkt.campaign.created.v1");
            assertThat(event.getString("topic")).isEqualTo(Topics.CAMPAIGN_EVENTS);
            assertThat(event.getString("key")).isEqualTo(campaign.id().value());
        });
    }

    @Test
    void aDraftWhoseEventTheBrokerWouldRefuseIsRefusedNamingTheFieldAndStoresNothing() {
        // 1,500 legal-basis entries, each well within the field limits: about 150 KB as a request (under the
        // 512 KB body limit) and as the campaign-created event, over this broker's limit.
        List<LegalBasis> many = java.util.stream.IntStream.range(0, 1500)
                .mapToObj(i -> new LegalBasis("%04d/QĐ-UBND".formatted(i), LocalDate.of(2024, 1, 1), "UBND tỉnh Lạng Sơn"))
                .toList();
        Campaign.Plan p = CampaignTest.plan();
        Campaign.Plan huge = new Campaign.Plan(p.title(), p.theme(), p.kind(), p.organiserUnitCode(), null, many,
                p.startDate(), p.endDate(), p.recipientUnitCodes());
        Campaign.Draft draft = Campaign.draft(CampaignId.newId(), huge, CLOCK);

        assertThatThrownBy(() -> campaigns.insert(draft.campaign(), draft.events()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("legalBasis"));

        assertThat(mongo.getCollection(CampaignDocument.COLLECTION).countDocuments()).as("nothing stored").isZero();
    }

    @Test
    void aMoveIsStoredWithItsHistoryAndEvent() {
        Campaign campaign = campaigns.find(drafted().id()).orElseThrow();

        campaigns.update(campaign, campaign.transitionTo(Phase.LAUNCHED, CLOCK));

        Campaign read = campaigns.find(campaign.id()).orElseThrow();
        assertThat(read.phase()).isEqualTo(Phase.LAUNCHED);
        assertThat(read.phaseHistory()).containsExactly(
                new PhaseChange(Phase.DRAFT, Phase.LAUNCHED, CLOCK.instant(), null));
        assertThat(read.version()).isEqualTo(1);
        List<Document> pending = raw(campaign.id()).getList("pendingEvents", Document.class);
        assertThat(pending).extracting(e -> e.getString("type"))
                .containsExactly("tdkt.campaign.created.v1", "tdkt.campaign.phase-changed.v1");
        CampaignPhaseChanged changed = EventJson.read(pending.get(1).getString("payload"), CampaignPhaseChanged.class);
        assertThat(changed.aggregateVersion()).isEqualTo(1);
        assertThat(changed.recipientUnitCodes()).containsExactly("VP", "TTRA");
    }

    @Test
    void aStaleMoveIsRefusedAndChangesNothing() {
        CampaignId id = drafted().id();
        Campaign first = campaigns.find(id).orElseThrow();
        Campaign second = campaigns.find(id).orElseThrow();
        campaigns.update(first, first.transitionTo(Phase.LAUNCHED, CLOCK));

        assertThatThrownBy(() -> campaigns.update(second, second.transitionTo(Phase.CANCELLED, CLOCK)))
                .isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(campaigns.find(id).orElseThrow().phase()).isEqualTo(Phase.LAUNCHED);
        assertThat(raw(id).getList("pendingEvents", Document.class)).hasSize(2);
    }

    @Test
    void listsByOrganiserAndPhase() {
        Campaign drafted = drafted();
        Campaign launched = campaigns.find(drafted().id()).orElseThrow();
        campaigns.update(launched, launched.transitionTo(Phase.LAUNCHED, CLOCK));

        assertThat(campaigns.findAll(new UnitCode("STC-LS"), null, FIRST_PAGE).items()).hasSize(2);
        assertThat(campaigns.findAll(new UnitCode("STC-LS"), Phase.LAUNCHED, FIRST_PAGE).items())
                .extracting(Campaign::id).containsExactly(launched.id());
        assertThat(campaigns.findAll(null, Phase.DRAFT, FIRST_PAGE).items()).extracting(Campaign::id)
                .containsExactly(drafted.id());
        assertThat(campaigns.findAll(new UnitCode("OTHER"), null, FIRST_PAGE).items()).isEmpty();
        assertThat(campaigns.exists(drafted.id())).isTrue();
        assertThat(campaigns.exists(CampaignId.newId())).isFalse();
    }

    @Test
    void pagesAreStableAndCountTheWhole() {
        Campaign first = drafted();
        Campaign second = drafted();
        Campaign third = drafted();

        PageResponse<Campaign> page0 = campaigns.findAll(new UnitCode("STC-LS"), null, new PageQuery(0, 2));
        PageResponse<Campaign> page1 = campaigns.findAll(new UnitCode("STC-LS"), null, new PageQuery(1, 2));

        assertThat(page0.totalItems()).isEqualTo(3);
        assertThat(page1.totalItems()).isEqualTo(3);
        assertThat(java.util.stream.Stream.concat(page0.items().stream(), page1.items().stream()).map(Campaign::id))
                .containsExactlyInAnyOrder(first.id(), second.id(), third.id());
    }

    @Test
    void theListFiltersAreIndexed() {
        drafted();

        assertThat(mongo.indexOps(CampaignDocument.COLLECTION).getIndexInfo())
                .anySatisfy(i -> assertThat(i.isIndexForFields(List.of("organiserUnitCode", "phase"))).isTrue())
                .anySatisfy(i -> assertThat(i.isIndexForFields(List.of("phase"))).isTrue());
    }
}
