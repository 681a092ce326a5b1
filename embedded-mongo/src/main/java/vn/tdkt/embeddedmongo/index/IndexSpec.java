package vn.tdkt.embeddedmongo.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;
import vn.tdkt.embeddedmongo.error.MongoError;
import vn.tdkt.embeddedmongo.query.Filter;

/**
 * One index of a collection as {@code createIndexes} describes it, plus the storage id its
 * entries are keyed under and whether any document has put an array in one of its fields
 * (multikey indexes cannot serve sorts and cannot intersect range bounds).
 */
public final class IndexSpec {

    public static final String ID_INDEX = "_id_";

    private final long id;
    private final String name;
    private final BsonDocument key;
    private final List<Field> fields;
    private final boolean unique;
    private final boolean sparse;
    private final BsonDocument partialFilterExpression;
    private final Long expireAfterSeconds;
    private volatile boolean multikey;
    private volatile Filter partialFilter;

    public record Field(String path, int direction) {
    }

    private IndexSpec(long id, String name, BsonDocument key, boolean unique, boolean sparse,
                      BsonDocument partial, Long expireAfterSeconds, boolean multikey) {
        this.id = id;
        this.name = name;
        this.key = key;
        this.unique = unique;
        this.sparse = sparse;
        this.partialFilterExpression = partial;
        this.expireAfterSeconds = expireAfterSeconds;
        this.multikey = multikey;
        List<Field> list = new ArrayList<>();
        for (Map.Entry<String, BsonValue> e : key.entrySet()) {
            list.add(new Field(e.getKey(), direction(e.getValue())));
        }
        this.fields = List.copyOf(list);
    }

    /** Parses one element of {@code createIndexes.indexes}, failing as MongoDB does on bad specs. */
    public static IndexSpec fromCommand(BsonDocument spec, long id) {
        if (!spec.containsKey("key") || !spec.get("key").isDocument() || spec.getDocument("key").isEmpty()) {
            throw MongoError.failedToParse("The 'key' field is a required property of an index specification");
        }
        if (!spec.containsKey("name") || !spec.get("name").isString()) {
            throw MongoError.failedToParse("The 'name' field is a required property of an index specification");
        }
        BsonDocument key = spec.getDocument("key");
        for (Map.Entry<String, BsonValue> e : key.entrySet()) {
            BsonValue v = e.getValue();
            if (!v.isNumber() || v.asNumber().doubleValue() == 0) {
                throw new MongoError(67, "CannotCreateIndex",
                        "Values in index key pattern must be 1 or -1 in this server: " + e.getKey());
            }
        }
        Long ttl = null;
        if (spec.containsKey("expireAfterSeconds")) {
            BsonValue v = spec.get("expireAfterSeconds");
            if (!v.isNumber()) {
                throw new MongoError(67, "CannotCreateIndex", "TTL index 'expireAfterSeconds' option must be numeric");
            }
            ttl = v.asNumber().longValue();
        }
        BsonDocument partial = spec.containsKey("partialFilterExpression")
                ? spec.getDocument("partialFilterExpression") : null;
        if (partial != null) {
            Filter.parse(partial); // fail at creation, not at the first write
        }
        return new IndexSpec(id, spec.getString("name").getValue(), key,
                truthy(spec.get("unique")), truthy(spec.get("sparse")), partial, ttl, false);
    }

    /** The implicit unique index on _id that every collection has. */
    public static IndexSpec idIndex() {
        return new IndexSpec(0, ID_INDEX, new BsonDocument("_id", new BsonInt32(1)), true, false, null, null, false);
    }

    /** Restores a spec saved by {@link #toCatalog()}. */
    public static IndexSpec fromCatalog(BsonDocument doc) {
        return new IndexSpec(doc.getInt64("id").getValue(), doc.getString("name").getValue(), doc.getDocument("key"),
                truthy(doc.get("unique")), truthy(doc.get("sparse")),
                doc.containsKey("partialFilterExpression") ? doc.getDocument("partialFilterExpression") : null,
                doc.containsKey("expireAfterSeconds") ? doc.getInt64("expireAfterSeconds").getValue() : null,
                truthy(doc.get("multikey")));
    }

    public BsonDocument toCatalog() {
        BsonDocument doc = describe();
        doc.put("id", new BsonInt64(id));
        doc.put("multikey", BsonBoolean.valueOf(multikey));
        if (expireAfterSeconds != null) {
            doc.put("expireAfterSeconds", new BsonInt64(expireAfterSeconds));
        }
        return doc;
    }

    /** The document {@code listIndexes} returns. */
    public BsonDocument describe() {
        BsonDocument doc = new BsonDocument("v", new BsonInt32(2)).append("key", key).append("name", new BsonString(name));
        if (unique && !isId()) {
            doc.append("unique", BsonBoolean.TRUE);
        }
        if (sparse) {
            doc.append("sparse", BsonBoolean.TRUE);
        }
        if (partialFilterExpression != null) {
            doc.append("partialFilterExpression", partialFilterExpression);
        }
        if (expireAfterSeconds != null) {
            doc.append("expireAfterSeconds", expireAfterSeconds <= Integer.MAX_VALUE
                    ? new BsonInt32(expireAfterSeconds.intValue()) : new BsonInt64(expireAfterSeconds));
        }
        return doc;
    }

    /** Whether two specs are the same index in MongoDB's sense (same key and options). */
    public boolean sameDefinition(IndexSpec other) {
        return key.equals(other.key) && unique == other.unique && sparse == other.sparse
                && java.util.Objects.equals(partialFilterExpression, other.partialFilterExpression)
                && java.util.Objects.equals(expireAfterSeconds, other.expireAfterSeconds);
    }

    private static int direction(BsonValue v) {
        return v.isNumber() && v.asNumber().doubleValue() < 0 ? -1 : 1;
    }

    private static boolean truthy(BsonValue v) {
        if (v == null) {
            return false;
        }
        if (v.isBoolean()) {
            return v.asBoolean().getValue();
        }
        return v.isNumber() && v.asNumber().doubleValue() != 0;
    }

    public boolean isId() {
        return id == 0;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public BsonDocument key() {
        return key;
    }

    public List<Field> fields() {
        return fields;
    }

    public boolean unique() {
        return unique;
    }

    public boolean sparse() {
        return sparse;
    }

    public boolean partial() {
        return partialFilterExpression != null;
    }

    /** The {@code partialFilterExpression} the index was created with, or null. */
    public BsonDocument partialFilterExpression() {
        return partialFilterExpression;
    }

    public Long expireAfterSeconds() {
        return expireAfterSeconds;
    }

    public boolean multikey() {
        return multikey;
    }

    public void markMultikey() {
        multikey = true;
    }

    /** Whether a document belongs in this index at all (sparse and partial indexes skip some). */
    public boolean covers(BsonDocument document, List<BsonValue[]> tuples) {
        if (partialFilterExpression != null) {
            Filter f = partialFilter;
            if (f == null) {
                f = Filter.parse(partialFilterExpression);
                partialFilter = f;
            }
            if (!f.matches(document)) {
                return false;
            }
        }
        if (sparse) {
            for (BsonValue[] tuple : tuples) {
                for (BsonValue v : tuple) {
                    if (v != null) {
                        return true;
                    }
                }
            }
            return false;
        }
        return true;
    }
}
