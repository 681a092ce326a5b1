package vn.tdkt.nomination.honours;

import java.util.List;
import java.util.Optional;
import vn.tdkt.events.nomination.RecipientKind;

/** What other features read of the honours history: a recipient's lines, and the unit they belong to. */
public interface HonoursHistory {

    /** Every line recorded for the recipient, by year then award code. */
    List<Line> of(String recipientId);

    /** The unit of the recipient's most recently recorded line; empty when nothing is recorded. */
    Optional<String> unitOf(String recipientId);

    record Line(String recipientId, RecipientKind kind, String unitCode, int year, String awardCode) {
    }
}
