package vn.tdkt.delegate.delegation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static vn.tdkt.support.outbox.OutboxWrites.pending;
import static vn.tdkt.support.outbox.OutboxWrites.stateOnly;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.events.congress.DelegateListEvent;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.outbox.OutboxWrites;

/** Delegate lists in MongoDB, each stored with the events of its last changes until the relay publishes them. */
@Repository
class DelegateListRepository {

    private final MongoOperations mongo;
    private final OutboxWrites outbox;
    private volatile boolean indexed;

    DelegateListRepository(MongoOperations mongo, OutboxWrites outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    /** The service does not create indexes from annotations (no auto-index-creation): the lists of a congress. */
    private void ensureIndexes() {
        if (!indexed) {
            mongo.indexOps(DelegateListDocument.class).createIndex(new Index().on("congressId", Sort.Direction.ASC)
                    .on("unitCode", Sort.Direction.ASC).named("delegate_lists_congress_unit"));
            mongo.indexOps(DelegateListDocument.class).createIndex(new Index().on("unitCode", Sort.Direction.ASC)
                    .on("createdAt", Sort.Direction.DESC).named("delegate_lists_unit"));
            indexed = true;
        }
    }

    Optional<DelegateList> find(DelegateListId id) {
        return Optional.ofNullable(mongo.findOne(stateOnly(where("_id").is(id.value())), DelegateListDocument.class))
                .map(DelegateListDocument::toList);
    }

    /** Every list sent to these congresses, by congress and unit. */
    List<DelegateList> ofCongresses(Collection<String> congressIds) {
        ensureIndexes();
        return mongo.find(stateOnly(where("congressId").in(congressIds)).with(Sort.by("congressId", "unitCode")),
                DelegateListDocument.class).stream().map(DelegateListDocument::toList).toList();
    }

    /** A unit's lists to every congress, newest first, of one status or all. */
    PageResponse<DelegateList> ofUnit(String unitCode, ListStatus status, PageQuery page) {
        ensureIndexes();
        Query query = stateOnly(where("unitCode").is(unitCode));
        if (status != null) {
            query.addCriteria(where("status").is(status));
        }
        long total = mongo.count(query, DelegateListDocument.class);
        List<DelegateList> items = mongo.find(query.with(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id")))
                .skip(page.offset()).limit(page.size()), DelegateListDocument.class).stream()
                .map(DelegateListDocument::toList).toList();
        return PageResponse.of(page, items, total);
    }

    void insert(DelegateList list, List<DelegateListEvent> events) {
        ensureIndexes();
        DelegateListDocument stored = outbox.insert(DelegateListDocument.of(list, pending(events)));
        list.stored(stored.version());
    }

    void update(DelegateList list, List<DelegateListEvent> events) {
        list.stored(outbox.update(DelegateListDocument.of(list, pending(events))));
    }
}
