package vn.tdkt.nomination.honourboard;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit's board as everyone may read it: the page shape of every list, with the unit's name. Each entry is what the
 * unit wrote and chose, and nothing else: no source id, no person's id, no one's user name.
 */
record PublicBoard(String unitCode, String unitName, List<Entry> items, int page, int size, long totalItems) {

    /** @param recipientKind INDIVIDUAL or COLLECTIVE (cá nhân, tập thể) */
    record Entry(String id, String recipientKind, String displayName, String title, String citation,
                 List<Field> fields, LocalDate publishedOn) {

        static Entry of(BoardEntry e) {
            return new Entry(e.id(), e.recipientKind(), e.displayName(), e.title(), e.citation(),
                    e.fields().stream().map(f -> new Field(f.field().name(), f.label(), f.value())).toList(),
                    HonourBoardService.day(e.publishedAt()));
        }
    }

    record Field(String field, String label, String value) {
    }
}
