package vn.tdkt.nomination.honourboard;

import java.util.Map;

/**
 * A source as the board may see it: whose subtree it belongs to, individual or collective, and the values of the
 * fields a unit may choose to publish. Built from the stored source by {@link HonourBoardRepository}; it carries
 * nothing the board may not show.
 *
 * @param unitCode      the unit the source belongs to (the registering office, the honoured person's unit)
 * @param recipientKind INDIVIDUAL or COLLECTIVE
 */
record Source(SourceKind kind, String sourceId, String unitCode, String recipientKind,
              Map<PublishedField, String> offered) {

    Source {
        offered = Map.copyOf(offered);
    }
}
