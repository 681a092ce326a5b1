package vn.tdkt.delegate.congress;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static vn.tdkt.support.outbox.OutboxWrites.pending;
import static vn.tdkt.support.outbox.OutboxWrites.stateOnly;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.PartialIndexFilter;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.tdkt.events.congress.CongressEvent;
import vn.tdkt.support.outbox.OutboxWrites;
import vn.tdkt.support.outbox.PendingEvent;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;

/** Congresses in MongoDB, each stored with the events of its last changes until the relay publishes them. */
@Repository
class CongressRepository {

    /** The field the reminder job marks, outside {@link CongressDocument}: see {@link #remind}. */
    static final String REMINDERS_SENT = "remindersSent";
    private static final Sort BY_DATE = Sort.by("date", "_id");
    /** The unique index of {@link #insert}: see {@link #ensureIndexes()}. */
    static final String ONE_LIVE_PER_UPPER = "congress_one_live_per_upper";
    /** The statuses that hold a unit's place below an upper congress: all but CANCELLED. */
    private static final List<String> LIVE = List.of(CongressStatus.PLANNED.name(), CongressStatus.HELD.name());

    private final MongoOperations mongo;
    private final OutboxWrites outbox;
    private volatile boolean indexed;

    CongressRepository(MongoOperations mongo, OutboxWrites outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    /** The list filters, the tree walk and the reminder pass each read one index (by date within it). */
    private void ensureIndexes() {
        if (!indexed) {
            var ops = mongo.indexOps(CongressDocument.COLLECTION);
            ops.createIndex(new Index().on("organiserUnitCode", Sort.Direction.ASC).on("date", Sort.Direction.ASC)
                    .named("congress_organiser_date"));
            ops.createIndex(new Index().on("upperCongressId", Sort.Direction.ASC).on("date", Sort.Direction.ASC)
                    .named("congress_upper_date"));
            ops.createIndex(new Index().on("status", Sort.Direction.ASC).on("date", Sort.Direction.ASC)
                    .named("congress_status_date"));
            // One live congress per organiser and upper congress (a missing upper indexes as null: one at the top),
            // kept by the database so that two plans racing past the service's check cannot both be stored; a
            // cancelled congress leaves the index, so the unit may plan again.
            ops.createIndex(new Index().on("organiserUnitCode", Sort.Direction.ASC)
                    .on("upperCongressId", Sort.Direction.ASC).unique()
                    .partial(PartialIndexFilter.of(where("status").in(LIVE)))
                    .named(ONE_LIVE_PER_UPPER));
            indexed = true;
        }
    }

    Optional<Congress> find(CongressId id) {
        return Optional.ofNullable(mongo.findOne(stateOnly(where("_id").is(id.value())), CongressDocument.class))
                .map(CongressDocument::toCongress);
    }

    /** One page of the congresses of an organiser and/or below an upper congress (null: any), by date then id. */
    PageResponse<Congress> page(String organiser, CongressId upper, PageQuery page) {
        ensureIndexes();
        Query query = stateOnly(null);
        if (organiser != null) {
            query.addCriteria(where("organiserUnitCode").is(organiser));
        }
        if (upper != null) {
            query.addCriteria(where("upperCongressId").is(upper.value()));
        }
        long total = mongo.count(query, CongressDocument.class);
        List<Congress> items = mongo.find(query.with(BY_DATE).skip(page.offset()).limit(page.size()),
                CongressDocument.class).stream().map(CongressDocument::toCongress).toList();
        return PageResponse.of(page, items, total);
    }

    /** The congresses (cancelled ones left out) that send delegates to any of {@code uppers}, by date then id. */
    List<Congress> lowerOf(Collection<CongressId> uppers, int limit) {
        ensureIndexes();
        Query query = stateOnly(where("upperCongressId").in(uppers.stream().map(CongressId::value).toList())
                .and("status").ne(CongressStatus.CANCELLED.name()));
        return mongo.find(query.with(BY_DATE).limit(limit), CongressDocument.class).stream()
                .map(CongressDocument::toCongress).toList();
    }

    /** The congress that is not cancelled of {@code organiser} below {@code upper} (or at the top), if any. */
    Optional<Congress> live(String organiser, CongressId upper) {
        ensureIndexes();
        return Optional.ofNullable(mongo.findOne(stateOnly(where("organiserUnitCode").is(organiser)
                .and("upperCongressId").is(upper == null ? null : upper.value())
                .and("status").in(LIVE)), CongressDocument.class)).map(CongressDocument::toCongress);
    }

    /** Planned congresses dated from {@code from} to {@code to}, both included: those the reminder job looks at. */
    List<Congress> plannedBetween(LocalDate from, LocalDate to, int limit) {
        ensureIndexes();
        Query query = stateOnly(where("status").is(CongressStatus.PLANNED.name())
                .and("date").gte(from.toString()).lte(to.toString()));
        return mongo.find(query.with(BY_DATE).limit(limit), CongressDocument.class).stream()
                .map(CongressDocument::toCongress).toList();
    }

    /**
     * Stores a new congress.
     *
     * @throws DuplicateKeyException if its organiser already has a live congress below the same upper congress
     */
    void insert(Congress congress, List<CongressEvent> events) {
        ensureIndexes();
        CongressDocument stored = outbox.insert(CongressDocument.of(congress, pending(events)));
        congress.stored(stored.version());
    }

    void update(Congress congress, List<CongressEvent> events) {
        congress.stored(outbox.update(CongressDocument.of(congress, pending(events))));
    }

    /**
     * Appends {@code reminder} to the congress's outbox unless {@code key} was reminded already, in one atomic
     * conditional update: of any number of instances and runs exactly one wins, and a crash leaves either both
     * the mark and the event or neither. The version is left alone (the reminder changes no state), and commands
     * never write {@value #REMINDERS_SENT}, so neither can undo the other.
     *
     * @return whether this call published the reminder
     */
    boolean remind(CongressId id, long readAt, String key, CongressEvent reminder) {
        Update update = new Update().addToSet(REMINDERS_SENT, key).push(PendingEvent.FIELD,
                mongo.getConverter().convertToMongoType(PendingEvent.of(reminder)));
        // Only the version the job read: a receipt or a new date in between leaves it for the next pass to judge.
        return mongo.updateFirst(new Query(where("_id").is(id.value()).and("version").is(readAt)
                .and(REMINDERS_SENT).ne(key).and("status").is(CongressStatus.PLANNED.name())), update,
                CongressDocument.class)
                .getModifiedCount() == 1;
    }
}
