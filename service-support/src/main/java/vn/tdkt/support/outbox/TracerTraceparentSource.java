package vn.tdkt.support.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;

/** W3C {@code traceparent} ({@code 00-<trace>-<span>-<flags>}) of Micrometer Tracing's current span. */
final class TracerTraceparentSource implements TraceparentSource {

    private final Tracer tracer;

    TracerTraceparentSource(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    public String current() {
        Span span = tracer.currentSpan();
        if (span == null) {
            return null;
        }
        TraceContext context = span.context();
        if (context.traceId() == null || context.traceId().isBlank()) {
            return null;
        }
        String flags = Boolean.TRUE.equals(context.sampled()) ? "01" : "00";
        return "00-" + pad(context.traceId(), 32) + "-" + pad(context.spanId(), 16) + "-" + flags;
    }

    private static String pad(String hex, int length) {
        return hex.length() >= length ? hex : "0".repeat(length - hex.length()) + hex;
    }
}
