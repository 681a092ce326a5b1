package vn.tdkt.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.Test;

class TracerTraceparentSourceTest {

    private final Tracer tracer = mock(Tracer.class);

    @Test
    void formatsTheCurrentSpanAsW3cTraceparent() {
        Span span = mock(Span.class);
        TraceContext context = mock(TraceContext.class);
        when(tracer.currentSpan()).thenReturn(span);
        when(span.context()).thenReturn(context);
        when(context.traceId()).thenReturn("4bf92f3577b34da6a3ce929d0e0e4736");
        when(context.spanId()).thenReturn("f067aa0ba902b7");
        when(context.sampled()).thenReturn(true);

        assertThat(new TracerTraceparentSource(tracer).current())
                .isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
    }

    @Test
    void nothingWithoutACurrentSpan() {
        assertThat(new TracerTraceparentSource(tracer).current()).isNull();
    }
}
