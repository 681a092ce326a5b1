package vn.tdkt.embeddedmongo.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteBatch;
import vn.tdkt.embeddedmongo.error.MongoError;
import vn.tdkt.embeddedmongo.index.IndexSpec;

/**
 * The collections that exist, by namespace ("db.collection"), loaded from the {@code 'M'} keys at
 * start. A database exists while it has a collection, as in MongoDB; writes create both implicitly.
 */
public final class Catalog {

    private final Engine engine;
    private final Map<String, CollectionStore> collections = new ConcurrentHashMap<>();

    Catalog(Engine engine) {
        this.engine = engine;
        try (RocksIterator it = engine.db().newIterator()) {
            byte[] prefix = {Keys.META};
            for (it.seek(prefix); it.isValid() && Keys.startsWith(it.key(), prefix); it.next()) {
                BsonDocument meta = new RawBsonDocument(it.value()).clone();
                List<IndexSpec> indexes = new ArrayList<>();
                indexes.add(IndexSpec.idIndex());
                for (BsonValue v : meta.getArray("indexes")) {
                    indexes.add(IndexSpec.fromCatalog(v.asDocument()));
                }
                String ns = meta.getString("ns").getValue();
                collections.put(ns, new CollectionStore(engine, this, ns, meta.getInt64("id").getValue(),
                        meta.getDocument("options"), indexes));
            }
        }
    }

    /** The collection, or null when it does not exist. */
    public CollectionStore get(String namespace) {
        return collections.get(namespace);
    }

    /** The collection, created with default options if absent (implicit creation on first write). */
    public CollectionStore getOrCreate(String namespace) {
        CollectionStore existing = collections.get(namespace);
        return existing != null ? existing : create(namespace, new BsonDocument(), true);
    }

    /** Creates a collection; fails with 48 NamespaceExists unless {@code ifAbsent}. */
    public synchronized CollectionStore create(String namespace, BsonDocument options, boolean ifAbsent) {
        CollectionStore existing = collections.get(namespace);
        if (existing != null) {
            if (ifAbsent) {
                return existing;
            }
            throw new MongoError(48, "NamespaceExists", "Collection " + namespace + " already exists.");
        }
        validate(namespace);
        try (WriteBatch batch = new WriteBatch()) {
            long id = engine.nextId(batch);
            CollectionStore store = new CollectionStore(engine, this, namespace, id, options,
                    new ArrayList<>(List.of(IndexSpec.idIndex())));
            batch.put(Keys.meta(namespace), store.metaBytes());
            engine.write(batch);
            collections.put(namespace, store);
            return store;
        } catch (RocksDBException e) {
            throw new MongoError(1, "InternalError", e.getMessage());
        }
    }

    /** Drops a collection with its documents and indexes; false when it did not exist. */
    public synchronized boolean drop(String namespace) {
        CollectionStore store = collections.remove(namespace);
        if (store == null) {
            return false;
        }
        store.destroy();
        return true;
    }

    public synchronized void dropDatabase(String database) {
        for (CollectionStore store : collections(database)) {
            drop(store.namespace());
        }
    }

    /** The collections of one database, by name. */
    public List<CollectionStore> collections(String database) {
        TreeMap<String, CollectionStore> sorted = new TreeMap<>();
        String prefix = database + ".";
        collections.forEach((ns, c) -> {
            if (ns.startsWith(prefix)) {
                sorted.put(ns, c);
            }
        });
        return new ArrayList<>(sorted.values());
    }

    public List<CollectionStore> all() {
        return new ArrayList<>(collections.values());
    }

    public TreeSet<String> databases() {
        TreeSet<String> names = new TreeSet<>();
        collections.keySet().forEach(ns -> names.add(ns.substring(0, ns.indexOf('.'))));
        return names;
    }

    /** Rewrites a collection's catalog entry inside the caller's batch (index changes). */
    void saveMeta(CollectionStore store, WriteBatch batch) throws RocksDBException {
        batch.put(Keys.meta(store.namespace()), store.metaBytes());
    }

    long allocateId(WriteBatch batch) throws RocksDBException {
        return engine.nextId(batch);
    }

    static BsonDocument metaDocument(String ns, long id, BsonDocument options, List<IndexSpec> indexes) {
        BsonArray specs = new BsonArray();
        for (IndexSpec spec : indexes) {
            if (!spec.isId()) {
                specs.add(spec.toCatalog());
            }
        }
        return new BsonDocument("ns", new BsonString(ns)).append("id", new BsonInt64(id))
                .append("options", options).append("indexes", specs);
    }

    private static void validate(String namespace) {
        int dot = namespace.indexOf('.');
        String db = dot < 0 ? namespace : namespace.substring(0, dot);
        String coll = dot < 0 ? "" : namespace.substring(dot + 1);
        if (db.isEmpty() || coll.isEmpty() || coll.contains("$") || db.contains(" ") || db.contains("/")
                || db.contains("\\") || db.contains("\"") || coll.indexOf('\0') >= 0) {
            throw new MongoError(73, "InvalidNamespace", "Invalid namespace specified '" + namespace + "'");
        }
    }
}
