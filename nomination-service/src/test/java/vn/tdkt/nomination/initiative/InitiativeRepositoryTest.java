package vn.tdkt.nomination.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import vn.tdkt.nomination.EmbeddedMongo;
import vn.tdkt.nomination.MongoConfiguration;
import vn.tdkt.support.outbox.OutboxProperties;
import vn.tdkt.support.outbox.OutboxWrites;
import vn.tdkt.support.paging.PageQuery;

/** Initiatives on the embedded MongoDB: state, ledger entry and events in one document, version-guarded. */
@DataMongoTest
@Import({InitiativeRepository.class, OutboxWrites.class, MongoConfiguration.class})
@EnableConfigurationProperties(OutboxProperties.class)
class InitiativeRepositoryTest {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        EmbeddedMongo.register(registry, "tdkt_nomination_initiative_repository");
    }

    @Autowired
    InitiativeRepository initiatives;
    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void empty() {
        mongo.remove(new Query(), InitiativeDocument.COLLECTION);
    }

    @Test
    void recognisedThenUsedRoundTripsWithItsEvents() {
        Initiative.Recognised recognised = Initiative.recognise(new InitiativeId("SK-STC-2024-03"),
                InitiativeTest.recognition(), InitiativeTest.CLOCK);
        initiatives.insert(recognised.initiative(), recognised.events());
        Initiative read = initiatives.find(new InitiativeId("SK-STC-2024-03")).orElseThrow();
        assertThat(read.recognition()).isEqualTo(InitiativeTest.recognition());
        assertThat(read.version()).isZero();
        assertThat(initiatives.entriesByAuthor("CB-0042")).as("unused").isEqualTo(mappedEntries("CB-0042"))
                .extracting(InitiativeLedger.Entry::usedFor).containsExactly("");

        var events = read.use(InitiativeTest.proposal("DX-2025-7", 2024, 2024), List.of(), List.of(),
                InitiativeTest.CLOCK);
        initiatives.update(read, events);

        Initiative used = initiatives.find(new InitiativeId("SK-STC-2024-03")).orElseThrow();
        assertThat(used.usage().proposalId()).isEqualTo("DX-2025-7");
        assertThat(used.version()).isEqualTo(1);
        assertThat(initiatives.usesOf("CB-0042", "CSTD_CO_SO")).extracting(Usage::proposalId).containsExactly("DX-2025-7");
        assertThat(initiatives.byAuthor("CB-0042")).hasSize(1);
        assertThat(initiatives.entriesByAuthor("CB-0042")).as("used").isEqualTo(mappedEntries("CB-0042"))
                .extracting(InitiativeLedger.Entry::usedFor).containsExactly("DX-2025-7");
        assertThat(initiatives.entriesByAuthor("KHONG-CO")).isEmpty();
        assertThat(initiatives.byUnit("LS-STC", new PageQuery(0, 20)).totalItems()).isEqualTo(1);
        Document stored = mongo.getCollection(InitiativeDocument.COLLECTION).find(new Document("_id", "SK-STC-2024-03"))
                .first();
        assertThat(stored.getList("pendingEvents", Document.class)).extracting(e -> e.getString("type"))
                .containsExactly("tdkt.nomination.initiative-recognised.v1", "tdkt.nomination.initiative-used.v1");
    }

    @Test
    void aPersonsInitiativesAreFoundThroughAnIndex() {
        for (String id : List.of("SK-1", "SK-2", "SK-3")) {
            Initiative.Recognised r = Initiative.recognise(new InitiativeId(id), InitiativeTest.recognition(),
                    InitiativeTest.CLOCK);
            initiatives.insert(r.initiative(), r.events());
        }
        assertThat(initiatives.byAuthor("CB-0042")).hasSize(3);
        Document explained = mongo.getCollection(InitiativeDocument.COLLECTION)
                .find(new Document("authorIds", "CB-0042")).explain();
        assertThat(explained.toJson()).contains("\"indexName\": \"author_ids\"");
    }

    @Test
    void aConcurrentUseLoses() {
        Initiative.Recognised recognised = Initiative.recognise(new InitiativeId("SK-1"), InitiativeTest.recognition(),
                InitiativeTest.CLOCK);
        initiatives.insert(recognised.initiative(), recognised.events());
        Initiative first = initiatives.find(new InitiativeId("SK-1")).orElseThrow();
        Initiative second = initiatives.find(new InitiativeId("SK-1")).orElseThrow();
        initiatives.update(first, first.use(InitiativeTest.proposal("DX-A", 2024, 2024), List.of(), List.of(),
                InitiativeTest.CLOCK));

        var events = second.use(InitiativeTest.proposal("DX-B", 2024, 2024), List.of(), List.of(), InitiativeTest.CLOCK);
        assertThatThrownBy(() -> initiatives.update(second, events)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(initiatives.find(new InitiativeId("SK-1")).orElseThrow().usage().proposalId()).isEqualTo("DX-A");
    }

    /** The ledger's entries as read through the mapping: what the driver read must equal. */
    private List<InitiativeLedger.Entry> mappedEntries(String author) {
        return initiatives.byAuthor(author).stream().map(i -> new InitiativeLedger.Entry(i.id().value(),
                i.recognition().scope().name(), Boolean.TRUE.equals(i.recognition().effectivelyApplied()),
                i.recognition().recognizedBy(), i.usage() == null ? "" : i.usage().proposalId())).toList();
    }
}
