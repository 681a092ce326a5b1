package vn.tdkt.support.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.tdkt.events.CloudEventHeaders;

/**
 * A transactional, idempotent Kafka producer (acks=all) for one outbox collection. Deliberately not StreamBridge:
 * we need the broker's acknowledgement and the commit of every record before removing it from the outbox.
 * Its {@code transactional.id} is stable ({@code <application>-outbox-<collection>}) and shared by every instance
 * of the service, so initialising it when an instance takes the lease fences the producer of the previous owner
 * (and aborts its open transaction). Created only when the relay takes a lease, so a service with nothing to
 * publish never connects.
 */
final class KafkaEventSender implements EventSender {

    private final Supplier<Producer<String, byte[]>> factory;
    private volatile Producer<String, byte[]> producer;

    KafkaEventSender(Supplier<Producer<String, byte[]>> factory) {
        this.factory = factory;
    }

    /** The transactional id of a collection's relay producer: the same for every instance of the service. */
    static String transactionalId(String application, String collection) {
        return application + "-outbox-" + collection;
    }

    /**
     * @param transactionTimeout how long the broker keeps a transaction open that its producer abandoned (it
     *                           crashed and no one took the lease), holding up read_committed consumers; the lease
     *                           duration, as another instance's initialisation aborts it by then anyway
     */
    static KafkaEventSender create(Map<String, Object> kafkaConfiguration, Duration sendTimeout, String transactionalId,
                                   Duration transactionTimeout) {
        Map<String, Object> config = new HashMap<>(kafkaConfiguration);
        long timeout = Math.max(1000, sendTimeout.toMillis());
        long requestTimeout = Math.max(500, timeout / 2);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        // Bound every wait by the send timeout, so that a broker that is down fails the pass
        // (events stay pending) instead of blocking the relay thread.
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) requestTimeout);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.max(timeout, requestTimeout));
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG,
                (int) Math.max(transactionTimeout.toMillis(), Math.max(timeout, requestTimeout)));
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "tdkt-outbox-relay-" + transactionalId);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaEventSender(() -> new KafkaProducer<>(config));
    }

    @Override
    public synchronized void init() {
        closeWithin(Duration.ZERO);
        Producer<String, byte[]> created = factory.get();
        try {
            created.initTransactions();
        } catch (RuntimeException e) {
            created.close(Duration.ZERO);
            throw e;
        }
        producer = created;
    }

    @Override
    public void begin() {
        producer().beginTransaction();
    }

    @Override
    public void commit() {
        try {
            producer().commitTransaction();
        } catch (RuntimeException e) {
            Throwable failure = classified(e);
            throw failure instanceof RuntimeException r ? r : e;
        }
    }

    @Override
    public void abort() {
        try {
            producer().abortTransaction();
        } catch (RuntimeException e) {
            Throwable failure = classified(e);
            throw failure instanceof RuntimeException r ? r : e;
        }
    }

    @Override
    public CompletableFuture<Void> send(PendingEvent event, String source, String traceparent) {
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        try {
            producer().send(record(event, source, traceparent), (metadata, failure) -> {
                if (failure != null) {
                    acknowledged.completeExceptionally(classified(failure));
                } else {
                    acknowledged.complete(null);
                }
            });
        } catch (RuntimeException e) {
            acknowledged.completeExceptionally(classified(e));
        }
        return acknowledged;
    }

    /**
     * Failures that depend on the record alone and so repeat on every retry. Everything else (broker
     * down, timeouts, leader changes, authorisation) concerns the connection or the topic, would hit
     * every event alike, and stays retriable: the event stays pending. A fenced producer (found anywhere in
     * the causes: after a fenced send, the commit fails with a generic error caused by it) is neither.
     */
    static Throwable classified(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ProducerFencedException || t instanceof InvalidProducerEpochException) {
                return new OutboxFencedException(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        if (failure instanceof RecordTooLargeException || failure instanceof RecordBatchTooLargeException
                || failure instanceof SerializationException || failure instanceof InvalidTopicException) {
            return new UnpublishableEventException(failure.getClass().getSimpleName() + ": " + failure.getMessage(),
                    failure);
        }
        return failure;
    }

    static ProducerRecord<String, byte[]> record(PendingEvent event, String source, String traceparent) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.ID, event.eventId());
        header(headers, CloudEventHeaders.TYPE, event.type());
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.SPECVERSION, CloudEventHeaders.SPECVERSION_VALUE);
        header(headers, CloudEventHeaders.TIME, event.occurredAt() == null ? null : event.occurredAt().toString());
        header(headers, CloudEventHeaders.SUBJECT, event.subject());
        header(headers, CloudEventHeaders.CONTENT_TYPE, "application/json");
        header(headers, CloudEventHeaders.TRACEPARENT, traceparent);
        return new ProducerRecord<>(event.topic(), null, event.key(),
                event.payload().getBytes(StandardCharsets.UTF_8), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private Producer<String, byte[]> producer() {
        Producer<String, byte[]> current = producer;
        if (current == null) {
            // Never created lazily here: a producer initialised after the relay read its events could fence the
            // lease's rightful owner and then publish what it read before that owner's events.
            throw new IllegalStateException("the outbox producer is not initialised for the current lease");
        }
        return current;
    }

    @Override
    public void reset() {
        closeWithin(Duration.ZERO);
    }

    @Override
    public void close() {
        closeWithin(Duration.ofSeconds(5));
    }

    private synchronized void closeWithin(Duration timeout) {
        if (producer != null) {
            producer.close(timeout);
            producer = null;
        }
    }
}
