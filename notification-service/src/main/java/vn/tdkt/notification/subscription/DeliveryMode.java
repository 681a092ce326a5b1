package vn.tdkt.notification.subscription;

/** How a unit receives one kind of email: at once (the default), once a day in a digest, or not at all. */
enum DeliveryMode {
    IMMEDIATE, DAILY_DIGEST, OFF
}
