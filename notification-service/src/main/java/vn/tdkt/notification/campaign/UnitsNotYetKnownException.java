package vn.tdkt.notification.campaign;

import java.util.Collection;
import java.util.List;

/**
 * A campaign event names units this service has not seen yet. Units and campaigns travel on different
 * topics, so a campaign event can overtake its units' events; the notifier parks it until they arrive.
 */
class UnitsNotYetKnownException extends RuntimeException {

    private final List<String> unitCodes;

    UnitsNotYetKnownException(Collection<String> unitCodes) {
        super("Units not (yet) in the unit projection: " + unitCodes);
        this.unitCodes = List.copyOf(unitCodes);
    }

    List<String> unitCodes() {
        return unitCodes;
    }
}
