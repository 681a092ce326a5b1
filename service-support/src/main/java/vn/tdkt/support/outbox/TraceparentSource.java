package vn.tdkt.support.outbox;

/** The W3C {@code traceparent} of the current trace, or null when there is none. */
@FunctionalInterface
interface TraceparentSource {

    String current();
}
