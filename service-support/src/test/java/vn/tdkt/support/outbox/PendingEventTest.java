package vn.tdkt.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import vn.tdkt.events.EventJson;
import vn.tdkt.events.Topics;
import vn.tdkt.events.campaign.CampaignPhaseChanged;
import vn.tdkt.support.tracing.TestTracing;

class PendingEventTest {

    @Test
    void takesTypeAndTopicFromTheCatalogueAndKeysByAggregate() {
        CampaignPhaseChanged event = Events.phaseChanged("c-1", 2, "LAUNCHED");

        PendingEvent pending = PendingEvent.of(event);

        assertThat(pending.eventId()).isEqualTo(event.eventId().toString());
        assertThat(pending.type()).isEqualTo("tdkt.campaign.phase-changed.v1");
        assertThat(pending.topic()).isEqualTo(Topics.CAMPAIGN_EVENTS);
        assertThat(pending.key()).isEqualTo("c-1");
        assertThat(pending.subject()).isEqualTo("c-1");
        assertThat(pending.occurredAt()).isEqualTo(event.occurredAt());
        assertThat(EventJson.read(pending.payload(), CampaignPhaseChanged.class)).isEqualTo(event);
    }

    @Test
    void remembersTheTraceCurrentWhenItIsAppended() {
        try (TestTracing tracing = new TestTracing()) {
            var appended = tracing.inSpan("POST /api/v1/campaigns/{id}/transitions",
                    () -> PendingEvent.of(Events.phaseChanged("c-1", 2, "LAUNCHED")));

            assertThat(appended.value().traceparent()).isNotNull().isEqualTo(appended.traceparent());
        }
        assertThat(PendingEvent.of(Events.phaseChanged("c-1", 2, "LAUNCHED")).traceparent())
                .as("outside any span").isNull();
    }

    @Test
    void recordCarriesCloudEventsBinaryHeaders() {
        PendingEvent pending = PendingEvent.of(Events.phaseChanged("c-1", 2, "LAUNCHED"));

        ProducerRecord<String, byte[]> record = KafkaEventSender.record(pending, "/campaign-service",
                "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        assertThat(record.topic()).isEqualTo(Topics.CAMPAIGN_EVENTS);
        assertThat(record.key()).isEqualTo("c-1");
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo(pending.payload());
        assertThat(headers).containsEntry("ce_id", pending.eventId())
                .containsEntry("ce_type", "tdkt.campaign.phase-changed.v1")
                .containsEntry("ce_source", "/campaign-service")
                .containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_subject", "c-1")
                .containsEntry("ce_time", pending.occurredAt().toString())
                .containsEntry("content-type", "application/json")
                .containsEntry("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
    }

    @Test
    void noTraceparentHeaderWithoutATrace() {
        ProducerRecord<String, byte[]> record = KafkaEventSender.record(
                PendingEvent.of(Events.phaseChanged("c-1", 2, "LAUNCHED")), "/x", null);

        assertThat(record.headers().lastHeader("traceparent")).isNull();
    }
}
