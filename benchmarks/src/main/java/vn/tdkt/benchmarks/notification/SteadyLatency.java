package vn.tdkt.benchmarks.notification;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.tdkt.benchmarks.stack.Latencies;
import vn.tdkt.events.EventJson;
import vn.tdkt.events.campaign.CampaignPhaseChanged;
import vn.tdkt.localstack.EventPublisher;
import vn.tdkt.localstack.Infrastructure;
import vn.tdkt.localstack.ReceivedMail;

/**
 * Issue 15's latency measure: campaign phase changes at a steady rate (an open loop: event i is due at
 * start + i / rate whatever happened to the ones before, and published then, synchronously, acks=all), each to
 * one commune with one contact, so one email per event. The latency of event i is GreenMail's received time of
 * its email (when the SMTP server stored it, millisecond resolution, the same clock) minus its due time, which is
 * also the event's {@code occurredAt}. The event's number is in the campaign's name, so in the subject.
 *
 * <p>Baseline, same rate, same broker, same SMTP server: the same event JSON produced the same way to a topic of
 * its own, read by a plain {@link KafkaConsumer} (one thread, poll) that sends one plain JavaMail message per
 * record ({@code Transport.send}: one connection per mail, as the fan-out's plain loop).
 */
final class SteadyLatency {

    private static final Pattern NUMBER = Pattern.compile("#(\\d+)");
    private static final String BASELINE_TOPIC = "bench.notification.baseline";
    private static final java.time.LocalDate START = java.time.LocalDate.of(2026, 1, 5);
    private static final java.time.LocalDate END = java.time.LocalDate.of(2026, 12, 31);

    /**
     * @param delivered emails received a second, from the first event's due time to the last email's arrival: below
     *                  the offered rate, the pipeline did not keep up and the latencies are mostly queueing
     */
    record Result(Latencies latencies, int sent, double seconds, int duplicates, double delivered) {
    }

    private final Infrastructure infra;
    private final int rate;

    SteadyLatency(Infrastructure infra, int rate) {
        this.infra = infra;
        this.rate = rate;
    }

    /** Through notification-service: phase changes of fresh campaigns, each naming one of {@code communes}. */
    Result service(EventPublisher events, String organiser, List<String> communes, String run, int seconds)
            throws Exception {
        return measure(seconds, (i, due) -> events.publish(new CampaignPhaseChanged(java.util.UUID.randomUUID(), due,
                "c-lat-" + run + "-" + i, 2, "Phong trào đo độ trễ " + run + " #" + i, "Đo độ trễ", organiser,
                List.of(communes.get(i % communes.size())), "DRAFT", "LAUNCHED", START, END)));
    }

    /** The plain pipeline: produce → a plain consumer → one SMTP send per record. */
    Result baseline(int seconds) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                infra.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(BASELINE_TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                throw e;
            }
        }
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
        PlainMailer mailer = new PlainMailer(infra.kafkaBootstrapServers(), infra.smtpPort());
        try {
            return measure(seconds, (i, due) -> {
                CampaignPhaseChanged event = new CampaignPhaseChanged(java.util.UUID.randomUUID(), due, "c-base-" + i,
                        2, "Phong trào đo độ trễ (cơ sở) #" + i, "Đo độ trễ", "BENCH", List.of("BENCH-X0001"), "DRAFT",
                        "LAUNCHED", START, END);
                try {
                    producer.send(new ProducerRecord<>(BASELINE_TOPIC, event.aggregateId(),
                            EventJson.write(event).getBytes(StandardCharsets.UTF_8))).get(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                } catch (ExecutionException | TimeoutException e) {
                    throw new IllegalStateException(e);
                }
            });
        } finally {
            mailer.close();
            producer.close();
        }
    }

    private interface Publish {
        void at(int i, Instant due);
    }

    /**
     * Publishes {@code rate × seconds} events on their due times, waits until every email arrived (or two minutes
     * passed), and reads the latencies off the received mails.
     */
    private Result measure(int seconds, Publish publish) throws Exception {
        infra.clearMails();
        int total = rate * seconds;
        long periodNanos = 1_000_000_000L / rate;
        Map<Integer, Instant> dueAt = new ConcurrentHashMap<>();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger next = new AtomicInteger();
        long startNanos = System.nanoTime() + 50_000_000;
        Instant startWall = Instant.now().plusMillis(50);
        List<Throwable> failures = new ArrayList<>();
        clock.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            while (next.get() < total && startNanos + next.get() * periodNanos <= now) {
                int i = next.getAndIncrement();
                Instant due = startWall.plusNanos(i * periodNanos);
                dueAt.put(i, due);
                try {
                    publish.at(i, due);
                } catch (RuntimeException e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }
        }, 0, 1, TimeUnit.MILLISECONDS);
        while (next.get() < total) {
            Thread.sleep(100);
        }
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        clock.shutdown();
        clock.awaitTermination(1, TimeUnit.MINUTES);
        if (!failures.isEmpty()) {
            throw new IllegalStateException("publishing failed", failures.getFirst());
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        List<ReceivedMail> mails = infra.receivedMails();
        while (mails.size() < total && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            mails = infra.receivedMails();
        }
        List<Long> latencies = new ArrayList<>();
        Map<Integer, Boolean> seen = new ConcurrentHashMap<>();
        int duplicates = 0;
        for (ReceivedMail mail : mails) {
            Matcher m = NUMBER.matcher(mail.subject());
            if (!m.find()) {
                continue;
            }
            int i = Integer.parseInt(m.group(1));
            if (seen.putIfAbsent(i, true) != null) {
                duplicates++;
                continue;
            }
            Instant due = dueAt.get(i);
            if (due != null) {
                latencies.add(Math.max(0, Duration.between(due, mail.receivedAt()).toNanos()));
            }
        }
        Instant last = mails.stream().map(ReceivedMail::receivedAt).max(Instant::compareTo).orElse(startWall);
        double span = Math.max(1e-3, Duration.between(startWall, last).toNanos() / 1e9);
        return new Result(Latencies.of(latencies, total - latencies.size()), total, elapsed, duplicates,
                latencies.size() / span);
    }

    /** One consumer thread: each record, as it is polled, becomes one JavaMail message on a new connection. */
    private static final class PlainMailer implements AutoCloseable {

        private final KafkaConsumer<String, byte[]> consumer;
        private final Session session;
        private final Thread thread;
        private volatile boolean running = true;

        PlainMailer(String bootstrapServers, int smtpPort) {
            Properties p = new Properties();
            p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
            p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
            consumer = new KafkaConsumer<>(p);
            TopicPartition partition = new TopicPartition(BASELINE_TOPIC, 0);
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            Properties mail = new Properties();
            mail.put("mail.smtp.host", "127.0.0.1");
            mail.put("mail.smtp.port", String.valueOf(smtpPort));
            session = Session.getInstance(mail);
            thread = Thread.ofPlatform().daemon().name("baseline-mailer").start(this::run);
        }

        private void run() {
            try {
                while (running) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                        String json = new String(record.value(), StandardCharsets.UTF_8);
                        Matcher m = NUMBER.matcher(json);
                        send(m.find() ? m.group(1) : "?");
                    }
                }
            } catch (WakeupException stopping) {
                // closed
            } finally {
                consumer.close();
            }
        }

        private void send(String number) {
            try {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress("thidua-khenthuong@tdkt.local"));
                message.setRecipient(Message.RecipientType.TO, new InternetAddress("coso@bench.tdkt.local"));
                message.setSubject("[Thi đua – Khen thưởng] Phát động phong trào (cơ sở) #" + number, "UTF-8");
                message.setText("Kính gửi: Các cơ quan, đơn vị,\n\nThư so sánh của phép đo.", "UTF-8");
                Transport.send(message);
            } catch (MessagingException e) {
                System.err.println("baseline send failed: " + e);
            }
        }

        @Override
        public void close() {
            running = false;
            consumer.wakeup();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
