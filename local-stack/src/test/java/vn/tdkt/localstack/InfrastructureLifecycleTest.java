package vn.tdkt.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.events.Topics;

class InfrastructureLifecycleTest {

    @TempDir
    Path data;

    @Test
    void closeReleasesEveryPortAndARestartFindsTheData() throws Exception {
        int kafka;
        int mongo;
        int smtp;
        try (Infrastructure infra = Infrastructure.builder().dataDirectory(data).build().start()) {
            kafka = infra.kafkaPort();
            mongo = infra.mongoPort();
            smtp = infra.smtpPort();
            assertThat(Ports.inUse(kafka)).isTrue();
            assertThat(Ports.inUse(mongo)).isTrue();
            assertThat(Ports.inUse(smtp)).isTrue();
            try (var producer = new KafkaProducer<String, String>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers()),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(Topics.CAMPAIGN_EVENTS, 0, "c-1", "durable")).get();
            }
        }
        assertThat(Ports.inUse(kafka)).as("Kafka port").isFalse();
        assertThat(Ports.inUse(mongo)).as("MongoDB port").isFalse();
        assertThat(Ports.inUse(smtp)).as("SMTP port").isFalse();

        // Same fixed ports again, as the launcher does after a restart.
        try (Infrastructure infra = Infrastructure.builder().dataDirectory(data)
                .kafkaPort(kafka).mongoPort(mongo).smtpPort(smtp).build().start()) {
            assertThat(infra.kafkaPort()).isEqualTo(kafka);
            try (var consumer = new KafkaConsumer<String, String>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers()),
                    new StringDeserializer(), new StringDeserializer())) {
                TopicPartition partition = new TopicPartition(Topics.CAMPAIGN_EVENTS, 0);
                consumer.assign(List.of(partition));
                consumer.seekToBeginning(List.of(partition));
                var records = consumer.poll(Duration.ofSeconds(10));
                assertThat(records.records(partition)).extracting(r -> r.value()).containsExactly("durable");
            }
        }
    }

    @Test
    void kafkaAndSmtpStopAndStartAgainOnTheirPortsKeepingRecordsAndMails() throws Exception {
        try (Infrastructure infra = Infrastructure.builder().build().start()) {
            int kafka = infra.kafkaPort();
            int smtp = infra.smtpPort();
            try (var producer = new KafkaProducer<String, String>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers()),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(Topics.UNIT_EVENTS, 0, "u-1", "before the outage")).get();
            }
            send(smtp, "before@tdkt.local");

            infra.stopKafka();
            infra.stopSmtp();
            assertThat(Ports.inUse(kafka)).as("Kafka port while stopped").isFalse();
            assertThat(Ports.inUse(smtp)).as("SMTP port while stopped").isFalse();
            infra.startKafka();
            infra.startSmtp();

            assertThat(infra.kafkaPort()).isEqualTo(kafka);
            assertThat(infra.smtpPort()).isEqualTo(smtp);
            try (var consumer = new KafkaConsumer<String, String>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers()),
                    new StringDeserializer(), new StringDeserializer())) {
                TopicPartition partition = new TopicPartition(Topics.UNIT_EVENTS, 0);
                consumer.assign(List.of(partition));
                consumer.seekToBeginning(List.of(partition));
                var records = consumer.poll(Duration.ofSeconds(10));
                assertThat(records.records(partition)).extracting(r -> r.value()).containsExactly("before the outage");
            }
            send(smtp, "after@tdkt.local");
            assertThat(infra.receivedMails()).flatExtracting(ReceivedMail::to)
                    .containsExactlyInAnyOrder("before@tdkt.local", "after@tdkt.local");
        }
    }

    private static void send(int smtpPort, String to) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(smtpPort));
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom("test@tdkt.local");
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject("outage");
        message.setText("body");
        Transport.send(message);
    }
}
