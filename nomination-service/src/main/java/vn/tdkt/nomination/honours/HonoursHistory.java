package vn.tdkt.nomination.honours;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.events.nomination.RecipientKind;

/** What other features read of the honours history: a recipient's lines, and the unit they belong to. */
public interface HonoursHistory {

    /** Every line recorded for the recipient, by year then award code. */
    List<Line> of(String recipientId);

    /** {@link #of} for many recipients in one read (a bulk import): recipient id → lines; absent when none. */
    Map<String, List<Line>> ofAll(Collection<String> recipientIds);

    /** The unit of the recipient's most recently recorded line; empty when nothing is recorded. */
    Optional<String> unitOf(String recipientId);

    /**
     * How many lines of achievement year {@code year} are recorded per award code for recipients of these units
     * (the quota guardrails of a unit's subtree).
     */
    Map<String, Long> countByAward(Collection<String> unitCodes, int year);

    record Line(String recipientId, RecipientKind kind, String unitCode, int year, String awardCode) {
    }
}
