package vn.tdkt.benchmarks.notification;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import vn.tdkt.benchmarks.stack.Latencies;
import vn.tdkt.benchmarks.stack.RunFacts;
import vn.tdkt.benchmarks.stack.ServiceStack;
import vn.tdkt.events.campaign.CampaignPhaseChanged;
import vn.tdkt.events.unit.UnitRegistered;
import vn.tdkt.localstack.EventPublisher;
import vn.tdkt.localstack.ReceivedMail;
import vn.tdkt.localstack.Service;
import vn.tdkt.localstack.ServiceProcess;
import vn.tdkt.localstack.SystemLauncher;

/**
 * Issue 15's benchmarks of notification-service, each against a plain baseline in the same run:
 * <ol>
 * <li><b>Fan-out</b>: one campaign launch to {@code bench.communes} (3,321: the communes of the 2025 reform) commune
 * contacts, timed from the event's publication until the service has every delivery SENT (accepted by the SMTP
 * server), against a plain loop of JavaMail sends of the same number of letters to the same server, one connection
 * per mail ({@code Transport.send}). Ratio: plain loop time / service time (target ≥ 0.7).</li>
 * <li><b>Steady latency</b> ({@link SteadyLatency}): {@code bench.rate} (50) phase changes a second for
 * {@code bench.latencySeconds}, after a warm-up of a fifth as long; p50/p99 of GreenMail's received time − the
 * event's time, against produce → plain consumer → one SMTP send. Ratio p99 service / p99 baseline (target ≤ 3).</li>
 * <li><b>Two instances</b>: a second notification-service on the same database and consumer group, then another
 * launch to the same communes; throughput ratio two / one, and every commune's mail of each launch counted (each
 * exactly once).</li>
 * </ol>
 * The services run from their packaged jars with their defaults (4 senders, rate limit 100/s per instance: raise it
 * with {@code -Dbench.serviceJvm=… -Dtdkt.notification.rate-limit.per-second=…}).
 */
public final class NotificationBenchmarks {

    private static final int COMMUNES = Integer.getInteger("bench.communes", 3321);
    private static final int RATE = Integer.getInteger("bench.rate", 50);
    private static final int LATENCY_SECONDS = Integer.getInteger("bench.latencySeconds", 60);
    private static final String LABEL = System.getProperty("bench.label", "");
    private static final String SERVICE_JVM = System.getProperty("bench.serviceJvm",
            "-Xmx256m -XX:+ExitOnOutOfMemoryError");
    private static final Duration WAIT = Duration.ofMinutes(20);
    private static final String ORGANISER = "BENCH";

    private NotificationBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path root = SystemLauncher.findProjectRoot(Path.of(""));
        try {
            ServiceStack.requireJars(root, Service.NOTIFICATION);
        } catch (ServiceStack.MissingJarsException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
        Path work = root.resolve("benchmarks/target/notification-bench");
        Instant begin = Instant.now();
        String loadBefore = RunFacts.loadAverage();
        List<String> jvm = Arrays.stream(SERVICE_JVM.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
        try (ServiceStack stack = ServiceStack.start(root, work, Service.NOTIFICATION, jvm);
             EventPublisher events = new EventPublisher(stack.infra.kafkaBootstrapServers())) {
            say("stack ready: notification-service %s, SMTP port %d", stack.baseUrl(), stack.infra.smtpPort());
            // The organiser has no contact, so that the launch's deliveries are exactly the communes' contacts.
            events.publish(new UnitRegistered(UUID.randomUUID(), Instant.now(), ORGANISER, 1, ORGANISER,
                    "Ủy ban nhân dân tỉnh (benchmark)", "PROVINCE", null, 500, List.of()));
            List<String> communes = new ArrayList<>();
            for (int i = 1; i <= COMMUNES; i++) {
                String code = "BENCH-X%04d".formatted(i);
                communes.add(code);
                events.publish(new UnitRegistered(UUID.randomUUID(), Instant.now(), code, 1, code,
                        "UBND xã số " + i, "COMMUNE", ORGANISER, 30, List.of(address(i))));
            }
            await("units projected", () -> total(stack, "/api/v1/units?size=1") >= COMMUNES + 1);
            say("%,d communes projected", COMMUNES);

            Duration plain = plainLoop(stack.infra.smtpPort(), COMMUNES);
            say("plain loop: %,d mails in %.1f s (%,.0f/s)", COMMUNES, seconds(plain), COMMUNES / seconds(plain));
            stack.infra.clearMails();
            Duration one = fanOut(stack, events, communes, "c-bench-1");
            String onceOne = exactlyOnce(stack, "c-bench-1");
            say("service fan-out, one instance: %,d mails accepted in %.1f s (%,.0f/s); %s", COMMUNES, seconds(one),
                    COMMUNES / seconds(one), onceOne);
            double ratio = seconds(plain) / seconds(one);
            say("ratio plain/service = %.2f (target ≥ 0.7)", ratio);

            SteadyLatency latency = new SteadyLatency(stack.infra, RATE);
            int warmup = Math.max(2, LATENCY_SECONDS / 5);
            List<String> targets = communes.subList(0, Math.min(50, communes.size()));
            latency.baseline(warmup);
            SteadyLatency.Result baseline = latency.baseline(LATENCY_SECONDS);
            say("baseline latency at %d/s: %s, %.1f delivered/s", RATE, baseline.latencies(), baseline.delivered());
            latency.service(events, ORGANISER, targets, "warm", warmup);
            SteadyLatency.Result service = latency.service(events, ORGANISER, targets, "run", LATENCY_SECONDS);
            say("service latency at %d/s: %s, %.1f delivered/s (%d duplicates)", RATE, service.latencies(),
                    service.delivered(), service.duplicates());
            double p99Ratio = service.latencies().percentileMillis(0.99) / baseline.latencies().percentileMillis(0.99);
            say("ratio p99 service/baseline = %.2f (target ≤ 3)", p99Ratio);

            Duration two;
            String onceTwo;
            try (ServiceProcess second = ServiceProcess.builder(Service.NOTIFICATION).projectRoot(root)
                    .environment(stack.service.environment()).jvmOptions(stack.serviceJvmOptions)
                    .logFile(work.resolve("notification-service-2.log")).build()) {
                second.start().awaitReady(Duration.ofSeconds(Long.getLong("bench.readySeconds", 300)));
                say("second instance ready on %s", second.baseUrl());
                stack.infra.clearMails();
                two = fanOut(stack, events, communes, "c-bench-2");
                onceTwo = exactlyOnce(stack, "c-bench-2");
            }
            say("service fan-out, two instances: %,d mails accepted in %.1f s (%,.0f/s); %s", COMMUNES, seconds(two),
                    COMMUNES / seconds(two), onceTwo);
            say("throughput two/one = %.2f", seconds(one) / seconds(two));
            write(root, begin, plain, one, ratio, onceOne, baseline, service, p99Ratio, two, onceTwo, loadBefore,
                    RunFacts.loadAverage(), stack.gcName(), jvm);
        }
    }

    private static String address(int i) {
        return "xa%04d@bench.tdkt.local".formatted(i);
    }

    /** One launch naming every commune, from its publication until every delivery of it is SENT. */
    private static Duration fanOut(ServiceStack stack, EventPublisher events, List<String> communes, String campaign)
            throws InterruptedException {
        CampaignPhaseChanged launch = new CampaignPhaseChanged(UUID.randomUUID(), Instant.now(), campaign, 2,
                "Thi đua thực hiện thắng lợi nhiệm vụ năm 2026 (" + campaign + ")", "Đổi mới, sáng tạo, tăng tốc, bứt phá",
                ORGANISER, communes, "DRAFT", "LAUNCHED", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 12, 31));
        long start = System.nanoTime();
        events.publish(launch);
        String sent = "/api/v1/deliveries?size=1&status=SENT&eventId=" + launch.eventId();
        await("every delivery of " + campaign + " SENT", () -> total(stack, sent) >= communes.size());
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Whether GreenMail got exactly one mail of this launch for every commune address. */
    private static String exactlyOnce(ServiceStack stack, String campaign) {
        Map<String, Integer> perAddress = new HashMap<>();
        for (ReceivedMail mail : stack.infra.receivedMails()) {
            if (mail.subject().contains("(" + campaign + ")")) {
                mail.to().forEach(to -> perAddress.merge(to.toLowerCase(java.util.Locale.ROOT), 1, Integer::sum));
            }
        }
        long once = java.util.stream.IntStream.rangeClosed(1, COMMUNES)
                .filter(i -> perAddress.getOrDefault(address(i), 0) == 1).count();
        long twice = perAddress.values().stream().filter(n -> n > 1).count();
        long missing = COMMUNES - perAddress.size();
        return "%,d of %,d addresses got it exactly once (%d more than once, %d missing)".formatted(once, COMMUNES,
                twice, Math.max(0, missing));
    }

    /** The same letter, one SMTP connection per mail (Transport.send), to each commune's address in turn. */
    private static Duration plainLoop(int port, int count) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(port));
        Session session = Session.getInstance(props);
        long start = System.nanoTime();
        for (int i = 1; i <= count; i++) {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress("thidua-khenthuong@tdkt.local"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("loop%04d@bench.tdkt.local".formatted(i)));
            message.setSubject("[Thi đua – Khen thưởng] Phát động phong trào (vòng lặp)", "UTF-8");
            message.setText("Kính gửi: Các cơ quan, đơn vị,\n\nThư so sánh của phép đo.", "UTF-8");
            Transport.send(message);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static long total(ServiceStack stack, String path) {
        ServiceStack.Answer answer = stack.get(ServiceStack.ADMIN, path);
        return answer.status() == 200 ? answer.json().get("totalItems").asLong() : -1;
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up waiting for " + what);
            }
            Thread.sleep(200);
        }
    }

    private static void write(Path root, Instant begin, Duration plain, Duration one, double ratio, String onceOne,
                              SteadyLatency.Result baseline, SteadyLatency.Result service, double p99Ratio,
                              Duration two, String onceTwo, String loadBefore, String loadAfter, String gc,
                              List<String> jvm) throws IOException {
        Path results = Path.of(System.getProperty("bench.results", root.resolve("benchmarks/results").toString()));
        Files.createDirectories(results);
        Path file = results.resolve("notification-" + RunFacts.date(begin) + (LABEL.isBlank() ? "" : "-" + LABEL)
                + ".md");
        Latencies b = baseline.latencies();
        Latencies s = service.latencies();
        Files.writeString(file, String.format(java.util.Locale.ROOT, """
                # notification-service: fan-out, steady latency, two instances (%s)

                %s
                ## Fan-out: one launch to %,d commune contacts

                | measure | time | mails/s |
                |---|---|---|
                | plain JavaMail loop, one connection per mail | %.1f s | %.0f |
                | one launch → %,d deliveries SENT, one instance | %.1f s | %.0f |
                | one launch → %,d deliveries SENT, two instances | %.1f s | %.0f |

                Ratio plain / service (one instance): **%.2f** (target ≥ 0.7). Throughput two instances / one: **%.2f**.
                Exactly once (GreenMail's mailboxes): one instance %s; two instances %s.

                ## Steady latency: %d phase changes a second for %d s (one email each), after a warm-up

                Latency = GreenMail's received time of the email − the event's time (its due time in the open loop).

                | pipeline | emails | delivered/s | p50 | p95 | p99 | max |
                |---|---|---|---|---|---|---|
                | produce → plain KafkaConsumer → one `Transport.send` | %d of %d | %.1f | %.0f ms | %.0f ms | %.0f ms | %.0f ms |
                | notification-service (inbox, recipients, template, delivery stored, dispatcher, SMTP) | %d of %d | %.1f | %.0f ms | %.0f ms | %.0f ms | %.0f ms |

                Delivered/s: emails received from the first event's due time to the last arrival; below %d/s a pipeline
                did not keep up with the offered rate, and its latencies are mostly the queue that built up.

                Ratio p99 service / baseline: **%.2f** (target ≤ 3). Duplicates received: %d.
                """, RunFacts.date(begin), RunFacts.machine(begin, loadBefore, loadAfter, "notification-service", jvm, gc),
                COMMUNES, seconds(plain), COMMUNES / seconds(plain), COMMUNES, seconds(one), COMMUNES / seconds(one),
                COMMUNES, seconds(two), COMMUNES / seconds(two), ratio, seconds(one) / seconds(two), onceOne, onceTwo,
                RATE, LATENCY_SECONDS, b.count(), baseline.sent(), baseline.delivered(), b.medianMillis(), b.p95Millis(),
                b.percentileMillis(0.99), b.maxMillis(), s.count(), service.sent(), service.delivered(), s.medianMillis(),
                s.p95Millis(), s.percentileMillis(0.99), s.maxMillis(), RATE, p99Ratio, service.duplicates()), StandardCharsets.UTF_8);
        say("written %s", file);
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    private static void say(String format, Object... args) {
        System.out.println("[notification-bench] " + format.formatted(args));
    }
}
