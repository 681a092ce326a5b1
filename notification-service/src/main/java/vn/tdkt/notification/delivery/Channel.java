package vn.tdkt.notification.delivery;

/** How a delivery reaches its recipient; part of its identity (one delivery per event, recipient and channel). */
enum Channel {
    EMAIL
}
