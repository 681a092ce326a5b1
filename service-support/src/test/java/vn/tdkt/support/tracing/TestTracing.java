package vn.tdkt.support.tracing;

import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingReceiverTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingSenderTracingObservationHandler;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.micrometer.observation.ObservationHandler.FirstMatchingCompositeObservationHandler;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.function.Supplier;

/**
 * Micrometer Tracing on the OpenTelemetry SDK wired by hand the way Boot wires it (W3C propagation, the
 * tracing handlers on an observation registry), with finished spans kept in memory to assert on.
 */
public final class TestTracing implements AutoCloseable {

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(spans)).build();
    private final Tracer otel = provider.get("test");
    private final ObservationRegistry observations = ObservationRegistry.create();

    public TestTracing() {
        OtelTracer tracer = new OtelTracer(otel, new OtelCurrentTraceContext(), event -> { });
        OtelPropagator propagator = new OtelPropagator(
                ContextPropagators.create(W3CTraceContextPropagator.getInstance()), otel);
        observations.observationConfig().observationHandler(new FirstMatchingCompositeObservationHandler(
                new PropagatingSenderTracingObservationHandler<>(tracer, propagator),
                new PropagatingReceiverTracingObservationHandler<>(tracer, propagator),
                new DefaultTracingObservationHandler(tracer)));
    }

    public ObservationRegistry observations() {
        return observations;
    }

    /** Runs {@code work} inside a new root span (as a REST request would) and returns that span's traceparent. */
    public <T> Result<T> inSpan(String name, Supplier<T> work) {
        Span span = otel.spanBuilder(name).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return new Result<>(Traceparents.current(), work.get());
        } finally {
            span.end();
        }
    }

    public List<SpanData> finishedSpans() {
        return spans.getFinishedSpanItems();
    }

    public SpanData span(String name) {
        return finishedSpans().stream().filter(span -> span.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no span " + name + " in " + finishedSpans()));
    }

    @Override
    public void close() {
        provider.close();
    }

    public record Result<T>(String traceparent, T value) {
    }
}
