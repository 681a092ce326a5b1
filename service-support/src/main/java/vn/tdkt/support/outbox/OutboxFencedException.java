package vn.tdkt.support.outbox;

/**
 * Kafka refused a send or commit because another relay has since initialised a producer with the same
 * transactional id: this relay's lease term is over, whatever its clock says, and it must not publish.
 */
final class OutboxFencedException extends RuntimeException {

    OutboxFencedException(Throwable cause) {
        super("fenced by a newer relay of the same collection: " + cause.getMessage(), cause);
    }
}
