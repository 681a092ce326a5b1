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
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import vn.tdkt.benchmarks.stack.RunFacts;
import vn.tdkt.benchmarks.stack.ServiceStack;
import vn.tdkt.events.campaign.CampaignPhaseChanged;
import vn.tdkt.events.unit.UnitRegistered;
import vn.tdkt.localstack.EventPublisher;
import vn.tdkt.localstack.Service;
import vn.tdkt.localstack.SystemLauncher;

/**
 * Issue 15's fan-out benchmark: one campaign launch to {@code bench.communes} (3,321: the communes of the 2025
 * reform) commune contacts, timed from the event's publication until notification-service has every delivery
 * SENT (accepted by the SMTP server), against a plain loop of JavaMail sends of the same letters to the same
 * server, one connection per mail as the service's mail sender does. Both in the same run; the ratio is plain
 * loop time / service time (target ≥ 0.7). The service runs from its packaged jar with its defaults (rate limit
 * 100/s per instance: raise it with {@code -Dbench.serviceJvm=… -Dtdkt.notification.rate-limit.per-second=…}).
 */
public final class NotificationBenchmarks {

    private static final int COMMUNES = Integer.getInteger("bench.communes", 3321);
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
                        "UBND xã số " + i, "COMMUNE", ORGANISER, 30, List.of("xa%04d@bench.tdkt.local".formatted(i))));
            }
            await("units projected", () -> total(stack, "/api/v1/units?size=1") >= COMMUNES + 1);
            say("%,d communes projected", COMMUNES);

            Duration plain = plainLoop(stack.infra.smtpPort(), COMMUNES);
            say("plain loop: %,d mails in %.1f s (%,.0f/s)", COMMUNES, seconds(plain), COMMUNES / seconds(plain));

            CampaignPhaseChanged launch = new CampaignPhaseChanged(UUID.randomUUID(), Instant.now(), "c-bench", 2,
                    "Thi đua thực hiện thắng lợi nhiệm vụ năm 2026 (benchmark)", "Đổi mới, sáng tạo, tăng tốc, bứt phá",
                    ORGANISER, communes, "DRAFT", "LAUNCHED", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 12, 31));
            long start = System.nanoTime();
            events.publish(launch);
            String sent = "/api/v1/deliveries?size=1&status=SENT&eventId=" + launch.eventId();
            await("every launch delivery SENT", () -> total(stack, sent) >= COMMUNES);
            Duration service = Duration.ofNanos(System.nanoTime() - start);
            say("service fan-out: %,d mails accepted in %.1f s (%,.0f/s)", COMMUNES, seconds(service),
                    COMMUNES / seconds(service));
            double ratio = seconds(plain) / seconds(service);
            say("ratio plain/service = %.2f (target ≥ 0.7)", ratio);
            write(root, plain, service, ratio, loadBefore, RunFacts.loadAverage());
        }
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

    private static void write(Path root, Duration plain, Duration service, double ratio, String loadBefore,
                              String loadAfter) throws IOException {
        Path results = Path.of(System.getProperty("bench.results", root.resolve("benchmarks/results").toString()));
        Files.createDirectories(results);
        Path file = results.resolve("notification-" + LocalDate.now(ZoneOffset.UTC) + ".md");
        Files.writeString(file, """
                # notification-service fan-out (%s)

                | measure | time | mails/s |
                |---|---|---|
                | plain JavaMail loop, one connection per mail | %.1f s | %.0f |
                | one launch → %d deliveries SENT | %.1f s | %.0f |

                Ratio plain / service: **%.2f** (target ≥ 0.7). Load average before / after: %s / %s (a shared
                machine makes the absolute rates meaningless; the ratio is what is measured).
                """.formatted(Instant.now(), seconds(plain), COMMUNES / seconds(plain), COMMUNES, seconds(service),
                COMMUNES / seconds(service), ratio, loadBefore, loadAfter), StandardCharsets.UTF_8);
        say("written %s", file);
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    private static void say(String format, Object... args) {
        System.out.println("[notification-bench] " + format.formatted(args));
    }
}
