package vn.tdkt.support.tracing;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.ReceiverContext;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.util.regex.Pattern;
import vn.tdkt.events.CloudEventHeaders;

/**
 * W3C {@code traceparent} values ({@code 00-<32 hex trace id>-<16 hex span id>-<2 hex flags>}) for work that
 * leaves the thread it started on: an event waiting in the outbox, an email waiting in the deliveries.
 *
 * <p>Reads the span that is current on this thread from the OpenTelemetry context, which is where Micrometer
 * Tracing's OpenTelemetry bridge keeps it. That works from static code too ({@code PendingEvent.of} is
 * called from domain code that has no beans), which is why this is not a {@code Tracer} bean.
 */
public final class Traceparents {

    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}");

    private Traceparents() {
    }

    /** The traceparent of the span current on this thread, or null when there is none. */
    public static String current() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }

    /** The trace id of the span current on this thread, or null when there is none. */
    public static String currentTraceId() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? span.getTraceId() : null;
    }

    /** The trace id in a traceparent, or null if it is absent or malformed. */
    public static String traceId(String traceparent) {
        if (traceparent == null) {
            return null;
        }
        var matcher = TRACEPARENT.matcher(traceparent.strip());
        return matcher.matches() ? matcher.group(1) : null;
    }

    /**
     * An observation (not started) whose span continues the trace of {@code traceparent}: a child of the
     * span that the traceparent names, of the given kind. Without a (valid) traceparent its span is a child
     * of whatever is current, or starts a new trace. Micrometer starts a span from a remote parent only for
     * a {@link ReceiverContext}, hence one here even for a producer.
     */
    public static Observation continuing(String name, String traceparent, Kind kind, ObservationRegistry registry) {
        ReceiverContext<String> context = new ReceiverContext<>(
                (carrier, key) -> CloudEventHeaders.TRACEPARENT.equals(key) ? carrier : null, kind);
        if (traceparent != null) {
            context.setCarrier(traceparent);
        }
        return Observation.createNotStarted(name, () -> context, registry);
    }
}
