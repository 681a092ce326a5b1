package vn.tdkt.benchmarks.nomination;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The baselines' documents, made from one document the service stored: the same fields, types and sizes by
 * construction, with the identifying strings replaced (the dossier's id, the nominee's id, the pending events'
 * ids) wherever they occur, the event payloads and the live key included, so each copy is another dossier that
 * the service's unique index would accept too.
 */
final class DocumentTemplate {

    private final Document stored;
    private final String id;
    private final String nomineeId;
    private final List<String> eventIds = new ArrayList<>();

    DocumentTemplate(Document stored, String nomineeId) {
        this.stored = stored;
        this.id = stored.getString("_id");
        this.nomineeId = nomineeId;
        for (Document pending : stored.getList("pendingEvents", Document.class, List.of())) {
            eventIds.add(pending.getString("eventId"));
        }
    }

    Document stored() {
        return stored;
    }

    boolean withPendingEvents() {
        return !eventIds.isEmpty();
    }

    /** Another dossier of the same shape, for {@code newNomineeId}, with a fresh id and fresh event ids. */
    Document copyFor(String newNomineeId) {
        Map<String, String> replace = new LinkedHashMap<>();
        replace.put(id, UUID.randomUUID().toString());
        replace.put(nomineeId, newNomineeId);
        eventIds.forEach(e -> replace.put(e, UUID.randomUUID().toString()));
        return (Document) copy(stored, replace);
    }

    private static Object copy(Object value, Map<String, String> replace) {
        if (value instanceof Document d) {
            Document out = new Document();
            d.forEach((k, v) -> out.append(k, copy(v, replace)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(copy(v, replace)));
            return out;
        }
        if (value instanceof String s) {
            String out = s;
            for (Map.Entry<String, String> r : replace.entrySet()) {
                if (out.contains(r.getKey())) {
                    out = out.replace(r.getKey(), r.getValue());
                }
            }
            return out;
        }
        return value; // numbers, booleans, dates: immutable or never changed, shared
    }

    /** Drops {@code target} and creates on it every index {@code source} has (keys, name, unique, partial filter). */
    static void copyIndexes(MongoCollection<Document> source, MongoCollection<Document> target) {
        target.drop();
        for (Document index : source.listIndexes()) {
            if ("_id_".equals(index.getString("name"))) {
                continue;
            }
            IndexOptions options = new IndexOptions().name(index.getString("name"))
                    .unique(index.getBoolean("unique", false));
            Object partial = index.get("partialFilterExpression");
            if (partial instanceof Bson filter) {
                options.partialFilterExpression(filter);
            }
            target.createIndex(index.get("key", Document.class), options);
        }
    }

    /** The names of a collection's indexes, for the report. */
    static List<String> indexNames(MongoCollection<Document> collection) {
        List<String> names = new ArrayList<>();
        collection.listIndexes().forEach(i -> names.add(i.getString("name")));
        return names;
    }
}
