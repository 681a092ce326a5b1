package vn.tdkt.support.outbox;

/**
 * A send that will fail the same way however often it is retried (too large for the broker, not
 * serialisable, no topic): the relay parks the event instead of stopping its collection at it.
 */
final class UnpublishableEventException extends RuntimeException {

    UnpublishableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
