package vn.tdkt.nomination.honourboard;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An entry as stored. {@code liveKey} is present only while published, under a unique partial index: one published
 * entry per unit and source, whatever the race. No events: nothing else needs to know (the board is read here).
 */
@Document(BoardEntryDocument.COLLECTION)
record BoardEntryDocument(@Id String id, String unitCode, SourceKind source, String sourceId, String recipientKind,
                          String displayName, String title, String citation, List<BoardEntry.Shown> fields,
                          BoardEntry.Status status, Instant publishedAt, String publishedBy, Instant withdrawnAt,
                          String withdrawnBy, String liveKey, @Version Long version) {

    static final String COLLECTION = "honour_board";

    static BoardEntryDocument of(BoardEntry e) {
        return new BoardEntryDocument(e.id(), e.unitCode(), e.source(), e.sourceId(), e.recipientKind(),
                e.displayName(), e.title(), e.citation(), e.fields(), e.status(), e.publishedAt(), e.publishedBy(),
                e.withdrawnAt(), e.withdrawnBy(), e.liveKey(), e.version());
    }

    BoardEntry entry() {
        return new BoardEntry(id, unitCode, source, sourceId, recipientKind, displayName, title, citation,
                fields == null ? List.of() : fields, status, publishedAt, publishedBy, withdrawnAt, withdrawnBy,
                version);
    }
}
