package vn.tdkt.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.QueryMapper;
import org.springframework.data.mongodb.core.query.Query;
import vn.tdkt.embeddedmongo.EmbeddedMongoServer;
import vn.tdkt.support.paging.PageQuery;

/** The atomic operations the dispatcher relies on, against a real wire-protocol server (embedded-mongo). */
class DeliveryStoreTest {

    private static final PageQuery PAGE = new PageQuery(0, 20);
    private static final Duration RETENTION = Duration.ofDays(90);

    private static EmbeddedMongoServer server;
    private static MongoClient client;

    private final UUID eventId = UUID.randomUUID();
    private MongoTemplate mongo;
    private DeliveryStore store;

    @BeforeAll
    static void startServer() {
        server = EmbeddedMongoServer.builder().bindAddress("127.0.0.1").port(0).build().start();
        client = MongoClients.create(server.connectionString());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.close();
    }

    @BeforeEach
    void freshDatabase() {
        mongo = new MongoTemplate(client, "deliveries_" + UUID.randomUUID().toString().substring(0, 8));
        store = new DeliveryStore(mongo);
        store.createIndexes(RETENTION);
    }

    private Delivery pending(String recipient, Instant now) {
        return Delivery.pending(UUID.randomUUID().toString(), new OutgoingEmail(eventId,
                "tdkt.campaign.phase-changed.v1", "c-1", List.of("SNV", "UBT"), recipient, "Phát động phong trào", "Nội dung"), now,
                "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
    }

    @Test
    void theSameEventAndRecipientIsRecordedOnce() {
        Instant now = Instant.now();
        assertThat(store.insertIfAbsent(pending("a@snv.gov.vn", now))).isTrue();
        assertThat(store.insertIfAbsent(pending("a@snv.gov.vn", now))).isFalse();
        assertThat(store.insertIfAbsent(pending("b@snv.gov.vn", now))).isTrue();

        assertThat(store.find(new DeliveryFilter(Optional.empty(), Optional.of(eventId), Optional.empty()), PAGE)
                .items()).extracting(Delivery::recipient).containsExactly("a@snv.gov.vn", "b@snv.gov.vn");
        assertThat(store.find(new DeliveryFilter(Optional.empty(), Optional.of(eventId), Optional.of("UBT")), PAGE)
                .totalItems()).as("an ancestor of the organiser reads them").isEqualTo(2);
        assertThat(store.find(new DeliveryFilter(Optional.empty(), Optional.of(eventId), Optional.of("SGD")), PAGE)
                .items()).as("another unit does not").isEmpty();
        assertThat(store.claimNext(now, Duration.ofSeconds(30))).get().satisfies(claimed -> {
            assertThat(claimed.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
            assertThat(claimed.traceparent()).isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        });
    }

    @Test
    void aBulkInsertSkipsTheDeliveriesAlreadyRecordedAndStoresTheOthers() {
        Instant now = Instant.now();
        store.insertIfAbsent(pending("b@snv.gov.vn", now));

        int inserted = store.insertAllIfAbsent(List.of(pending("a@snv.gov.vn", now), pending("b@snv.gov.vn", now),
                pending("c@snv.gov.vn", now)));

        assertThat(inserted).isEqualTo(2);
        assertThat(store.insertAllIfAbsent(List.of(pending("a@snv.gov.vn", now)))).as("redelivered").isZero();
        assertThat(store.find(new DeliveryFilter(Optional.empty(), Optional.of(eventId), Optional.empty()), PAGE)
                .items()).extracting(Delivery::recipient)
                .containsExactlyInAnyOrder("a@snv.gov.vn", "b@snv.gov.vn", "c@snv.gov.vn");
    }

    @Test
    void aBatchClaimTakesOnlyDueDeliveriesEachOnceWithOneToken() {
        Instant now = Instant.now();
        for (int i = 0; i < 8; i++) {
            store.insertIfAbsent(pending("r" + i + "@snv.gov.vn", now));
        }
        store.insertIfAbsent(pending("later@snv.gov.vn", now.plusSeconds(60)));
        Delivery single = store.claimNext(now, Duration.ofSeconds(30)).orElseThrow();

        List<Delivery> first = store.claim(now, Duration.ofSeconds(30), 5, 2);
        List<Delivery> second = store.claim(now, Duration.ofSeconds(30), 5, 2);

        assertThat(first).hasSize(5).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.SENDING);
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.claimToken()).isEqualTo(first.getFirst().claimToken());
        });
        assertThat(second).as("the rest that is due").hasSize(2);
        assertThat(java.util.stream.Stream.concat(java.util.stream.Stream.of(single),
                java.util.stream.Stream.concat(first.stream(), second.stream())).map(Delivery::recipient))
                .doesNotHaveDuplicates().doesNotContain("later@snv.gov.vn").hasSize(8);
        assertThat(store.claim(now, Duration.ofSeconds(30), 5, 2)).isEmpty();
        assertThat(store.markSent(first.get(2), now)).as("each keeps its own claim").isTrue();
        assertThat(store.claim(now.plusSeconds(31), Duration.ofSeconds(30), 10, 1)).as("expired claims come back")
                .hasSize(7);
    }

    @Test
    void deliveriesStoredBeforeChannelsAreMigratedToTheChannelKeyWithoutADuplicateWindow() {
        MongoTemplate old = new MongoTemplate(client, "deliveries_old_" + UUID.randomUUID().toString().substring(0, 8));
        old.indexOps(Delivery.class).createIndex(new org.springframework.data.mongodb.core.index.Index()
                .on("eventId", org.springframework.data.domain.Sort.Direction.ASC)
                .on("recipient", org.springframework.data.domain.Sort.Direction.ASC).unique()
                .named(DeliveryStore.OLD_UNIQUE_INDEX));
        old.getCollection(Delivery.COLLECTION).insertOne(new org.bson.Document("_id", "before-channels")
                .append("eventId", eventId.toString()).append("recipient", "a@snv.gov.vn").append("status", "SENT"));
        DeliveryStore migrated = new DeliveryStore(old);

        migrated.createIndexes(RETENTION);
        migrated.createIndexes(RETENTION); // every instance runs it at start

        assertThat(old.indexOps(Delivery.class).getIndexInfo()).extracting(info -> info.getName())
                .contains(DeliveryStore.UNIQUE_INDEX).doesNotContain(DeliveryStore.OLD_UNIQUE_INDEX);
        assertThat(old.getCollection(Delivery.COLLECTION).find().first().getString("channel")).isEqualTo("EMAIL");
        assertThat(migrated.insertIfAbsent(pending("a@snv.gov.vn", Instant.now())))
                .as("the same event and address by e-mail again").isFalse();
    }

    @Test
    void operatorsListByStatusTypeAndTimeWithPaging() {
        Instant t0 = Instant.parse("2026-11-24T05:00:00Z");
        for (int i = 0; i < 5; i++) {
            store.insertIfAbsent(pending("p" + i + "@snv.gov.vn", t0.plusSeconds(i)));
        }
        Delivery dead = store.claimNext(t0.plusSeconds(10), Duration.ofSeconds(30)).orElseThrow();
        store.markFailed(dead, DeliveryStatus.DEAD, null, "550");
        Delivery sending = store.claimNext(t0.plusSeconds(10), Duration.ofSeconds(30)).orElseThrow();

        assertThat(store.find(filter(DeliveryStatus.DEAD, null, null, null), PAGE).items())
                .extracting(Delivery::id).containsExactly(dead.id());
        assertThat(store.find(filter(DeliveryStatus.PENDING, null, null, null), PAGE).items())
                .as("SENDING is reported, and found, as PENDING").hasSize(4)
                .extracting(Delivery::id).contains(sending.id());
        assertThat(store.find(filter(null, "tdkt.campaign.phase-changed.v1", t0.plusSeconds(1), t0.plusSeconds(3)),
                PAGE).items()).extracting(Delivery::recipient).containsExactly("p1@snv.gov.vn", "p2@snv.gov.vn");
        assertThat(store.find(filter(null, "tdkt.bloc.result-published.v1", null, null), PAGE).totalItems()).isZero();
        var second = store.find(filter(DeliveryStatus.PENDING, null, null, null), new PageQuery(1, 3));
        assertThat(second.totalItems()).isEqualTo(4);
        assertThat(second.items()).hasSize(1);
    }

    private DeliveryFilter filter(DeliveryStatus status, String type, Instant from, Instant to) {
        return new DeliveryFilter(Optional.empty(), Optional.of(eventId), Optional.empty(), Optional.ofNullable(status),
                Optional.ofNullable(type), Optional.ofNullable(from), Optional.ofNullable(to));
    }

    @Test
    void aClaimIsExclusiveUntilItExpiresAndAStaleOwnerCannotFinish() {
        Instant now = Instant.now();
        store.insertIfAbsent(pending("a@snv.gov.vn", now));

        Delivery first = store.claimNext(now, Duration.ofSeconds(30)).orElseThrow();
        assertThat(first.status()).isEqualTo(DeliveryStatus.SENDING);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(store.claimNext(now.plusSeconds(10), Duration.ofSeconds(30))).isEmpty();

        // The first owner died: after the expiry another instance takes the delivery over.
        Delivery second = store.claimNext(now.plusSeconds(31), Duration.ofSeconds(30)).orElseThrow();
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(store.markSent(first, now.plusSeconds(32))).isFalse();
        assertThat(store.markSent(second, now.plusSeconds(32))).isTrue();
        assertThat(store.claimNext(now.plusSeconds(100), Duration.ofSeconds(30))).isEmpty();
    }

    @Test
    void aFailedDeliveryIsClaimableOnlyOnceItIsDue() {
        Instant now = Instant.now();
        store.insertIfAbsent(pending("a@snv.gov.vn", now));
        Delivery claimed = store.claimNext(now, Duration.ofSeconds(30)).orElseThrow();
        store.markFailed(claimed, DeliveryStatus.FAILED, now.plusSeconds(4), "421");

        assertThat(store.claimNext(now.plusSeconds(3), Duration.ofSeconds(30))).isEmpty();
        assertThat(store.claimNext(now.plusSeconds(4), Duration.ofSeconds(30))).isPresent();
    }

    @Test
    void racingDispatchersSendEveryDeliveryExactlyOnce() throws Exception {
        Instant now = Instant.now();
        for (int i = 0; i < 40; i++) {
            store.insertIfAbsent(pending("r" + i + "@snv.gov.vn", now));
        }
        Map<String, AtomicInteger> sends = new ConcurrentHashMap<>();
        MailGateway mail = mock(MailGateway.class);
        doAnswer(call -> sends.computeIfAbsent(call.getArgument(0), k -> new AtomicInteger()).incrementAndGet())
                .when(mail).send(anyString(), anyString(), anyString(), any());
        NotificationProperties properties = new NotificationProperties("from@tdkt.local", 3, Duration.ofSeconds(1),
                Duration.ofSeconds(5), 0.0, Duration.ofMillis(200), Duration.ofMinutes(1), 7, null, null, null, 0);
        List<DeliveryDispatcher> instances = List.of(
                new DeliveryDispatcher(store, mail, properties, new DeliveryMetrics(new SimpleMeterRegistry()),
                        new SmtpCircuitBreaker(properties, new SimpleMeterRegistry()), ObservationRegistry.NOOP, Clock.systemUTC()),
                new DeliveryDispatcher(store, mail, properties, new DeliveryMetrics(new SimpleMeterRegistry()),
                        new SmtpCircuitBreaker(properties, new SimpleMeterRegistry()), ObservationRegistry.NOOP, Clock.systemUTC()),
                new DeliveryDispatcher(store, mail, properties, new DeliveryMetrics(new SimpleMeterRegistry()),
                        new SmtpCircuitBreaker(properties, new SimpleMeterRegistry()), ObservationRegistry.NOOP, Clock.systemUTC()));

        ExecutorService pool = Executors.newFixedThreadPool(instances.size());
        try {
            List<Future<?>> runs = instances.stream().<Future<?>>map(d -> pool.submit(() -> {
                while (d.dispatchDue() > 0) {
                    // keep going until nothing is due
                }
            })).toList();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(sends).hasSize(40);
        assertThat(sends.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(store.find(new DeliveryFilter(Optional.empty(), Optional.empty(), Optional.empty()),
                new PageQuery(0, PageQuery.MAX_SIZE)).items()).allSatisfy(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.SENT));
    }

    @Test
    void theClaimReadsOnlyClaimableDeliveriesThroughAnIndex() {
        Instant now = Instant.now();
        for (int i = 0; i < 100; i++) {
            store.insertIfAbsent(pending("sent" + i + "@snv.gov.vn", now));
            store.markSent(store.claimNext(now, Duration.ofSeconds(30)).orElseThrow(), now);
        }
        store.insertIfAbsent(pending("due@snv.gov.vn", now));

        Document stats = explainClaim(now.plusSeconds(1));

        assertThat(stats.get("queryPlanner", Document.class).toJson()).as("winning plan").contains("IXSCAN")
                .doesNotContain("COLLSCAN").doesNotContain("\"SORT\"");
        Document execution = stats.get("executionStats", Document.class);
        assertThat(execution.get("nReturned", Number.class).longValue()).isEqualTo(1);
        assertThat(execution.get("totalDocsExamined", Number.class).longValue())
                .as("sent deliveries are not read by the claim").isLessThanOrEqualTo(1);
    }

    @Test
    void sentDeliveriesExpireAfterTheRetentionWhichCanBeChanged() {
        assertThat(ttl()).contains(RETENTION);

        store.createIndexes(Duration.ofDays(30));

        assertThat(ttl()).contains(Duration.ofDays(30));
    }

    private Optional<Duration> ttl() {
        return mongo.indexOps(Delivery.class).getIndexInfo().stream()
                .filter(info -> info.getName().equals(DeliveryStore.SENT_TTL_INDEX)).findFirst().orElseThrow()
                .getExpireAfter();
    }

    @Test
    void deliveriesStoredBeforeDueAtExistedAreClaimedAfterTheStart() {
        Instant now = Instant.now();
        store.insertIfAbsent(pending("old@snv.gov.vn", now));
        mongo.getCollection(Delivery.COLLECTION).updateMany(new Document(), new Document("$unset", new Document("dueAt", "")));
        assertThat(store.claimNext(now, Duration.ofSeconds(30))).isEmpty();

        store.createIndexes(RETENTION);

        assertThat(store.claimNext(now, Duration.ofSeconds(30))).get()
                .extracting(Delivery::recipient).isEqualTo("old@snv.gov.vn");
    }

    @Test
    void onlyDeliveriesStillToSendAreDue() {
        Instant now = Instant.now();
        store.insertIfAbsent(pending("sent@snv.gov.vn", now));
        store.insertIfAbsent(pending("dead@snv.gov.vn", now));
        store.markSent(store.claimNext(now, Duration.ofSeconds(30)).orElseThrow(), now);
        store.markFailed(store.claimNext(now, Duration.ofSeconds(30)).orElseThrow(), DeliveryStatus.DEAD, null, "550");

        assertThat(mongo.getCollection(Delivery.COLLECTION).countDocuments(new Document("dueAt", new Document("$exists", true))))
                .isZero();
        assertThat(store.claimNext(now.plus(Duration.ofDays(1)), Duration.ofSeconds(30))).isEmpty();
    }

    @Test
    void requeueTakesBackOnlyDeadDeliveriesOfTheFilterWithAttemptsFromZero() {
        Instant now = Instant.now();
        for (String recipient : List.of("a@snv.gov.vn", "b@snv.gov.vn", "c@snv.gov.vn")) {
            store.insertIfAbsent(pending(recipient, now));
            store.markFailed(store.claimNext(now, Duration.ofSeconds(30)).orElseThrow(), DeliveryStatus.DEAD, null, "550");
        }
        store.insertIfAbsent(pending("sent@snv.gov.vn", now));
        store.markSent(store.claimNext(now, Duration.ofSeconds(30)).orElseThrow(), now);
        Instant later = now.plusSeconds(3600);
        String deadA = byRecipient("a@snv.gov.vn").id();

        assertThat(store.requeueDead(Optional.of(UUID.randomUUID()), List.of(), later)).as("another event").isZero();
        assertThat(store.requeueDead(Optional.of(eventId), List.of(deadA), later)).isEqualTo(1);
        assertThat(byRecipient("a@snv.gov.vn")).satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(d.attempts()).isZero();
            assertThat(d.dueAt()).isEqualTo(later.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        });
        assertThat(store.requeueDead(Optional.empty(), List.of(), later)).as("the other two DEAD").isEqualTo(2);
        assertThat(byRecipient("sent@snv.gov.vn").status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(store.claimNext(later, Duration.ofSeconds(30))).get().extracting(Delivery::attempts).isEqualTo(1);
    }

    private Delivery byRecipient(String recipient) {
        return store.find(new DeliveryFilter(Optional.of(recipient), Optional.empty(), Optional.empty()), PAGE)
                .items().getFirst();
    }

    /** What the server does with the claim's findAndModify: access path and documents read. */
    private Document explainClaim(Instant now) {
        Query claim = DeliveryStore.claimQuery(now);
        QueryMapper mapper = new QueryMapper(mongo.getConverter());
        var entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(Delivery.class);
        Document command = new Document("findAndModify", Delivery.COLLECTION)
                .append("query", mapper.getMappedObject(claim.getQueryObject(), entity))
                .append("sort", mapper.getMappedSort(claim.getSortObject(), entity))
                .append("update", new Document("$inc", new Document("attempts", 1)));
        return mongo.getDb().runCommand(new Document("explain", command).append("verbosity", "executionStats"));
    }
}
