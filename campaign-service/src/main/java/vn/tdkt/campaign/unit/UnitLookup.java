package vn.tdkt.campaign.unit;

import java.util.Collection;
import java.util.Set;

/** What other features may ask the registry: which units exist. */
public interface UnitLookup {

    /** The codes among {@code codes} that are not registered, in the order given. */
    Set<UnitCode> unknown(Collection<UnitCode> codes);
}
