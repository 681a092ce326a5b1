package vn.tdkt.notification.delivery;

/**
 * Where a delivery stands. {@code SENDING} is internal (claimed by one instance until its claim
 * expires) and is reported as {@code PENDING} on the API, whose contract knows only the other four.
 */
public enum DeliveryStatus {
    PENDING, SENDING, SENT, FAILED, DEAD;

    /** The status as the REST contract (docs/rest-contract.md) names it. */
    public DeliveryStatus reported() {
        return this == SENDING ? PENDING : this;
    }

    /** The stored statuses a reported one stands for: PENDING covers SENDING too. */
    java.util.List<DeliveryStatus> stored() {
        return this == PENDING ? java.util.List.of(PENDING, SENDING) : java.util.List.of(this);
    }
}
