package vn.tdkt.nomination.initiative;

import java.util.List;
import java.util.Optional;

/** What other features read of the initiatives: those a person authored, with their use so far. */
public interface InitiativeLedger {

    List<Entry> byAuthor(String authorId);

    /** The unit of an initiative the person authored, for deciding who may read them; empty if none. */
    Optional<String> unitOfAuthor(String authorId);

    /** {@code usedFor}: the proposal it already backs, {@code ""} when none. */
    record Entry(String id, String scope, boolean effectivelyApplied, String recognizedBy, String usedFor) {
    }
}
