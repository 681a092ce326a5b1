package vn.tdkt.notification.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.tdkt.embeddedmongo.EmbeddedMongoServer;
import vn.tdkt.notification.delivery.Deliveries;
import vn.tdkt.notification.delivery.OutgoingEmail;
import vn.tdkt.notification.template.TestTemplates;
import vn.tdkt.notification.unit.FakeUnits;

/**
 * Subscriptions on embedded-mongo: IMMEDIATE passes, OFF drops, DAILY_DIGEST holds until the day is over, then one
 * digest per (unit, day) to each address, once even with two instances racing. The mocked deliveries stand in for
 * the unique (eventId, recipient, channel) index.
 */
class DigestJobTest {

    /** 2026-03-24 10:00 and 2026-03-25 00:30 in Hà Nội. */
    private static final Instant DAY = Instant.parse("2026-03-24T03:00:00Z");
    private static final Instant NEXT_NIGHT = Instant.parse("2026-03-24T17:30:00Z");

    private static EmbeddedMongoServer server;
    private static MongoClient client;

    private final FakeUnits units = new FakeUnits().unit("LS-CL", "UBND xã Chi Lăng", "vanphong@chilang.gov.vn");
    private final Map<String, OutgoingEmail> queued = new ConcurrentHashMap<>();
    private final List<OutgoingEmail> attempted = Collections.synchronizedList(new ArrayList<>());
    private MongoTemplate mongo;
    private Deliveries deliveries;

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
        mongo = new MongoTemplate(client, "digests_" + UUID.randomUUID().toString().substring(0, 8));
        deliveries = mock(Deliveries.class);
        when(deliveries.enqueue(anyList())).thenAnswer(call -> {
            List<OutgoingEmail> emails = call.getArgument(0);
            attempted.addAll(emails);
            return (int) emails.stream().filter(e -> queued.putIfAbsent(e.eventId() + "|" + e.recipient(), e) == null)
                    .count();
        });
    }

    private Subscriptions subscriptions(Instant now) {
        return new Subscriptions(mongo, Clock.fixed(now, ZoneOffset.UTC));
    }

    private SubscriptionRouter router(Instant now) {
        return new SubscriptionRouter(subscriptions(now), mongo, Clock.fixed(now, ZoneOffset.UTC));
    }

    private DigestJob job(Instant now) {
        return new DigestJob(mongo, deliveries, units.resolver(), TestTemplates.templates(),
                new DigestProperties(Duration.ofMinutes(15), Duration.ofMinutes(5)), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static OutgoingEmail email(String kind, String subject) {
        return new OutgoingEmail(UUID.randomUUID(), "tdkt.campaign.phase-changed.v1", "c-1", List.of("LS-CL", "LS"),
                "vanphong@chilang.gov.vn", subject, "Nội dung", "<p>Nội dung</p>", kind,
                "http://127.0.0.1:8080/campaigns/c-1", null);
    }

    @Test
    void eachModeDoesWhatItSays() {
        subscriptions(DAY).replace("LS-CL", Map.of("campaign-phase-changed", DeliveryMode.DAILY_DIGEST,
                "bloc-result", DeliveryMode.OFF), "can-bo-thi-dua");
        SubscriptionRouter router = router(DAY);

        OutgoingEmail immediate = email("campaign-milestone-added", "Bổ sung mốc");
        OutgoingEmail held = email("campaign-phase-changed", "Phát động phong trào");
        OutgoingEmail digest = email("daily-digest", "Tổng hợp");
        OutgoingEmail escalation = email("deadline-escalation", "Quá hạn");

        assertThat(router.route(List.of(immediate, email("bloc-result", "Kết quả"), held, held, digest, escalation)))
                .as("OFF dropped, DAILY_DIGEST held once, the digest and escalations always go")
                .containsExactly(immediate, digest, escalation);

        assertThat(mongo.findAll(DigestItem.class)).singleElement()
                .satisfies(item -> assertThat(item.day()).isEqualTo("2026-03-24"));
        assertThat(subscriptions(DAY).of("LS-CL")).containsEntry("bloc-result", DeliveryMode.OFF)
                .containsEntry("nomination-step", DeliveryMode.IMMEDIATE).doesNotContainKey("daily-digest");
    }

    @Test
    void theDaysItemsGoOutOnceTheDayIsOverInOneDigestEvenWithTwoInstances() {
        subscriptions(DAY).replace("LS-CL", Map.of("campaign-phase-changed", DeliveryMode.DAILY_DIGEST,
                "nomination-step", DeliveryMode.DAILY_DIGEST), "can-bo-thi-dua");
        router(DAY).route(List.of(
                email("campaign-phase-changed", "[Thi đua – Khen thưởng] Phát động phong trào: Năm 2026"),
                email("nomination-step", "[Thi đua – Khen thưởng] Hồ sơ khen thưởng Hoàng Thị Lan")));

        assertThat(job(DAY).run()).as("the day is not over").isZero();

        List<CompletableFuture<Integer>> racing = List.of(
                CompletableFuture.supplyAsync(() -> job(NEXT_NIGHT).run()),
                CompletableFuture.supplyAsync(() -> job(NEXT_NIGHT).run()));
        int digests = racing.stream().mapToInt(CompletableFuture::join).sum();

        assertThat(digests).isEqualTo(1);
        assertThat(attempted).singleElement().satisfies(digest -> {
            assertThat(digest.eventType()).isEqualTo(DigestJob.EVENT_TYPE);
            assertThat(digest.subject()).isEqualTo("[Thi đua – Khen thưởng] Tổng hợp thông báo ngày 24/03/2026 (2 thư)");
            assertThat(digest.body()).startsWith("Kính gửi: UBND xã Chi Lăng,")
                    .contains("- [Thi đua – Khen thưởng] Phát động phong trào: Năm 2026\n"
                            + "  http://127.0.0.1:8080/campaigns/c-1")
                    .contains("Hồ sơ khen thưởng Hoàng Thị Lan");
        });
        assertThat(mongo.findAll(DigestItem.class)).isEmpty();
        assertThat(job(NEXT_NIGHT).run()).as("done").isZero();
    }
}
