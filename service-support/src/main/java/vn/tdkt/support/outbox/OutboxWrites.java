package vn.tdkt.support.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.client.result.UpdateResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.tdkt.events.DomainEvent;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.RuleViolationException;

/**
 * Writes an aggregate's document together with the events of the command that changed it, as one
 * atomic single-document write (the outbox in the document, docs/design.md).
 *
 * <p>A document class holds the aggregate state, a {@code @Version} field and
 * {@value PendingEvent#FIELD}. A new document is inserted with its events; Spring Data starts its
 * version at 0. A changed document is not replaced but {@code $set} field by field with its events
 * {@code $push}ed, guarded by the version the command read: a replacement would write back
 * the pending events as they were read, re-adding any the relay removed meanwhile. Every property the
 * new state leaves null is {@code $unset}, so the stored state is exactly the state the events publish.
 */
public final class OutboxWrites {

    private static final String ID = "_id";
    private static final String TYPE_HINT = "_class";

    private final MongoOperations mongo;
    private final long maxEventBytes;

    public OutboxWrites(MongoOperations mongo, OutboxProperties properties) {
        this.mongo = mongo;
        this.maxEventBytes = properties.maxEventBytes().toBytes();
    }

    /**
     * Inserts a new aggregate document (version {@code null}), its events already in it.
     *
     * @throws RuleViolationException (422, naming the event's largest field) if an event is larger than
     *                                {@code tdkt.outbox.max-event-bytes}; nothing is written
     */
    public <D> D insert(D document) {
        // The events are read off the object: converting the whole document here as well as in the insert cost
        // a second mapping of every aggregate written.
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext()
                .getRequiredPersistentEntity(document.getClass());
        MongoPersistentProperty outbox = entity.getPersistentProperty(PendingEvent.FIELD);
        if (outbox != null && entity.getPropertyAccessor(document).getProperty(outbox) instanceof List<?> events
                && events.stream().allMatch(PendingEvent.class::isInstance)) {
            checkSizes(events);
        } else {
            Document state = new Document();
            mongo.getConverter().write(document, state);
            checkSizes(state.get(PendingEvent.FIELD, List.class));
        }
        return mongo.insert(document);
    }

    /**
     * Stores the new state of an existing aggregate and appends its new events.
     *
     * @param document the new state, the version the command started from, and only the new events
     * @return the version now stored
     * @throws OptimisticLockingFailureException if the stored version is no longer the one read
     * @throws RuleViolationException if an event is too large to publish, as for {@link #insert}
     */
    public long update(Object document) {
        Class<?> type = document.getClass();
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(type);
        String versionField = entity.getRequiredVersionProperty().getFieldName();
        Document state = new Document();
        mongo.getConverter().write(document, state);
        Object id = state.remove(ID);
        Object read = state.remove(versionField);
        List<?> events = state.get(PendingEvent.FIELD, List.class);
        checkSizes(events);
        state.remove(PendingEvent.FIELD);
        state.remove(TYPE_HINT);
        if (!(read instanceof Number readVersion)) {
            throw new IllegalArgumentException("Only a stored document (with a version) can be updated: " + id);
        }
        long next = readVersion.longValue() + 1;
        Update update = new Update();
        state.forEach(update::set);
        // The converter leaves null properties out; a $set of only the rest would keep the old value
        // stored while the event says null, and the next update would publish the old value again.
        for (MongoPersistentProperty property : entity) {
            String field = property.getFieldName();
            if (!state.containsKey(field) && !property.isIdProperty() && !property.isVersionProperty()
                    && !field.equals(PendingEvent.FIELD)) {
                update.unset(field);
            }
        }
        update.set(versionField, next);
        if (events != null && !events.isEmpty()) {
            update.push(PendingEvent.FIELD).each(events.toArray());
        }
        UpdateResult result = mongo.updateFirst(query(where(ID).is(id).and(versionField).is(read)), update,
                mongo.getCollectionName(type));
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException(
                    "%s %s was changed concurrently (read version %s)".formatted(type.getSimpleName(), id, read));
        }
        return next;
    }

    /**
     * Refuses, before anything is written, an event the broker would refuse: otherwise the command would
     * succeed and its event end up parked (never published), so consumers would never learn the change.
     */
    private void checkSizes(List<?> events) {
        if (events == null) {
            return;
        }
        for (Object entry : events) {
            String payload = null;
            Object key = null;
            Object type = null;
            if (entry instanceof PendingEvent event) {
                payload = event.payload();
                key = event.key();
                type = event.type();
            } else if (entry instanceof Document event && event.get("payload") instanceof String text) {
                payload = text;
                key = event.get("key");
                type = event.get("type");
            }
            if (payload != null) {
                long size = utf8Length(payload) + utf8Length(String.valueOf(key));
                if (size > maxEventBytes) {
                    String field = largestField(payload);
                    throw new RuleViolationException("The change makes an event of %d bytes (%s), more than the %d"
                            .formatted(size, type, maxEventBytes) + " an event may have",
                            List.of(new FieldError(field, "too large: the event it causes would be %d bytes, at most %d"
                                    .formatted(size, maxEventBytes) + " are allowed")));
                }
            }
        }
    }

    /** The top-level field of the event's JSON that takes the most bytes: what the client should shorten. */
    private static String largestField(String payload) {
        String largest = "body";
        long most = -1;
        try {
            for (var member : Document.parse(payload).entrySet()) {
                long size = utf8Length(new Document(member.getKey(), member.getValue()).toJson());
                if (size > most) {
                    most = size;
                    largest = member.getKey();
                }
            }
        } catch (RuntimeException notAnObject) {
            // not a JSON object: report the body as a whole
        }
        return largest;
    }

    private static long utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The pending form of a command's events, in order, for a document's {@value PendingEvent#FIELD}. */
    public static List<PendingEvent> pending(List<? extends DomainEvent> events) {
        return events.stream().map(PendingEvent::of).toList();
    }

    /** A query (all documents if {@code criteria} is null) that leaves the outbox out: it is the relay's business. */
    public static Query stateOnly(Criteria criteria) {
        Query query = criteria == null ? new Query() : new Query(criteria);
        query.fields().exclude(PendingEvent.FIELD);
        return query;
    }

}
