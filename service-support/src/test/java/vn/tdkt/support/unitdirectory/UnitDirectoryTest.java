package vn.tdkt.support.unitdirectory;

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
import vn.tdkt.events.unit.UnitEvent;
import vn.tdkt.events.unit.UnitRegistered;
import vn.tdkt.events.unit.UnitUpdated;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.testing.Concurrently;
import vn.tdkt.support.testing.TestInfrastructure;

/** The projection's version guard against a real wire-protocol server (embedded-mongo, in memory). */
class UnitDirectoryTest {

    private final Instant now = Instant.parse("2026-11-24T05:00:00Z");
    private MongoTemplate mongo;
    private UnitDirectory directory;

    @BeforeEach
    void freshDatabase() {
        mongo = TestInfrastructure.mongoTemplate("unitdirectory_" + UUID.randomUUID().toString().substring(0, 8));
        directory = new UnitDirectory(mongo, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static UnitEvent registered(String code, long version, String name, String... emails) {
        return new UnitRegistered(UUID.randomUUID(), Instant.now(), code, version, code, name, "DISTRICT", "UBT", 200,
                List.of(emails));
    }

    private static UnitEvent updated(String code, long version, String name, String... emails) {
        return new UnitUpdated(UUID.randomUUID(), Instant.now(), code, version, code, name, "DISTRICT", "UBT", 210,
                List.of(emails));
    }

    @Test
    void aFirstEventRegistersTheUnitSnapshot() {
        assertThat(directory.apply(registered("HBT", 1, "Huyện Ba Tơ", "thidua@bato.gov.vn"))).isTrue();

        assertThat(directory.find("HBT")).contains(new DirectoryUnit("HBT", "Huyện Ba Tơ", "DISTRICT", "UBT", 200,
                List.of("thidua@bato.gov.vn"), 1, now));
    }

    @Test
    void aNewerVersionReplacesTheSnapshot() {
        directory.apply(registered("HBT", 1, "Huyện Ba Tơ", "a@bato.gov.vn"));

        assertThat(directory.apply(updated("HBT", 2, "Huyện Ba Tơ (mới)", "b@bato.gov.vn"))).isTrue();

        DirectoryUnit unit = directory.find("HBT").orElseThrow();
        assertThat(unit.name()).isEqualTo("Huyện Ba Tơ (mới)");
        assertThat(unit.contactEmails()).containsExactly("b@bato.gov.vn");
        assertThat(unit.staffCount()).isEqualTo(210);
        assertThat(unit.version()).isEqualTo(2);
    }

    @Test
    void anOlderOrEqualVersionIsIgnored() {
        directory.apply(updated("HBT", 5, "Phiên bản 5", "v5@bato.gov.vn"));

        assertThat(directory.apply(updated("HBT", 4, "Phiên bản 4", "v4@bato.gov.vn"))).isFalse();
        assertThat(directory.apply(updated("HBT", 5, "Phiên bản 5 lặp", "again@bato.gov.vn"))).isFalse();

        DirectoryUnit unit = directory.find("HBT").orElseThrow();
        assertThat(unit.name()).isEqualTo("Phiên bản 5");
        assertThat(unit.version()).isEqualTo(5);
        assertThat(mongo.getCollection(UnitDirectory.COLLECTION).countDocuments()).isEqualTo(1);
    }

    @Test
    void concurrentOutOfOrderEventsEndAtTheNewestVersion() throws Exception {
        List<UnitEvent> events = new ArrayList<>();
        for (int version = 1; version <= 30; version++) {
            events.add(updated("HBT", version, "Phiên bản " + version));
            events.add(updated("HBT", version, "Phiên bản " + version)); // redelivered
        }
        Collections.shuffle(events, new Random(42));
        Concurrently.applyAll(events, directory::apply, 6);

        DirectoryUnit unit = directory.find("HBT").orElseThrow();
        assertThat(unit.version()).isEqualTo(30);
        assertThat(unit.name()).isEqualTo("Phiên bản 30");
        assertThat(mongo.getCollection(UnitDirectory.COLLECTION).countDocuments()).isEqualTo(1);
    }

    private static UnitEvent merged(String code, long version, String successor) {
        return new UnitUpdated(UUID.randomUUID(), Instant.now(), code, version, code, "Xã " + code, "COMMUNE", "HBT",
                null, List.of(), "MERGED", successor, List.of(), LocalDate.of(2025, 7, 1), null, null);
    }

    private static UnitEvent successor(String code, long version, String parent, String... predecessors) {
        return new UnitRegistered(UUID.randomUUID(), Instant.now(), code, version, code, "Xã " + code, "COMMUNE",
                parent, null, List.of(), "ACTIVE", null, List.of(predecessors), LocalDate.of(2025, 7, 1), null, null);
    }

    @Test
    void aMergedUnitKeepsItsStatusAndSuccessorAndHangsUnderItForAuthorization() {
        directory.apply(registered("HBT", 1, "Huyện Ba Tơ"));
        directory.apply(successor("XC", 0, "HBT", "XA", "XB"));
        directory.apply(merged("XA", 3, "XC"));

        DirectoryUnit unit = directory.find("XA").orElseThrow();
        assertThat(unit.status()).isEqualTo("MERGED");
        assertThat(unit.successorCode()).isEqualTo("XC");
        assertThat(unit.statusEffectiveDate()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(directory.find("XC").orElseThrow().predecessorCodes()).containsExactly("XA", "XB");
        assertThat(directory.tree().isWithin("XA", "XC")).as("the successor's subtree holds its predecessor").isTrue();
        assertThat(directory.tree().isWithin("XA", "HBT")).isTrue();
        assertThat(directory.tree().isWithin("XC", "XA")).as("the old code reaches nothing new").isFalse();
    }

    @Test
    void theSubtreeIsTheUnitAndEveryUnitBelowItTodayAMergedOneUnderItsSuccessor() {
        directory.apply(registered("HBT", 1, "Huyện Ba Tơ"));
        directory.apply(successor("XC", 0, "HBT", "XA", "XB"));
        directory.apply(merged("XA", 3, "XC"));
        directory.apply(registered("HMD", 1, "Huyện Minh Đức"));

        assertThat(directory.subtree("HBT")).containsExactly("HBT", "XC", "XA");
        assertThat(directory.subtree("XC")).containsExactly("XC", "XA");
        assertThat(directory.subtree("XA")).containsExactly("XA");
        assertThat(directory.subtree("NOPE")).as("an unknown root has no subtree").isEmpty();
    }

    @Test
    void aSnapshotWithoutStatusReadsAsActive() {
        directory.apply(registered("HBT", 1, "Huyện Ba Tơ"));

        assertThat(directory.find("HBT").orElseThrow().status()).isEqualTo("ACTIVE");
        assertThat(directory.current("HBT")).map(DirectoryUnit::code).contains("HBT");
    }

    @Test
    void currentFollowsTheChainOfSuccessors() {
        directory.apply(merged("XA", 1, "XB"));
        directory.apply(merged("XB", 1, "XC"));
        directory.apply(successor("XC", 0, null, "XB"));

        assertThat(directory.current("XA")).map(DirectoryUnit::code).contains("XC");
        assertThat(directory.current("NOPE")).isEmpty();
    }

    @Test
    void currentIsEmptyWhileASuccessorIsNotKnownYet() {
        directory.apply(merged("XA", 1, "XB"));

        assertThat(directory.current("XA")).isEmpty();
    }

    @Test
    void aCycleOfSuccessorsEndsInsteadOfLooping() {
        directory.apply(merged("XA", 1, "XB"));
        directory.apply(merged("XB", 1, "XA"));

        assertThat(directory.current("XA")).map(DirectoryUnit::code).contains("XB");
        assertThat(directory.tree().isWithin("XA", "NOPE")).isFalse();
    }

    @Test
    void lookupsByCodeListAndAll() {
        directory.apply(registered("XB", 1, "Xã B"));
        directory.apply(registered("XA", 1, "Xã A"));
        directory.apply(registered("XC", 1, "Xã C"));

        assertThat(directory.findAll(List.of("XC", "NOPE", "XA")).keySet()).containsExactly("XC", "XA");
        assertThat(directory.page(new PageQuery(0, PageQuery.MAX_SIZE)).items()).extracting(DirectoryUnit::code).containsExactly("XA", "XB", "XC");
        assertThat(directory.find("NOPE")).isEmpty();
    }

    @Test
    void withACacheAUnitReadIsRememberedUntilItsEventIsAppliedHereAndAnUnknownOneIsNot() {
        UnitDirectory cached = new UnitDirectory(mongo, Clock.fixed(now, ZoneOffset.UTC), java.time.Duration.ofHours(1));
        cached.apply(registered("HBT", 1, "Huyện Ba Tơ"));
        assertThat(cached.find("HBT")).map(DirectoryUnit::name).contains("Huyện Ba Tơ");
        assertThat(cached.findAll(List.of("HBT", "KHONG-CO"))).containsOnlyKeys("HBT");

        // Written by another instance: not seen here within the time to live.
        mongo.getCollection(UnitDirectory.COLLECTION).updateOne(new org.bson.Document("_id", "HBT"),
                new org.bson.Document("$set", new org.bson.Document("name", "Đổi ở nơi khác")));
        assertThat(cached.find("HBT")).map(DirectoryUnit::name).contains("Huyện Ba Tơ");
        assertThat(cached.findAll(List.of("HBT")).get("HBT").name()).isEqualTo("Huyện Ba Tơ");

        // Applied here: seen at once.
        cached.apply(updated("HBT", 2, "Huyện Ba Tơ (mới)"));
        assertThat(cached.find("HBT")).map(DirectoryUnit::name).contains("Huyện Ba Tơ (mới)");

        // Unknown units are asked every time: one registered meanwhile is found.
        assertThat(cached.find("UBT")).isEmpty();
        mongo.insert(new DirectoryUnit("UBT", "Tỉnh", "PROVINCE", null, 10, List.of(), 1, now), UnitDirectory.COLLECTION);
        assertThat(cached.find("UBT")).isPresent();
        assertThat(cached.findAll(List.of("UBT", "HBT"))).containsOnlyKeys("UBT", "HBT");
    }
}
