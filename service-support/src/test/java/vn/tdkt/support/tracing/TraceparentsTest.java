package vn.tdkt.support.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.transport.Kind;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TraceparentsTest {

    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private final TestTracing tracing = new TestTracing();

    @AfterEach
    void close() {
        tracing.close();
    }

    @Test
    void theCurrentSpanAsW3cTraceparent() {
        var result = tracing.inSpan("request", () -> Traceparents.currentTraceId());

        SpanData request = tracing.span("request");
        assertThat(result.traceparent()).isEqualTo("00-" + request.getTraceId() + "-" + request.getSpanId() + "-01");
        assertThat(result.value()).isEqualTo(request.getTraceId());
    }

    @Test
    void nothingWithoutACurrentSpan() {
        assertThat(Traceparents.current()).isNull();
        assertThat(Traceparents.currentTraceId()).isNull();
    }

    @Test
    void traceIdOfATraceparent() {
        assertThat(Traceparents.traceId(TRACEPARENT)).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(Traceparents.traceId(" " + TRACEPARENT + "\n")).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(Traceparents.traceId(null)).isNull();
        assertThat(Traceparents.traceId("00-4bf92f3577b34da6-00f067aa0ba902b7-01")).isNull();
        assertThat(Traceparents.traceId("not a traceparent")).isNull();
    }

    @Test
    void continuingMakesAChildOfTheSpanTheTraceparentNames() {
        String[] inside = new String[1];
        Traceparents.continuing("work", TRACEPARENT, Kind.CONSUMER, tracing.observations())
                .observe(() -> {
                    inside[0] = Traceparents.current();
                });

        SpanData work = tracing.span("work");
        assertThat(work.getTraceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(work.getParentSpanId()).isEqualTo("00f067aa0ba902b7");
        assertThat(work.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(inside[0]).isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-" + work.getSpanId() + "-01");
    }

    @Test
    void continuingWithoutATraceparentStartsANewTrace() {
        Traceparents.continuing("work", null, Kind.PRODUCER, tracing.observations()).observe(() -> { });

        SpanData work = tracing.span("work");
        assertThat(work.getTraceId()).isNotEqualTo("4bf92f3577b34da6a3ce929d0e0e4736").hasSize(32);
        assertThat(work.getParentSpanContext().isValid()).isFalse();
    }
}
