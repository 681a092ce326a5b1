package vn.tdkt.notification.delivery;

import java.util.List;

/**
 * Decides, before a delivery is stored, whether an email goes out now or is taken elsewhere: held for its unit's
 * daily digest, or dropped because the unit unsubscribed from its kind. Implemented by the subscription feature
 * (which depends on this one, not the other way round); without it every email goes out now.
 */
public interface DigestRouter {

    /**
     * @return the emails to deliver now, in their order; the others were taken (held or dropped). One call per
     *         batch, so that a fan-out to thousands of contacts reads the subscriptions of its units once.
     */
    List<OutgoingEmail> route(List<OutgoingEmail> emails);
}
