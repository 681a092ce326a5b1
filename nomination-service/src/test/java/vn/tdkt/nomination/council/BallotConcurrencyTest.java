package vn.tdkt.nomination.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import vn.tdkt.nomination.EmbeddedMongo;
import vn.tdkt.nomination.FixedClock;
import vn.tdkt.nomination.MongoConfiguration;
import vn.tdkt.support.outbox.OutboxProperties;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.outbox.OutboxWrites;
import vn.tdkt.support.problem.ConflictException;
import vn.tdkt.support.security.Actor;
import vn.tdkt.support.security.Role;

/**
 * Twenty members casting at once on embedded-mongo: every ballot counted exactly once, none lost, none doubled,
 * a second ballot refused, and a closing racing the ballots counts exactly what is stored.
 */
@DataMongoTest
@Import({CouncilService.class, CouncilRepository.class, SessionRepository.class, OutboxWrites.class,
        MongoConfiguration.class, FixedClock.class, BallotConcurrencyTest.Agenda.class})
@EnableConfigurationProperties(OutboxProperties.class)
class BallotConcurrencyTest {

    static final List<String> TWENTY = IntStream.rangeClosed(1, 20).mapToObj(i -> "uyvien.%02d".formatted(i)).toList();
    static final List<String> DOSSIERS = List.of("DX-1", "DX-2", "DX-3");
    static final Actor SECRETARY = new Actor("thuky.hoidong", Set.of(Role.COUNCIL_SECRETARY), "LS");

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        EmbeddedMongo.register(registry, "tdkt_nomination_ballots");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Agenda {
        @Bean
        FakeAgenda fakeAgenda() {
            return new FakeAgenda().with(DOSSIERS.stream().map(id -> Sessions.item(id, Sessions.BEFORE_2024))
                    .toArray(VotingAgenda.AgendaItem[]::new));
        }

        @Bean
        PackCouncilRules packCouncilRules() {
            return new PackCouncilRules(vn.tdkt.nomination.rulepack.RulePacks.load(null)) {
                @Override
                public CouncilRule apply(VotingAgenda.AgendaItem item) {
                    return Sessions.RULES.apply(item);
                }
            };
        }
    }

    @Autowired
    CouncilService councils;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    FakeAgenda agenda;
    @MockitoBean
    OutboxRelay relay;

    @BeforeEach
    void empty() {
        mongo.remove(new Query(), CouncilDocument.COLLECTION);
        mongo.remove(new Query(), SessionDocument.COLLECTION);
        councils.define("LS", new Council.Definition("Hội đồng Thi đua – Khen thưởng tỉnh", TWENTY.getFirst(),
                SECRETARY.username(), TWENTY), SECRETARY.username());
    }

    /** Runs {@code action} on every item from {@code threads} threads at once; rethrows the first failure. */
    static <T> void applyAll(List<T> items, java.util.function.Function<T, ?> action, int threads) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Object>> results = new ArrayList<>();
            for (T item : items) {
                results.add(pool.submit(() -> {
                    start.await();
                    return action.apply(item);
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<Object> result : results) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Member i's choice on dossier d: a fixed spread, so the expected tallies are known. */
    static Choice choiceOf(int member, int dossier) {
        return Choice.values()[(member + dossier) % 3];
    }

    @Test
    void twentyMembersCastingAtOnceAreEachCountedOnce() throws Exception {
        VotingSession session = councils.open("LS", null, DOSSIERS, SECRETARY);
        String id = session.id().value();
        Map<String, String> receipts = new ConcurrentHashMap<>();
        List<int[]> ballots = new ArrayList<>();
        for (int m = 0; m < TWENTY.size(); m++) {
            for (int d = 0; d < DOSSIERS.size(); d++) {
                ballots.add(new int[] {m, d});
                ballots.add(new int[] {m, d}); // the same ballot again, racing the first
            }
        }
        List<String> refused = java.util.Collections.synchronizedList(new ArrayList<>());
        applyAll(ballots, b -> {
            try {
                String receipt = councils.cast("LS", id, DOSSIERS.get(b[1]), choiceOf(b[0], b[1]), TWENTY.get(b[0]));
                return receipts.put(receipt, TWENTY.get(b[0]));
            } catch (ConflictException second) {
                return refused.add(second.getMessage());
            }
        }, 20);

        assertThat(receipts).hasSize(60);
        assertThat(refused).hasSize(60).allMatch(m -> m.contains("already cast"));
        Document stored = mongo.getCollection(SessionDocument.COLLECTION).find(new Document("_id", id)).first();
        assertThat(stored.getInteger("ballotsCast")).isEqualTo(60);
        assertThat(stored.getLong("version")).as("ballots leave the version alone").isZero();
        List<String> hashes = stored.getList("receipts", String.class);
        assertThat(hashes).hasSize(60).doesNotHaveDuplicates().isSorted();
        for (int d = 0; d < DOSSIERS.size(); d++) {
            Document item = stored.getList("items", Document.class).get(d);
            assertThat(item.getList("participants", String.class)).containsExactlyElementsOf(TWENTY);
            Map<Choice, Integer> expected = new EnumMap<>(Choice.class);
            for (int m = 0; m < TWENTY.size(); m++) {
                expected.merge(choiceOf(m, d), 1, Integer::sum);
            }
            for (Choice c : Choice.values()) {
                assertThat(item.getInteger(c.counter)).as(DOSSIERS.get(d) + " " + c.counter)
                        .isEqualTo(expected.getOrDefault(c, 0));
            }
        }
        assertThat(receipts.keySet()).allMatch(r -> councils.counted("LS", id, r));
        assertThat(councils.counted("LS", id, "not-a-receipt")).isFalse();

        VotingSession closed = councils.close("LS", id, null, SECRETARY);
        assertThat(closed.closing().outcomes()).allSatisfy(o -> {
            assertThat(o.participants()).isEqualTo(20);
            assertThat(o.approvals() + o.rejections() + o.blanks()).isEqualTo(20);
            assertThat(o.approved()).isFalse(); // about a third approved: far from 90 % of 20
        });
        assertThat(closed.isResultsApplied()).isTrue();
        assertThat(agenda.applied.get(id)).containsOnlyKeys(DOSSIERS);
        assertThatThrownBy(() -> councils.cast("LS", id, "DX-1", Choice.APPROVE, TWENTY.getFirst()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("closed");
    }

    @Test
    void aClosingRacingTheBallotsCountsExactlyWhatIsStored() throws Exception {
        VotingSession session = councils.open("LS", null, List.of("DX-1"), SECRETARY);
        String id = session.id().value();
        List<Integer> work = IntStream.range(0, 21).boxed().toList(); // 20 ballots and one closing
        applyAll(work, i -> {
            if (i == 10) {
                return councils.close("LS", id, null, SECRETARY);
            }
            int member = i < 10 ? i : i - 1;
            try {
                return councils.cast("LS", id, "DX-1", Choice.APPROVE, TWENTY.get(member));
            } catch (ConflictException afterClosing) {
                return afterClosing.getMessage();
            }
        }, 8);

        Document stored = mongo.getCollection(SessionDocument.COLLECTION).find(new Document("_id", id)).first();
        Document item = stored.getList("items", Document.class).getFirst();
        Document outcome = stored.getList("outcomes", Document.class).getFirst();
        assertThat(outcome.getInteger("approvals")).as("the result counts every stored ballot, no more, no less")
                .isEqualTo(item.getInteger("approvals")).isEqualTo(stored.getInteger("ballotsCast"))
                .isEqualTo(item.getList("participants", String.class).size());
    }

    @Test
    void interruptedApplicationsAreAppliedByTheRecovery() {
        VotingSession session = councils.open("LS", null, List.of("DX-1"), SECRETARY);
        agenda.failing = true;
        VotingSession closed = councils.close("LS", session.id().value(), null, SECRETARY);
        assertThat(closed.isResultsApplied()).isFalse();
        assertThat(agenda.applied).doesNotContainKey(session.id().value());

        agenda.failing = false;
        assertThat(councils.applyInterrupted(java.time.Duration.ofMinutes(-1))).isEqualTo(1);
        assertThat(agenda.applied.get(session.id().value())).containsOnlyKeys("DX-1");
        assertThat(councils.session("LS", session.id().value()).isResultsApplied()).isTrue();
        assertThat(councils.applyInterrupted(java.time.Duration.ofMinutes(-1))).isZero();
    }
}
