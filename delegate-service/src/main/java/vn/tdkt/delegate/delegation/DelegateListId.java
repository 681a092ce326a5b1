package vn.tdkt.delegate.delegation;

import java.util.Objects;

/**
 * A delegate list is one per upper congress and lower unit: its id is {@code <congressId>:<unitCode>}, which is
 * also the key of its events. A unit code never holds a colon.
 */
record DelegateListId(String congressId, String unitCode) {

    DelegateListId {
        Objects.requireNonNull(congressId, "congressId");
        Objects.requireNonNull(unitCode, "unitCode");
    }

    static DelegateListId parse(String value) {
        int colon = value.lastIndexOf(':');
        return new DelegateListId(value.substring(0, colon), value.substring(colon + 1));
    }

    String value() {
        return congressId + ":" + unitCode;
    }

    @Override
    public String toString() {
        return value();
    }
}
