package vn.tdkt.embeddedmongo.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.tdkt.embeddedmongo.EmbeddedMongoServer;

/** Spring Data MongoDB, unchanged, on the embedded server: only the connection string differs. */
@SpringBootTest(classes = TestApplication.class)
class SpringDataMongoTest {

    static final EmbeddedMongoServer SERVER = EmbeddedMongoServer.builder().build().start();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> SERVER.connectionString() + "/tdkt");
        registry.add("spring.data.mongodb.auto-index-creation", () -> "true");
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Autowired
    MemberRepository members;
    @Autowired
    MongoTemplate template;

    @BeforeEach
    void clean() {
        members.deleteAll();
        template.remove(new org.springframework.data.mongodb.core.query.Query(), Lease.class);
    }

    @Test
    void versionedSaveAndStaleSaveFails() {
        Member saved = members.save(new Member("an@tdkt.vn", "Nguyễn Văn An", "Phòng Thi đua", 10));
        assertThat(saved.getId()).isNotNull();
        assertThat(saved.getVersion()).isZero();
        Member copy = members.findById(saved.getId()).orElseThrow();
        saved.setScore(11);
        assertThat(members.save(saved).getVersion()).isEqualTo(1);
        copy.setScore(12);
        assertThatThrownBy(() -> members.save(copy)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(members.findById(saved.getId()).orElseThrow().getScore()).isEqualTo(11);
    }

    @Test
    void uniqueIndexGivesDuplicateKeyException() {
        List<Document> indexes = template.getCollection("members").listIndexes().into(new ArrayList<>());
        assertThat(indexes).anySatisfy(i -> assertThat(i.getBoolean("unique", false)).isTrue());
        members.save(new Member("binh@tdkt.vn", "Trần Bình", "A", 1));
        assertThatThrownBy(() -> members.save(new Member("binh@tdkt.vn", "Khác", "B", 2)))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void derivedQueriesPagingAndSorting() {
        for (int i = 0; i < 12; i++) {
            members.save(new Member("m" + i + "@tdkt.vn", (i % 2 == 0 ? "Lê " : "Phạm ") + i, i < 8 ? "Khối A" : "Khối B", i));
        }
        assertThat(members.findByEmail("m3@tdkt.vn")).get().extracting(Member::getScore).isEqualTo(3);
        assertThat(members.findByUnitOrderByScoreDesc("Khối B")).extracting(Member::getScore).containsExactly(11, 10, 9, 8);
        assertThat(members.findByScoreBetween(2, 5)).extracting(Member::getScore).containsExactlyInAnyOrder(3, 4);
        assertThat(members.findByNameStartingWith("Lê")).hasSize(6);
        assertThat(members.countByUnit("Khối A")).isEqualTo(8);
        assertThat(members.existsByEmail("m11@tdkt.vn")).isTrue();
        assertThat(members.existsByEmail("nobody@tdkt.vn")).isFalse();
        Page<Member> page = members.findByUnit("Khối A", PageRequest.of(1, 3, Sort.by(Sort.Direction.DESC, "score")));
        assertThat(page.getTotalElements()).isEqualTo(8);
        assertThat(page.getTotalPages()).isEqualTo(3);
        assertThat(page.getContent()).extracting(Member::getScore).containsExactly(4, 3, 2);
        Page<Member> all = members.findAll(PageRequest.of(0, 5, Sort.by("email")));
        assertThat(all.getTotalElements()).isEqualTo(12);
        assertThat(all.getContent()).extracting(Member::getEmail).first().isEqualTo("m0@tdkt.vn");
        assertThat(members.deleteByUnit("Khối B")).isEqualTo(4);
        assertThat(members.count()).isEqualTo(8);
    }

    @Test
    void templateUpdates() {
        Member m = members.save(new Member("cuong@tdkt.vn", "Cường", "A", 1));
        members.save(new Member("dung@tdkt.vn", "Dũng", "A", 5));
        template.updateFirst(query(where("email").is("cuong@tdkt.vn")), new Update().inc("score", 4), Member.class);
        assertThat(members.findById(m.getId()).orElseThrow().getScore()).isEqualTo(5);
        var multi = template.updateMulti(query(where("unit").is("A")), new Update().set("unit", "B"), Member.class);
        assertThat(multi.getModifiedCount()).isEqualTo(2);
        var upsert = template.upsert(query(where("email").is("em@tdkt.vn")), new Update().set("name", "Em").set("score", 0),
                Member.class);
        assertThat(upsert.getUpsertedId()).isNotNull();
        assertThat(members.findByEmail("em@tdkt.vn")).isPresent();
    }

    @Test
    void findAndModifyAsALease() {
        Instant now = Instant.now();
        template.insert(new Lease("nightly-report", null, now.minusSeconds(1)));
        Lease first = acquire("node-1", now);
        assertThat(first).isNotNull();
        assertThat(first.owner()).isEqualTo("node-1");
        assertThat(acquire("node-2", now)).isNull();
        assertThat(template.findById("nightly-report", Lease.class).owner()).isEqualTo("node-1");
    }

    private Lease acquire(String owner, Instant now) {
        return template.findAndModify(query(where("_id").is("nightly-report").and("until").lt(now)),
                new Update().set("owner", owner).set("until", now.plus(Duration.ofMinutes(5))),
                FindAndModifyOptions.options().returnNew(true), Lease.class);
    }

    @Test
    void ttlIndexExpiresDocuments() throws InterruptedException {
        template.insert(new LoginToken("t1", new Date(System.currentTimeMillis() - 5_000)));
        List<Document> indexes = template.getCollection("tokens").listIndexes().into(new ArrayList<>());
        assertThat(indexes).anySatisfy(i -> assertThat(i.get("expireAfterSeconds", Number.class)).isNotNull());
        long deadline = System.currentTimeMillis() + 10_000;
        while (template.exists(query(where("_id").is("t1")), LoginToken.class) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(template.exists(query(where("_id").is("t1")), LoginToken.class)).isFalse();
    }
}
