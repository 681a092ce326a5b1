package vn.tdkt.delegate.exemplary;

import java.util.Optional;

/**
 * Read access to the exemplary people for the other features of this service: delegate lists pick delegates from
 * them by id and copy their name and position.
 */
public interface ExemplaryDirectory {

    Optional<Entry> find(String id);

    /**
     * One exemplary person or collective: the unit they belong to and what the honour or register says of them.
     *
     * @param recipientKind {@code INDIVIDUAL} or {@code COLLECTIVE}
     * @param position      null when the source did not say (honours carry none)
     */
    record Entry(String id, String unitCode, String recipientKind, String name, String position) {
    }
}
