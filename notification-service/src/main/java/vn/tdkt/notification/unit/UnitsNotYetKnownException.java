package vn.tdkt.notification.unit;

import java.util.Collection;
import java.util.List;

/**
 * An event names units this service has not seen yet. Units and campaigns (and blocs) travel on different
 * topics, so a campaign event can overtake its units' events; the campaign notifier parks it until they arrive.
 */
public class UnitsNotYetKnownException extends RuntimeException {

    private final List<String> unitCodes;

    public UnitsNotYetKnownException(Collection<String> unitCodes) {
        super("Units not (yet) in the unit projection: " + unitCodes);
        this.unitCodes = List.copyOf(unitCodes);
    }

    public List<String> unitCodes() {
        return unitCodes;
    }
}
