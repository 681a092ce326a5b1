package vn.tdkt.nomination.initiative;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What other features read of the initiatives: those a person authored, with their use so far. */
public interface InitiativeLedger {

    List<Entry> byAuthor(String authorId);

    /** {@link #byAuthor} for many people in one read (a bulk import): author id → entries; absent when none. */
    Map<String, List<Entry>> byAuthors(Collection<String> authorIds);

    /** The unit of an initiative the person authored, for deciding who may read them; empty if none. */
    Optional<String> unitOfAuthor(String authorId);

    /** {@code usedFor}: the proposal it already backs, {@code ""} when none. */
    record Entry(String id, String scope, boolean effectivelyApplied, String recognizedBy, String usedFor) {
    }
}
