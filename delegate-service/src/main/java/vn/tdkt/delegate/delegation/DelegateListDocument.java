package vn.tdkt.delegate.delegation;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.support.outbox.PendingEvent;

/**
 * How a delegate list is stored: its state, the optimistic-lock version and its events not yet published.
 * Indexed by congress and unit ({@link DelegateListRepository}), for a congress's roster and the tree's duplicate
 * check.
 */
@Document(DelegateListDocument.COLLECTION)
record DelegateListDocument(@Id String id, String congressId, String unitCode, ListStatus status,
                            List<Delegate> delegates, List<StatusChange> history, int lastNumber, Instant createdAt,
                            @Version Long version, List<PendingEvent> pendingEvents) {

    static final String COLLECTION = "delegate_lists";

    static DelegateListDocument of(DelegateList list, List<PendingEvent> newEvents) {
        return new DelegateListDocument(list.id().value(), list.id().congressId(), list.id().unitCode(),
                list.status(), list.delegates(), list.history(), list.lastNumber(), list.createdAt(), list.version(),
                newEvents);
    }

    DelegateList toList() {
        return DelegateList.restore(new DelegateListId(congressId, unitCode), createdAt,
                delegates == null ? List.of() : delegates, history == null ? List.of() : history, status, lastNumber,
                version);
    }
}
