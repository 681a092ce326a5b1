package vn.tdkt.support.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.messaging.MessagingException;
import org.springframework.util.backoff.BackOff;
import vn.tdkt.support.kafka.KafkaConnection;

/**
 * Retries and dead letters of every consumer binding, run by the listener container instead of the
 * binder. The binder's own dead-letter sender logs a failed write and commits the offset anyway, so the
 * event is lost; here the write must be acknowledged ({@code acks=all}) within
 * {@code tdkt.inbox.dead-letter-timeout}, else the recovery fails, the record is not committed but sought
 * back, and its whole retry series runs again: it is handled or dead-lettered once the dead-letter topic
 * takes writes again. The partition waits meanwhile, which keeps the order of its aggregates.
 *
 * <p>Retries and back-off come from the binding ({@code max-attempts}, {@code back-off-*},
 * {@code retryable-exceptions}); headers keep the binder's names ({@code x-original-topic},
 * {@code x-exception-message}, …) that the dead-letter API reads and replay strips.
 */
final class DeadLetterPublishing implements ListenerContainerWithDlqAndRetryCustomizer, DisposableBean {

    private final DefaultKafkaProducerFactory<byte[], byte[]> producers;
    private final KafkaTemplate<byte[], byte[]> template;
    private final Duration timeout;
    private final MeterRegistry meters;

    DeadLetterPublishing(KafkaConnection connection, Duration timeout, MeterRegistry meters) {
        this.timeout = timeout;
        this.meters = meters;
        this.producers = new DefaultKafkaProducerFactory<>(producerConfig(connection, timeout),
                new ByteArraySerializer(), new ByteArraySerializer());
        this.template = new KafkaTemplate<>(producers);
    }

    /** Never the binder's retry template and dead-letter sender: both are configured here. */
    @Override
    public boolean retryAndDlqInBinding(String destinationName, String group) {
        return false;
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff) {
        configure(container, destinationName, group, dlqDestinationResolver, backOff, null);
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff,
            ExtendedConsumerProperties<KafkaConsumerProperties> properties) {
        if (backOff == null) {
            // max-attempts 1 routes errors through the binder's error channel, i.e. its lossy sender.
            throw new IllegalStateException("binding of " + destinationName + " (group " + group
                    + "): max-attempts must be at least 2, so that dead-letter writes are confirmed");
        }
        DefaultErrorHandler handler = dlqDestinationResolver == null
                ? new DefaultErrorHandler(backOff)
                : new DefaultErrorHandler(recoverer(group, dlqDestinationResolver), backOff);
        if (properties != null) {
            if (!properties.isDefaultRetryable()) {
                handler.defaultFalse(true);
            }
            properties.getRetryableExceptions().forEach((type, retryable) -> classify(handler, type, retryable));
        }
        container.setCommonErrorHandler(handler);
    }

    @SuppressWarnings("unchecked")
    private static void classify(DefaultErrorHandler handler, Class<? extends Throwable> type, Boolean retryable) {
        if (!Exception.class.isAssignableFrom(type)) {
            return;
        }
        if (Boolean.TRUE.equals(retryable)) {
            handler.addRetryableExceptions((Class<? extends Exception>) type);
        } else {
            handler.addNotRetryableExceptions((Class<? extends Exception>) type);
        }
    }

    private ConsumerAwareRecordRecoverer recoverer(String group,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> destination) {
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(template, destination);
        publisher.setHeaderNamesSupplier(DeadLetterPublishing::binderHeaderNames);
        publisher.setFailIfSendResultIsError(true);
        publisher.setWaitForSendResultTimeout(timeout);
        return (record, consumer, exception) -> {
            try {
                publisher.accept(record, consumer, cause(exception));
            } catch (RuntimeException e) {
                meters.counter("tdkt.events.dead-letter.failures", "group", group, "topic", record.topic()).increment();
                throw e;
            }
        };
    }

    /** The handler's own exception, not the container's and messaging layers' wrappers around it. */
    static Exception cause(Exception exception) {
        Throwable t = exception;
        while ((t instanceof ListenerExecutionFailedException || t instanceof MessagingException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof Exception e ? e : exception;
    }

    /** The names the binder writes (and the dead-letter API reads), for the headers both write. */
    static HeaderNames binderHeaderNames() {
        return HeaderNames.Builder.original()
                .topicHeader("x-original-topic")
                .partitionHeader("x-original-partition")
                .offsetHeader("x-original-offset")
                .timestampHeader("x-original-timestamp")
                .timestampTypeHeader("x-original-timestamp-type")
                .consumerGroupHeader("x-original-consumer-group")
                .exception()
                .exceptionFqcn("x-exception-fqcn")
                .exceptionCauseFqcn("x-exception-cause-fqcn")
                .exceptionMessage("x-exception-message")
                .exceptionStacktrace("x-exception-stacktrace")
                .keyExceptionFqcn("x-key-exception-fqcn")
                .keyExceptionMessage("x-key-exception-message")
                .keyExceptionStacktrace("x-key-exception-stacktrace")
                .build();
    }

    private static Map<String, Object> producerConfig(KafkaConnection connection, Duration timeout) {
        Map<String, Object> config = new HashMap<>(connection.clientProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        // Bounded, so that a failing write comes back well within max.poll.interval.ms.
        int half = (int) Math.min(10_000, timeout.toMillis() / 2);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, half);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, half);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "tdkt-dead-letters");
        return config;
    }

    @Override
    public void destroy() {
        producers.destroy();
    }
}
