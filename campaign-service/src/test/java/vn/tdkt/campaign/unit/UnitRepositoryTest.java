package vn.tdkt.campaign.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.tdkt.campaign.EmbeddedMongo;
import vn.tdkt.campaign.MongoConfiguration;
import vn.tdkt.events.EventJson;
import vn.tdkt.events.Topics;
import vn.tdkt.events.unit.UnitRegistered;
import vn.tdkt.events.unit.UnitUpdated;
import vn.tdkt.support.outbox.OutboxProperties;
import vn.tdkt.support.outbox.OutboxWrites;
import vn.tdkt.support.outbox.PendingEvent;
import vn.tdkt.support.testing.RecordCoverage;
import vn.tdkt.support.paging.PageQuery;

/** Units against the project's embedded MongoDB server: state, version and outbox in one document. */
@DataMongoTest
@Import({UnitRepository.class, OutboxWrites.class, MongoConfiguration.class})
@EnableConfigurationProperties(OutboxProperties.class)
class UnitRepositoryTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-02-10T01:00:00Z"), ZoneOffset.UTC);

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        EmbeddedMongo.register(registry, "tdkt_campaign_unit_repository");
    }

    @Autowired
    UnitRepository units;
    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void empty() {
        mongo.remove(new Query(), UnitDocument.COLLECTION);
    }

    private Unit register(String code, String parent) {
        Unit.Registration registration = Unit.register(new UnitCode(code), "Ủy ban nhân dân xã Quang Lang",
                UnitLevel.COMMUNE, parent == null ? null : new UnitCode(parent), 210,
                List.of("VanPhong@quanglang.gov.vn"), CLOCK);
        units.insert(registration.unit(), registration.events());
        return registration.unit();
    }

    private Document raw(String code) {
        return mongo.getCollection(UnitDocument.COLLECTION).find(new Document("_id", code)).first();
    }

    @Test
    void aNewUnitIsStoredWithItsEventAtVersionZero() {
        Unit unit = register("QUANG-LANG", null);

        assertThat(unit.version()).isZero();
        Unit read = units.find(new UnitCode("QUANG-LANG")).orElseThrow();
        assertThat(read.name()).isEqualTo("Ủy ban nhân dân xã Quang Lang");
        assertThat(read.level()).isEqualTo(UnitLevel.COMMUNE);
        assertThat(read.staffCount()).isEqualTo(210);
        assertThat(read.contactEmails()).containsExactly("vanphong@quanglang.gov.vn");
        assertThat(read.registeredAt()).isEqualTo(CLOCK.instant());
        assertThat(read.version()).isZero();

        Document stored = raw("QUANG-LANG");
        assertThat(stored.get("version", Number.class).longValue()).isZero();
        List<Document> pending = stored.getList("pendingEvents", Document.class);
        assertThat(pending).singleElement().satisfies(event -> {
            assertThat(event).doesNotContainKey("_class");
            assertThat(event.getString("type")).isEqualTo("tdkt.unit.registered.v1");
            assertThat(event.getString("topic")).isEqualTo(Topics.UNIT_EVENTS);
            assertThat(event.getString("key")).isEqualTo("QUANG-LANG");
            assertThat(event.get("occurredAt")).isInstanceOf(java.util.Date.class);
            assertThat(EventJson.read(event.getString("payload"), UnitRegistered.class).name())
                    .isEqualTo("Ủy ban nhân dân xã Quang Lang");
        });
    }

    @Test
    void anUpdateAppendsItsEventAndBumpsTheVersion() {
        register("QUANG-LANG", null);
        Unit unit = units.find(new UnitCode("QUANG-LANG")).orElseThrow();

        units.update(unit, unit.update("UBND xã Quang Lang", 220, List.of("ubnd@quanglang.gov.vn"), CLOCK));

        assertThat(unit.version()).isEqualTo(1);
        Unit read = units.find(new UnitCode("QUANG-LANG")).orElseThrow();
        assertThat(read.name()).isEqualTo("UBND xã Quang Lang");
        assertThat(read.contactEmails()).containsExactly("ubnd@quanglang.gov.vn");
        assertThat(read.version()).isEqualTo(1);
        List<Document> pending = raw("QUANG-LANG").getList("pendingEvents", Document.class);
        assertThat(pending).extracting(e -> e.getString("type"))
                .containsExactly("tdkt.unit.registered.v1", "tdkt.unit.updated.v1");
        assertThat(EventJson.read(pending.get(1).getString("payload"), UnitUpdated.class).aggregateVersion())
                .isEqualTo(1);
    }

    @Test
    void anUpdateThatClearsAFieldStoresWhatItPublishes() {
        register("QUANG-LANG", null);
        Unit unit = units.find(new UnitCode("QUANG-LANG")).orElseThrow();
        units.update(unit, unit.update("UBND xã Quang Lang", 85, List.of(), CLOCK));
        unit = units.find(new UnitCode("QUANG-LANG")).orElseThrow();

        units.update(unit, unit.update("UBND xã Quang Lang", null, List.of(), CLOCK));

        Document stored = raw("QUANG-LANG");
        assertThat(stored).as("the stored state is the published state").doesNotContainKey("staffCount");
        assertThat(units.find(new UnitCode("QUANG-LANG")).orElseThrow().staffCount()).isNull();
        List<Document> pending = stored.getList("pendingEvents", Document.class);
        assertThat(EventJson.read(pending.getLast().getString("payload"), UnitUpdated.class).staffCount()).isNull();
    }

    @Test
    void aStaleUpdateIsRefusedAndChangesNothing() {
        register("QUANG-LANG", null);
        Unit first = units.find(new UnitCode("QUANG-LANG")).orElseThrow();
        Unit second = units.find(new UnitCode("QUANG-LANG")).orElseThrow();
        units.update(first, first.update("Tên mới", 1, List.of(), CLOCK));

        assertThatThrownBy(() -> units.update(second, second.update("Tên khác", 2, List.of(), CLOCK)))
                .isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(units.find(new UnitCode("QUANG-LANG")).orElseThrow().name()).isEqualTo("Tên mới");
        assertThat(raw("QUANG-LANG").getList("pendingEvents", Document.class)).hasSize(2);
    }

    @Test
    void eventsTheRelayRemovedAreNotWrittenBack() {
        register("QUANG-LANG", null);
        Unit unit = units.find(new UnitCode("QUANG-LANG")).orElseThrow();
        // the relay publishes and pulls the registration between our read and our write
        mongo.updateFirst(Query.query(Criteria.where("_id").is("QUANG-LANG")),
                new Update().pull("pendingEvents", new Document("type", "tdkt.unit.registered.v1")),
                UnitDocument.COLLECTION);

        units.update(unit, unit.update("UBND xã Quang Lang", 210, List.of(), CLOCK));

        assertThat(raw("QUANG-LANG").getList("pendingEvents", Document.class))
                .extracting(e -> e.getString("type")).containsExactly("tdkt.unit.updated.v1");
    }

    @Test
    void aCodeIsRegisteredOnce() {
        register("QUANG-LANG", null);

        assertThatThrownBy(() -> register("QUANG-LANG", null)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void childrenAreListedByCodeAndLookupFindsWhatExists() {
        register("CHI-LANG", null);
        register("Z-XA", "CHI-LANG");
        register("A-XA", "CHI-LANG");

        assertThat(units.findAll(new UnitCode("CHI-LANG"), new PageQuery(0, 20)).items())
                .extracting(u -> u.code().value()).containsExactly("A-XA", "Z-XA");
        assertThat(units.findAll(null, new PageQuery(0, 20)).totalItems()).isEqualTo(3);
        assertThat(units.findAll(null, new PageQuery(1, 2)).items()).extracting(u -> u.code().value())
                .containsExactly("Z-XA");
        assertThat(units.parentOf("Z-XA")).hasValue("CHI-LANG");
        assertThat(units.parentOf("CHI-LANG")).isEmpty();
        assertThat(units.parentOf("NOPE")).isEmpty();
        assertThat(units.existing(List.of(new UnitCode("A-XA"), new UnitCode("NOPE"))))
                .containsExactly(new UnitCode("A-XA"));
    }

    @Test
    void childrenAreFoundThroughAnIndex() {
        register("CHI-LANG", null);

        assertThat(mongo.indexOps(UnitDocument.COLLECTION).getIndexInfo())
                .anySatisfy(index -> assertThat(index.isIndexForFields(List.of("parentCode"))).isTrue());
    }

    /** The import's own encoder must write exactly what the converter writes, or imported units would read differently. */
    @Test
    void theImportsEncoderWritesTheConvertersBytes() {
        Instant at = CLOCK.instant();
        Unit.Registration full = Unit.register(new UnitCode("QUANG-LANG"), "Ủy ban nhân dân xã Quang Lang",
                UnitLevel.COMMUNE, new UnitCode("CHI-LANG"), 210, List.of("VanPhong@quanglang.gov.vn", "b@x.vn"),
                new Contact("Nguyễn Thị Hoa", "Cán bộ thi đua", "hoa@quanglang.gov.vn", "0205 3870 123"),
                new Contact("Hoàng Văn Nam", null, null, null), CLOCK);
        full.unit().stored(0);
        UnitDocument registered = UnitDocument.of(full.unit(), OutboxWrites.pending(full.events()));
        UnitDocument merged = new UnitDocument("BANG-MAC", "Xã Bằng Mạc", UnitLevel.COMMUNE, null, null, List.of(),
                null, new Contact("Lý Văn Sơn", "Chủ tịch", "son@bangmac.gov.vn", "0205 3870 999"), UnitStatus.MERGED,
                "CHI-LANG-MOI", List.of("A", "B"), java.time.LocalDate.of(2025, 7, 1),
                List.of(new HistoryEntry(at, java.time.LocalDate.of(2025, 7, 1), HistoryEntry.Change.MERGED,
                        "BANG-MAC", "CHI-LANG-MOI", List.of("A", "B"))), at, at.plusMillis(1_234), 7L,
                List.of(new PendingEvent("e-1", "tdkt.unit.merged.v1", "tdkt.unit.events", "BANG-MAC", "BANG-MAC", at,
                        "{\"code\":\"BANG-MAC\"}", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")));
        // a code that reads as an ObjectId is stored as one by the converter (and queried as one)
        UnitDocument hex = new UnitDocument("5f2b3c4d5e6f708192a3b4c5", "Xã Hex", UnitLevel.COMMUNE, null, null,
                List.of(), null, null, UnitStatus.ACTIVE, null, List.of(), null, List.of(), at, at, 0L, List.of());
        UnitDocument bare = new UnitDocument("X", null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);

        // every field filled by some fixture, or a field both sides leave out would prove nothing
        assertThat(RecordCoverage.unfilled(UnitDocument.class, List.of(registered, merged, hex, bare))).isEmpty();
        for (UnitDocument document : List.of(registered, merged, hex, bare)) {
            Document converted = new Document();
            mongo.getConverter().write(document, converted);
            RawBsonDocument expected = new RawBsonDocument(converted,
                    mongo.getDb().getCodecRegistry().get(Document.class));
            assertThat(UnitBson.encode(document).toJson()).isEqualTo(expected.toJson());
            assertThat(UnitBson.encode(document).getByteBuffer().asNIO())
                    .isEqualTo(expected.getByteBuffer().asNIO());
        }
    }
}
