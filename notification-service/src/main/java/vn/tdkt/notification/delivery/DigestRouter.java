package vn.tdkt.notification.delivery;

/**
 * Decides, before a delivery is stored, whether an email goes out now or is taken elsewhere: held for its unit's
 * daily digest, or dropped because the unit unsubscribed from its kind. Implemented by the subscription feature
 * (which depends on this one, not the other way round); without it every email goes out now.
 */
public interface DigestRouter {

    /** @return true if the email was taken (held or dropped) and must not be delivered now */
    boolean divert(OutgoingEmail email);
}
