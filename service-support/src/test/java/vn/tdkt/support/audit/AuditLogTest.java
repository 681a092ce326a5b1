package vn.tdkt.support.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.testing.Concurrently;
import vn.tdkt.support.testing.TestInfrastructure;

/** The hash chain on the embedded MongoDB server: appends, concurrent appends, and tampering found. */
class AuditLogTest {

    private MongoTemplate mongo;
    private AuditLog log;

    @BeforeEach
    void setUp() {
        mongo = TestInfrastructure.mongoTemplate("audit_" + UUID.randomUUID().toString().replace("-", ""));
        log = new AuditLog(mongo);
    }

    @Test
    void chainsEachRecordToThePreviousOne() {
        AuditRecord first = log.append(entry("thiduakt.chilang", "unit.register", 201));
        AuditRecord second = log.append(entry("thiduakt.huulung", "unit.register", 403));

        assertThat(first.seq()).isEqualTo(1);
        assertThat(first.prevHash()).isEqualTo(AuditRecord.GENESIS);
        assertThat(second.seq()).isEqualTo(2);
        assertThat(second.prevHash()).isEqualTo(first.hash());
        assertThat(second.outcome()).isEqualTo("DENIED");
        assertThat(log.verify()).isEqualTo(Verification.intact(2, second.hash()));
    }

    @Test
    void anEmptyTrailIsIntact() {
        assertThat(log.verify()).isEqualTo(Verification.intact(0, null));
    }

    @Test
    void concurrentAppendsLeaveOneGaplessChain() throws Exception {
        Concurrently.applyAll(IntStream.range(0, 40).boxed().toList(),
                i -> log.append(entry("user" + i, "unit.update", 200)), 4);

        List<Long> seqs = mongo.findAll(AuditRecord.class).stream().map(AuditRecord::seq).sorted().toList();
        assertThat(seqs).containsExactlyElementsOf(IntStream.rangeClosed(1, 40).mapToObj(i -> (long) i).toList());
        assertThat(log.verify().intact()).isTrue();
    }

    /** Two instances of a service, each writing its concurrent appends in groups, race for the same numbers. */
    @Test
    void twoInstancesAppendingInGroupsLeaveOneGaplessChain() throws Exception {
        AuditLog other = new AuditLog(mongo);
        java.util.Queue<AuditRecord> written = new java.util.concurrent.ConcurrentLinkedQueue<>();
        Concurrently.applyAll(IntStream.range(0, 120).boxed().toList(),
                i -> written.add((i % 2 == 0 ? log : other).append(entry("user" + i, "unit.update", 200))), 8);

        List<Long> seqs = mongo.findAll(AuditRecord.class).stream().map(AuditRecord::seq).sorted().toList();
        assertThat(seqs).containsExactlyElementsOf(IntStream.rangeClosed(1, 120).mapToObj(i -> (long) i).toList());
        assertThat(written).extracting(AuditRecord::actor).as("each caller gets its own record back")
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 120).mapToObj(i -> "user" + i).toList());
        assertThat(written).allSatisfy(r -> assertThat(mongo.findById(r.seq(), AuditRecord.class)).isEqualTo(r));
        assertThat(log.verify()).isEqualTo(Verification.intact(120,
                mongo.findById(120L, AuditRecord.class).hash()));
    }

    @Test
    void anAlteredRecordBreaksTheChainAtThatRecord() {
        IntStream.rangeClosed(1, 5).forEach(i -> log.append(entry("thiduakt.chilang", "unit.update", 200)));

        mongo.getCollection(AuditRecord.COLLECTION).updateOne(new Document("_id", 3L),
                new Document("$set", new Document("actor", "someone.else")));

        assertThat(log.verify()).isEqualTo(Verification.brokenAt(3, 3, "record 3 was changed after it was written"));
    }

    @Test
    void aRecordRewrittenWithAFreshHashBreaksTheNextLink() {
        IntStream.rangeClosed(1, 4).forEach(i -> log.append(entry("thiduakt.chilang", "unit.update", 200)));
        AuditRecord original = mongo.findById(2L, AuditRecord.class);
        AuditRecord forged = AuditRecord.chain(2, new AuditEntry(original.at(), "someone.else", null, List.of(),
                original.action(), original.method(), original.path(), original.target(), null, null,
                AuditEntry.Outcome.SUCCEEDED, 200, null), original.prevHash());
        mongo.save(forged);

        assertThat(log.verify()).isEqualTo(Verification.brokenAt(3, 3, "record 3 does not follow record 2"));
    }

    @Test
    void aDeletedRecordIsReportedMissing() {
        IntStream.rangeClosed(1, 4).forEach(i -> log.append(entry("thiduakt.chilang", "unit.update", 200)));

        mongo.getCollection(AuditRecord.COLLECTION).deleteOne(new Document("_id", 2L));

        assertThat(log.verify()).isEqualTo(Verification.brokenAt(2, 2, "record 2 is missing"));
    }

    @Test
    void cuttingOffTheNewestRecordsIsFoundThroughTheHead() {
        IntStream.rangeClosed(1, 5).forEach(i -> log.append(entry("thiduakt.chilang", "unit.update", 200)));

        mongo.getCollection(AuditRecord.COLLECTION).deleteMany(new Document("_id", new Document("$gte", 4L)));

        assertThat(log.verify()).isEqualTo(Verification.brokenAt(3, 4,
                "records 4 to 5 are missing: the head names record 5"));
    }

    @Test
    void textThatLooksLikeAFieldBoundaryCannotMakeTwoRecordsHashAlike() {
        AuditEntry split = new AuditEntry(java.time.Instant.parse("2026-12-01T00:00:00Z"), "a", "b", List.of(),
                "x", "POST", "/p", "t", null, null, AuditEntry.Outcome.SUCCEEDED, 200, null);
        AuditEntry joined = new AuditEntry(split.at(), "a:1:b", null, List.of(), "x", "POST", "/p", "t", null, null,
                AuditEntry.Outcome.SUCCEEDED, 200, null);
        AuditEntry empty = new AuditEntry(split.at(), "a", "", List.of(), "x", "POST", "/p", "t", null, null,
                AuditEntry.Outcome.SUCCEEDED, 200, null);
        AuditEntry none = new AuditEntry(split.at(), "a", null, List.of(), "x", "POST", "/p", "t", null, null,
                AuditEntry.Outcome.SUCCEEDED, 200, null);

        assertThat(AuditRecord.chain(1, split, AuditRecord.GENESIS).hash())
                .isNotEqualTo(AuditRecord.chain(1, joined, AuditRecord.GENESIS).hash());
        assertThat(AuditRecord.chain(1, empty, AuditRecord.GENESIS).hash())
                .isNotEqualTo(AuditRecord.chain(1, none, AuditRecord.GENESIS).hash());
    }

    @Test
    void findsNewestFirstWithFiltersAndPages() {
        log.append(entry("thiduakt.chilang", "unit.register", 201));
        log.append(entry("thiduakt.huulung", "unit.register", 403));
        log.append(entry("thiduakt.chilang", "campaign.create", 201));

        PageResponse<AuditRecord> chilang = log.find(
                new AuditLog.AuditFilter("thiduakt.chilang", null, null, null, null, null), new PageQuery(0, 1));
        PageResponse<AuditRecord> denied = log.find(
                new AuditLog.AuditFilter(null, null, null, "DENIED", null, null), new PageQuery(0, 20));

        assertThat(chilang.totalItems()).isEqualTo(2);
        assertThat(chilang.items()).extracting(AuditRecord::action).containsExactly("campaign.create");
        assertThat(denied.items()).extracting(AuditRecord::actor).containsExactly("thiduakt.huulung");
    }

    private static AuditEntry entry(String actor, String action, int status) {
        return new AuditEntry(Instant.now(), actor, "LS-CL", List.of("EMULATION_OFFICER"), action, "POST",
                "/api/v1/units", "unit:LS-CL-NL", null, 1L, AuditEntry.Outcome.of(status), status, null);
    }
}
