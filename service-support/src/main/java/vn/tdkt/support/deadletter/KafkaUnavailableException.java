package vn.tdkt.support.deadletter;

/** Kafka did not answer or acknowledge in time; the operator API answers 503. */
class KafkaUnavailableException extends RuntimeException {

    KafkaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
