package vn.tdkt.support.deadletter;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import vn.tdkt.events.Topics;

/**
 * This service's dead-letter topics and the topic each one's records came from, read from the same
 * binding properties the Kafka binder uses, so the operator API needs no configuration of its own.
 */
final class DeadLetterTopics {

    record BindingSpec(String destination, String group) {
    }

    record KafkaConsumerSpec(String dlqName, Boolean enableDlq) {
    }

    record KafkaBindingSpec(KafkaConsumerSpec consumer) {
    }

    /** Dead-letter topic → original topic (null when configured explicitly and unknown). */
    private final Map<String, String> originals;

    private DeadLetterTopics(Map<String, String> originals) {
        this.originals = originals;
    }

    static DeadLetterTopics from(Environment environment, DeadLetterProperties properties) {
        Map<String, String> originals = new LinkedHashMap<>();
        Binder binder = Binder.get(environment);
        Map<String, BindingSpec> bindings = binder.bind("spring.cloud.stream.bindings",
                Bindable.mapOf(String.class, BindingSpec.class)).orElse(Map.of());
        Map<String, KafkaBindingSpec> kafka = binder.bind("spring.cloud.stream.kafka.bindings",
                Bindable.mapOf(String.class, KafkaBindingSpec.class)).orElse(Map.of());
        String defaultGroup = environment.getProperty("spring.cloud.stream.default.group");
        boolean dlqByDefault = binder.bind("spring.cloud.stream.kafka.default.consumer.enable-dlq", Boolean.class)
                .orElse(false);
        bindings.forEach((name, binding) -> {
            KafkaConsumerSpec consumer = kafka.containsKey(name) ? kafka.get(name).consumer() : null;
            boolean dlq = consumer != null && consumer.enableDlq() != null ? consumer.enableDlq() : dlqByDefault;
            String group = binding.group() != null ? binding.group() : defaultGroup;
            // Only consumer bindings (name "<function>-in-<n>") have dead letters.
            if (!dlq || binding.destination() == null || group == null || !name.contains("-in-")) {
                return;
            }
            for (String destination : Arrays.stream(binding.destination().split(",")).map(String::trim).toList()) {
                String deadLetterTopic = consumer != null && consumer.dlqName() != null ? consumer.dlqName()
                        : Topics.deadLetter(destination, group);
                originals.put(deadLetterTopic, destination);
            }
        });
        properties.topics().forEach(topic -> originals.putIfAbsent(topic, null));
        return new DeadLetterTopics(originals);
    }

    static DeadLetterTopics of(Map<String, String> originals) {
        return new DeadLetterTopics(new LinkedHashMap<>(originals));
    }

    java.util.Set<String> names() {
        return originals.keySet();
    }

    boolean contains(String topic) {
        return originals.containsKey(topic);
    }

    String originalOf(String deadLetterTopic) {
        return originals.get(deadLetterTopic);
    }
}
