package vn.tdkt.nomination.rulepack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import vn.tdkt.nomination.EmbeddedMongo;
import vn.tdkt.nomination.MongoConfiguration;
import vn.tdkt.support.outbox.OutboxProperties;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.outbox.OutboxWrites;

/** At start-up each pack is announced once: loaded when new, changed when its file changed, else nothing. */
@DataMongoTest
@Import({RulePackRepository.class, OutboxWrites.class, MongoConfiguration.class})
@EnableConfigurationProperties(OutboxProperties.class)
class RulePackRegistrationTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-20T02:00:00Z"), ZoneOffset.UTC);

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        EmbeddedMongo.register(registry, "tdkt_nomination_rule_packs");
    }

    @Autowired
    RulePackRepository records;
    @Autowired
    MongoTemplate mongo;
    @MockitoBean
    OutboxRelay relay;

    @BeforeEach
    void empty() {
        mongo.remove(new Query(), RulePackRecord.COLLECTION);
    }

    List<String> eventTypes(String id) {
        Document stored = mongo.getCollection(RulePackRecord.COLLECTION).find(new Document("_id", id)).first();
        return stored.getList("pendingEvents", Document.class).stream().map(e -> e.getString("type")).toList();
    }

    @Test
    void newThenUnchangedThenChanged() {
        new RulePackRegistration(RulePacksTest.BUILT_IN, records, relay, CLOCK).register();
        assertThat(records.find("vn-2024")).hasValueSatisfying(r -> assertThat(r.version()).isZero());
        assertThat(eventTypes("vn-2024")).containsExactly("tdkt.nomination.rule-pack-loaded.v1");
        assertThat(eventTypes("vn-before-2024")).containsExactly("tdkt.nomination.rule-pack-loaded.v1");

        new RulePackRegistration(RulePacksTest.BUILT_IN, records, relay, CLOCK).register();
        assertThat(eventTypes("vn-2024")).hasSize(1);

        String changed = new String(RulePacksTest.builtIn("2-vn-2024.yaml"), StandardCharsets.UTF_8)
                .replace("notes: >-", "notes: >-\n  Sửa đổi ghi chú.");
        RulePacks edited = RulePacks.of(Map.of("2-vn-2024.yaml", changed.getBytes(StandardCharsets.UTF_8)),
                new ArrayList<>());
        new RulePackRegistration(edited, records, relay, CLOCK).register();

        assertThat(eventTypes("vn-2024")).containsExactly("tdkt.nomination.rule-pack-loaded.v1",
                "tdkt.nomination.rule-pack-changed.v1");
        assertThat(records.find("vn-2024").orElseThrow().version()).isEqualTo(1);
        assertThat(records.find("vn-2024").orElseThrow().sha256()).isEqualTo(edited.byId("vn-2024").orElseThrow().sha256());
    }
}
