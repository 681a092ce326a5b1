package vn.tdkt.support.inbox;

/**
 * A payload that cannot be decoded as its declared type. Retrying cannot help, so the consumer
 * binding lists it as not retryable and the message goes straight to the dead-letter topic.
 * Public only so that its name can be used in binding configuration.
 */
public class PoisonEventException extends RuntimeException {

    PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
