package vn.tdkt.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.events.campaign.CampaignPhaseChanged;
import vn.tdkt.events.unit.UnitRegistered;

class EventJsonTest {

    static Stream<DomainEvent> samples() {
        return SampleEvents.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyEventSurvivesARoundTrip(DomainEvent event) {
        String json = EventJson.write(event);

        DomainEvent byClass = EventJson.read(json, event.getClass());
        DomainEvent byType = EventJson.read(json.getBytes(StandardCharsets.UTF_8), EventCatalog.of(event));

        assertThat(byClass).isEqualTo(event);
        assertThat(byType).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void datesAreIsoStringsNotNumbers(DomainEvent event) {
        assertThat(EventJson.write(event)).contains("\"occurredAt\":\"2026-11-24T04:30:00.123Z\"");
    }

    @Test
    void everyCataloguedTypeHasASample() {
        assertThat(SampleEvents.all()).extracting(e -> EventCatalog.of(e).name())
                .containsExactlyInAnyOrderElementsOf(EventCatalog.ALL.stream().map(EventType::name).toList());
    }

    @Test
    void unknownFieldsAreIgnoredSoProducersMayAddOptionalOnes() {
        String json = EventJson.write(SampleEvents.all().getFirst()).replaceFirst("\\{", "{\"addedLater\":[1,2],");

        assertThat(EventJson.read(json, UnitRegistered.class)).isEqualTo(SampleEvents.all().getFirst().getClass()
                .cast(EventJson.read(json, UnitRegistered.class)));
        assertThat(EventJson.read(json, UnitRegistered.class).name()).isEqualTo("Sở Nội vụ tỉnh Đồng Tháp");
    }

    @Test
    void missingCollectionsBecomeEmpty() {
        UnitRegistered read = EventJson.read("{\"eventId\":\"5f0c9a52-6a3e-4d8e-9d07-6b1a1c1e2f3a\","
                + "\"occurredAt\":\"2026-11-24T04:30:00Z\",\"aggregateId\":\"X\",\"aggregateVersion\":1,"
                + "\"code\":\"X\",\"name\":\"X\",\"level\":\"OFFICE\"}", UnitRegistered.class);

        assertThat(read.contactEmails()).isEmpty();
        assertThat(read.predecessorCodes()).isEmpty();
    }

    @Test
    void aUnitEventWrittenBeforeStatusExistedReadsAsActive() {
        UnitRegistered read = EventJson.read("{\"eventId\":\"5f0c9a52-6a3e-4d8e-9d07-6b1a1c1e2f3a\","
                + "\"occurredAt\":\"2026-11-24T04:30:00Z\",\"aggregateId\":\"X\",\"aggregateVersion\":1,"
                + "\"code\":\"X\",\"name\":\"X\",\"level\":\"OFFICE\",\"contactEmails\":[]}", UnitRegistered.class);

        assertThat(read.status()).isEqualTo("ACTIVE");
        assertThat(read.successorCode()).isNull();
        assertThat(read.officer()).isNull();
    }

    @Test
    void aPhaseChangeFromBeforeIssue11ReadsWithEmptyPlanDetails() {
        CampaignPhaseChanged old = new CampaignPhaseChanged(UUID.randomUUID(), SampleEvents.AT, "c-2026-01", 2,
                "Phong trào thi đua năm 2026", null, "SO-NV", List.of("XA-MY-AN"), "DRAFT", "LAUNCHED",
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31));
        String json = "{\"eventId\":\"" + old.eventId() + "\",\"occurredAt\":\"2026-11-24T04:30:00.123Z\","
                + "\"aggregateId\":\"c-2026-01\",\"aggregateVersion\":2,\"title\":\"Phong trào thi đua năm 2026\","
                + "\"organiserUnitCode\":\"SO-NV\",\"recipientUnitCodes\":[\"XA-MY-AN\"],\"from\":\"DRAFT\","
                + "\"to\":\"LAUNCHED\",\"startDate\":\"2026-02-01\",\"endDate\":\"2026-12-31\"}";

        CampaignPhaseChanged read = EventJson.read(json, CampaignPhaseChanged.class);

        assertThat(read).isEqualTo(old);
        assertThat(read.milestones()).isEmpty();
        assertThat(read.summary()).isNull();
        assertThat(read.currentPhase()).isEqualTo("LAUNCHED");
    }

    @Test
    void malformedJsonFails() {
        assertThatThrownBy(() -> EventJson.read("{not json", UnitRegistered.class))
                .isInstanceOf(RuntimeException.class);
    }
}
