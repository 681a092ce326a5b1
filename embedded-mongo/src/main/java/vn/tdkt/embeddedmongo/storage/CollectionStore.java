package vn.tdkt.embeddedmongo.storage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import org.bson.BsonDocument;
import org.bson.BsonObjectId;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;
import org.rocksdb.RocksDBException;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksIterator;
import org.rocksdb.Slice;
import org.rocksdb.WriteBatch;
import vn.tdkt.embeddedmongo.error.MongoError;
import vn.tdkt.embeddedmongo.index.IndexKeys;
import vn.tdkt.embeddedmongo.index.IndexSpec;
import vn.tdkt.embeddedmongo.index.KeyEncoder;
import vn.tdkt.embeddedmongo.index.QueryPlan;

/**
 * One collection: its documents and index entries in RocksDB, and the lock that serialises its
 * writes. Each document write goes out as one {@link WriteBatch} holding the document, all its index
 * entries and the collection's counters, so a crash never leaves a document without its entries.
 * Holding {@link #lock()} across read-check-write is what makes unique indexes exact and
 * read-modify-write updates ({@code $inc}) lose nothing under concurrent clients.
 */
public final class CollectionStore {

    public static final int MAX_DOCUMENT_SIZE = 16 * 1024 * 1024;
    private static final int BATCH_FLUSH_ENTRIES = 4096;

    private final Engine engine;
    private final Catalog catalog;
    private final String namespace;
    private final long id;
    private final BsonDocument options;
    private final List<IndexSpec> indexes;
    private final ReentrantLock lock = new ReentrantLock();
    private final byte[] docPrefix;
    private final byte[] statsKey;
    private final Set<Long> persistedMultikey = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile long count;
    private volatile long dataSize;

    CollectionStore(Engine engine, Catalog catalog, String namespace, long id, BsonDocument options, List<IndexSpec> indexes) {
        this.engine = engine;
        this.catalog = catalog;
        this.namespace = namespace;
        this.id = id;
        this.options = options;
        this.indexes = new CopyOnWriteArrayList<>(indexes);
        this.docPrefix = Keys.prefix(Keys.DOCUMENT, id);
        this.statsKey = Keys.prefix(Keys.STATS, id);
        indexes.stream().filter(IndexSpec::multikey).forEach(i -> persistedMultikey.add(i.id()));
        byte[] stats = engine.get(statsKey);
        if (stats != null) {
            count = Keys.getLong(stats, 0);
            dataSize = Keys.getLong(stats, 8);
        }
    }

    public String namespace() {
        return namespace;
    }

    public String name() {
        return namespace.substring(namespace.indexOf('.') + 1);
    }

    public BsonDocument options() {
        return options;
    }

    public List<IndexSpec> indexes() {
        return List.copyOf(indexes);
    }

    public long count() {
        return count;
    }

    public long dataSize() {
        return dataSize;
    }

    public long storageSize() {
        return engine.approximateSize(docPrefix, Keys.successor(docPrefix));
    }

    public long indexSize(IndexSpec index) {
        if (index.isId()) {
            return 0; // the _id index is the document keyspace itself
        }
        byte[] prefix = Keys.prefix(Keys.INDEX, index.id());
        return engine.approximateSize(prefix, Keys.successor(prefix));
    }

    /** Serialises writers of this collection; reentrant so a command can hold it across a read-modify-write. */
    public ReentrantLock lock() {
        return lock;
    }

    Engine engine() {
        return engine;
    }

    byte[] docPrefix() {
        return docPrefix;
    }

    byte[] metaBytes() {
        return BsonBytes.toBytes(Catalog.metaDocument(namespace, id, options, indexes));
    }

    // ---------------------------------------------------------------- reads

    public RawBsonDocument findById(BsonValue idValue) {
        byte[] bytes = engine.get(Keys.concat(docPrefix, KeyEncoder.encode(idValue)));
        return bytes == null ? null : new RawBsonDocument(bytes);
    }

    public DocumentScan scan(QueryPlan plan, ScanStats stats) {
        return new DocumentScan(this, plan, stats);
    }

    // ---------------------------------------------------------------- writes

    /** A failure of one document of a batch, at its position in the batch. */
    public record WriteFailure(int index, MongoError error) {
    }

    /**
     * Gives a document its {@code _id} (generated when absent) as the first field, as MongoDB stores
     * it, and checks what MongoDB checks before storing.
     */
    public static BsonDocument prepareForInsert(BsonDocument document) {
        BsonValue rawId = leadingId(document);
        if (rawId != null) {
            checkId(rawId);
            return document;
        }
        BsonValue idValue = document.get("_id");
        if (idValue == null) {
            idValue = new BsonObjectId();
        }
        checkId(idValue);
        BsonDocument ordered = new BsonDocument("_id", idValue);
        for (Map.Entry<String, BsonValue> e : document.entrySet()) {
            if (!e.getKey().equals("_id")) {
                ordered.put(e.getKey(), e.getValue());
            }
        }
        return ordered;
    }

    /** The _id of a raw document whose first field is _id, read in one pass; null otherwise. */
    private static BsonValue leadingId(BsonDocument document) {
        if (!(document instanceof RawBsonDocument raw)) {
            return null;
        }
        try (org.bson.BsonBinaryReader reader = new org.bson.BsonBinaryReader(raw.getByteBuffer().asNIO())) {
            reader.readStartDocument();
            if (reader.readBsonType() == org.bson.BsonType.END_OF_DOCUMENT || !"_id".equals(reader.readName())) {
                return null;
            }
            return ID_CODEC.decode(reader, org.bson.codecs.DecoderContext.builder().build());
        }
    }

    private static final org.bson.codecs.BsonValueCodec ID_CODEC = new org.bson.codecs.BsonValueCodec();

    private static void checkId(BsonValue idValue) {
        if (idValue.isArray()) {
            throw new MongoError(53, "InvalidIdField", "The '_id' value cannot be of type array");
        }
        if (idValue.isRegularExpression()) {
            throw new MongoError(53, "InvalidIdField", "The '_id' value cannot be of type regex");
        }
    }

    /** Inserts documents (already prepared), batching RocksDB writes; each document is atomic on its own. */
    public List<WriteFailure> insert(List<BsonDocument> documents, boolean ordered) {
        List<WriteFailure> failures = new ArrayList<>();
        lock.lock();
        try {
            Set<BytesKey> pending = new HashSet<>();
            WriteBatch batch = new WriteBatch();
            long addCount = 0;
            long addSize = 0;
            try {
                for (int i = 0; i < documents.size(); i++) {
                    try {
                        BsonDocument doc = prepareForInsert(documents.get(i));
                        BsonValue idValue = doc instanceof RawBsonDocument ? leadingId(doc) : doc.get("_id");
                        byte[] bytes = BsonBytes.toBytes(doc);
                        checkSize(bytes);
                        byte[] idEnc = KeyEncoder.encode(idValue);
                        byte[] docKey = Keys.concat(docPrefix, idEnc);
                        if (pending.contains(new BytesKey(docKey)) || engine.get(docKey) != null) {
                            throw duplicate(indexes.get(0), new BsonValue[] {idValue});
                        }
                        List<byte[]> entries = new ArrayList<>();
                        List<BytesKey> uniqueKeys = new ArrayList<>();
                        for (IndexSpec index : indexes) {
                            if (!index.isId()) {
                                addEntries(index, doc, idEnc, entries, uniqueKeys, pending);
                            }
                        }
                        put(batch, docKey, bytes);
                        for (byte[] entry : entries) {
                            put(batch, entry, idEnc);
                        }
                        pending.add(new BytesKey(docKey));
                        pending.addAll(uniqueKeys);
                        addCount++;
                        addSize += bytes.length;
                    } catch (MongoError e) {
                        failures.add(new WriteFailure(i, e));
                        if (ordered) {
                            break;
                        }
                    }
                    if (batch.count() >= BATCH_FLUSH_ENTRIES) {
                        flush(batch, addCount, addSize);
                        batch.close();
                        batch = new WriteBatch();
                        pending.clear();
                        addCount = 0;
                        addSize = 0;
                    }
                }
                if (batch.count() > 0) {
                    flush(batch, addCount, addSize);
                }
            } finally {
                batch.close();
            }
        } finally {
            lock.unlock();
        }
        return failures;
    }

    private static void put(WriteBatch batch, byte[] key, byte[] value) {
        try {
            batch.put(key, value);
        } catch (RocksDBException e) {
            throw new MongoError(1, "InternalError", e.getMessage());
        }
    }

    private void flush(WriteBatch batch, long addCount, long addSize) {
        putStats(batch, count + addCount, dataSize + addSize);
        engine.write(batch);
        count += addCount;
        dataSize += addSize;
        saveMultikeyFlags();
    }

    /** Replaces a stored document by a new version with the same _id; the caller holds {@link #lock()}. */
    public void replace(BsonDocument oldDoc, BsonDocument newDoc) {
        byte[] bytes = BsonBytes.toBytes(newDoc);
        checkSize(bytes);
        int oldSize = BsonBytes.size(oldDoc);
        byte[] idEnc = KeyEncoder.encode(oldDoc.get("_id"));
        try (WriteBatch batch = new WriteBatch()) {
            for (IndexSpec index : indexes) {
                if (index.isId()) {
                    continue;
                }
                Set<BytesKey> before = entrySet(index, oldDoc, idEnc);
                List<byte[]> added = new ArrayList<>();
                addEntries(index, newDoc, idEnc, added, new ArrayList<>(), Set.of());
                Set<BytesKey> after = new HashSet<>();
                for (byte[] entry : added) {
                    after.add(new BytesKey(entry));
                }
                for (BytesKey b : before) {
                    if (!after.contains(b)) {
                        batch.delete(b.bytes());
                    }
                }
                for (BytesKey a : after) {
                    if (!before.contains(a)) {
                        batch.put(a.bytes(), idEnc);
                    }
                }
            }
            batch.put(Keys.concat(docPrefix, idEnc), bytes);
            putStats(batch, count, dataSize - oldSize + bytes.length);
            engine.write(batch);
            dataSize += bytes.length - oldSize;
            saveMultikeyFlags();
        } catch (RocksDBException e) {
            throw new MongoError(1, "InternalError", e.getMessage());
        }
    }

    /** Deletes a stored document and its index entries; the caller holds {@link #lock()}. */
    public void delete(BsonDocument doc) {
        byte[] idEnc = KeyEncoder.encode(doc.get("_id"));
        byte[] docKey = Keys.concat(docPrefix, idEnc);
        byte[] current = engine.get(docKey);
        if (current == null) {
            return;
        }
        RawBsonDocument stored = new RawBsonDocument(current);
        try (WriteBatch batch = new WriteBatch()) {
            for (IndexSpec index : indexes) {
                if (!index.isId()) {
                    for (BytesKey entry : entrySet(index, stored, idEnc)) {
                        batch.delete(entry.bytes());
                    }
                }
            }
            batch.delete(docKey);
            putStats(batch, count - 1, dataSize - current.length);
            engine.write(batch);
            count--;
            dataSize -= current.length;
        } catch (RocksDBException e) {
            throw new MongoError(1, "InternalError", e.getMessage());
        }
    }

    private static void checkSize(byte[] bytes) {
        if (bytes.length > MAX_DOCUMENT_SIZE) {
            throw new MongoError(10334, "BSONObjectTooLarge", "BSONObj size: " + bytes.length
                    + " (0x" + Integer.toHexString(bytes.length).toUpperCase() + ") is invalid. Size must be between 0 and "
                    + MAX_DOCUMENT_SIZE + "(16MB)");
        }
    }

    private void putStats(WriteBatch batch, long newCount, long newSize) {
        byte[] value = new byte[16];
        Keys.putLong(value, 0, newCount);
        Keys.putLong(value, 8, newSize);
        try {
            batch.put(statsKey, value);
        } catch (RocksDBException e) {
            throw new MongoError(1, "InternalError", e.getMessage());
        }
    }

    private Set<BytesKey> entrySet(IndexSpec index, BsonDocument doc, byte[] idEnc) {
        Set<BytesKey> set = new HashSet<>();
        IndexKeys keys = IndexKeys.of(index, doc);
        if (!index.covers(doc, keys.tuples())) {
            return set;
        }
        byte[] prefix = Keys.prefix(Keys.INDEX, index.id());
        for (byte[] key : keys.encoded(index)) {
            set.add(new BytesKey(Keys.concat(prefix, key, idEnc)));
        }
        return set;
    }

    /**
     * Computes a document's entries for one index, failing with E11000 when a unique key is taken by
     * another document, either stored or pending in the same batch.
     */
    private void addEntries(IndexSpec index, BsonDocument doc, byte[] idEnc, List<byte[]> entries,
                            List<BytesKey> uniqueKeys, Set<BytesKey> pending) {
        IndexKeys keys = IndexKeys.of(index, doc);
        if (!index.covers(doc, keys.tuples())) {
            return;
        }
        if (keys.multikey() && !index.multikey()) {
            index.markMultikey();
        }
        byte[] prefix = Keys.prefix(Keys.INDEX, index.id());
        List<byte[]> encoded = keys.encoded(index);
        for (int k = 0; k < encoded.size(); k++) {
            byte[] keyPrefix = Keys.concat(prefix, encoded.get(k));
            if (index.unique()) {
                BytesKey unique = new BytesKey(keyPrefix);
                if (pending.contains(unique) || takenByOther(keyPrefix, idEnc)) {
                    throw duplicate(index, tupleFor(index, keys, encoded.get(k)));
                }
                uniqueKeys.add(unique);
            }
            entries.add(Keys.concat(keyPrefix, idEnc));
        }
    }

    private static BsonValue[] tupleFor(IndexSpec index, IndexKeys keys, byte[] encoded) {
        for (BsonValue[] tuple : keys.tuples()) {
            if (java.util.Arrays.equals(IndexKeys.encodeTuple(tuple, index.fields()), encoded)) {
                return tuple;
            }
        }
        return keys.tuples().get(0);
    }

    /** Bounded to the prefix, so that a seek where no live key is left does not walk the deleted ones after it. */
    private boolean takenByOther(byte[] keyPrefix, byte[] idEnc) {
        try (Slice upper = new Slice(Keys.successor(keyPrefix));
             ReadOptions bounded = new ReadOptions(engine.readOptions()).setIterateUpperBound(upper);
             RocksIterator it = engine.db().newIterator(bounded)) {
            for (it.seek(keyPrefix); it.isValid() && Keys.startsWith(it.key(), keyPrefix); it.next()) {
                if (!java.util.Arrays.equals(it.value(), idEnc)) {
                    return true;
                }
            }
        }
        return false;
    }

    private DuplicateKeyError duplicate(IndexSpec index, BsonValue[] tuple) {
        BsonDocument keyValue = new BsonDocument();
        List<IndexSpec.Field> fields = index.fields();
        for (int i = 0; i < fields.size(); i++) {
            keyValue.put(fields.get(i).path(), tuple[i] == null ? org.bson.BsonNull.VALUE : tuple[i]);
        }
        return new DuplicateKeyError(namespace, index.name(), index.key(), keyValue);
    }

    private void saveMultikeyFlags() {
        // Multikey only ever turns on; persist the flip so the planner stays correct after restart.
        boolean dirty = false;
        for (IndexSpec index : indexes) {
            if (index.multikey() && !persistedMultikey.contains(index.id())) {
                persistedMultikey.add(index.id());
                dirty = true;
            }
        }
        if (dirty) {
            try (WriteBatch batch = new WriteBatch()) {
                catalog.saveMeta(this, batch);
                engine.write(batch);
            } catch (RocksDBException e) {
                throw new MongoError(1, "InternalError", e.getMessage());
            }
        }
    }

    // ---------------------------------------------------------------- indexes

    /**
     * Builds new indexes over the existing documents; fails with E11000 (creating nothing) when a
     * unique index meets duplicates. Returns how many were actually new.
     */
    public int createIndexes(List<BsonDocument> specs) {
        lock.lock();
        try {
            List<IndexSpec> created = new ArrayList<>();
            try (WriteBatch batch = new WriteBatch()) {
                for (BsonDocument spec : specs) {
                    IndexSpec candidate = IndexSpec.fromCommand(spec, 0);
                    IndexSpec existing = find(candidate, created);
                    if (existing != null) {
                        continue;
                    }
                    IndexSpec index = IndexSpec.fromCommand(spec, catalog.allocateId(batch));
                    build(index);
                    created.add(index);
                }
                if (created.isEmpty()) {
                    return 0;
                }
                indexes.addAll(created);
                catalog.saveMeta(this, batch);
                engine.write(batch);
                for (IndexSpec index : created) {
                    if (index.multikey()) {
                        persistedMultikey.add(index.id());
                    }
                }
                return created.size();
            } catch (RocksDBException e) {
                throw new MongoError(1, "InternalError", e.getMessage());
            } catch (RuntimeException e) {
                for (IndexSpec index : created) {
                    deleteEntries(index);
                }
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    /** An index with this name or key; equal definitions are a no-op, conflicting ones fail as MongoDB does. */
    private IndexSpec find(IndexSpec candidate, List<IndexSpec> alsoCreated) {
        List<IndexSpec> all = new ArrayList<>(indexes);
        all.addAll(alsoCreated);
        for (IndexSpec index : all) {
            boolean sameName = index.name().equals(candidate.name());
            boolean sameKey = index.key().equals(candidate.key());
            if (sameName && sameKey && (index.sameDefinition(candidate) || index.isId())) {
                return index;
            }
            if (sameName) {
                throw new MongoError(86, "IndexKeySpecsConflict", "An existing index has the same name as the requested index. "
                        + "When index names are not specified, they are auto generated and can cause conflicts. Please refer to our "
                        + "documentation. Requested index: " + candidate.describe().toJson() + ", existing index: "
                        + index.describe().toJson());
            }
            if (sameKey && !candidate.partial() && !index.partial()) {
                throw new MongoError(85, "IndexOptionsConflict", "Index already exists with a different name: " + index.name());
            }
        }
        return null;
    }

    private void build(IndexSpec index) {
        byte[] prefix = Keys.prefix(Keys.INDEX, index.id());
        WriteBatch batch = new WriteBatch();
        try (RocksIterator it = engine.db().newIterator(engine.readOptions())) {
            for (it.seek(docPrefix); it.isValid() && Keys.startsWith(it.key(), docPrefix); it.next()) {
                RawBsonDocument doc = new RawBsonDocument(it.value());
                byte[] idEnc = java.util.Arrays.copyOfRange(it.key(), docPrefix.length, it.key().length);
                IndexKeys keys = IndexKeys.of(index, doc);
                if (!index.covers(doc, keys.tuples())) {
                    continue;
                }
                if (keys.multikey()) {
                    index.markMultikey();
                }
                List<byte[]> encoded = keys.encoded(index);
                for (byte[] key : encoded) {
                    byte[] keyPrefix = Keys.concat(prefix, key);
                    if (index.unique()) {
                        engine.write(batch);
                        batch.clear();
                        if (takenByOther(keyPrefix, idEnc)) {
                            throw duplicate(index, tupleFor(index, keys, key));
                        }
                    }
                    batch.put(Keys.concat(keyPrefix, idEnc), idEnc);
                }
                if (batch.count() >= BATCH_FLUSH_ENTRIES) {
                    engine.write(batch);
                    batch.clear();
                }
            }
            engine.write(batch);
        } catch (RocksDBException e) {
            throw new MongoError(1, "InternalError", e.getMessage());
        } finally {
            batch.close();
        }
    }

    /** Drops one index by name; 27 IndexNotFound when absent, 72 InvalidOptions for _id_. */
    public void dropIndex(String name) {
        lock.lock();
        try {
            if (IndexSpec.ID_INDEX.equals(name)) {
                throw new MongoError(72, "InvalidOptions", "cannot drop _id index");
            }
            IndexSpec target = indexes.stream().filter(i -> i.name().equals(name)).findFirst()
                    .orElseThrow(() -> new MongoError(27, "IndexNotFound", "index not found with name [" + name + "]"));
            removeIndex(target);
        } finally {
            lock.unlock();
        }
    }

    public void dropIndexByKey(BsonDocument key) {
        lock.lock();
        try {
            IndexSpec target = indexes.stream().filter(i -> i.key().equals(key)).findFirst()
                    .orElseThrow(() -> new MongoError(27, "IndexNotFound", "can't find index with key: " + key.toJson()));
            if (target.isId()) {
                throw new MongoError(72, "InvalidOptions", "cannot drop _id index");
            }
            removeIndex(target);
        } finally {
            lock.unlock();
        }
    }

    public void dropAllIndexes() {
        lock.lock();
        try {
            for (IndexSpec index : List.copyOf(indexes)) {
                if (!index.isId()) {
                    removeIndex(index);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private void removeIndex(IndexSpec index) {
        indexes.remove(index);
        try (WriteBatch batch = new WriteBatch()) {
            catalog.saveMeta(this, batch);
            engine.write(batch);
        } catch (RocksDBException e) {
            throw new MongoError(1, "InternalError", e.getMessage());
        }
        deleteEntries(index);
    }

    private void deleteEntries(IndexSpec index) {
        byte[] prefix = Keys.prefix(Keys.INDEX, index.id());
        try {
            engine.db().deleteRange(prefix, Keys.successor(prefix));
        } catch (RocksDBException e) {
            throw new MongoError(1, "InternalError", e.getMessage());
        }
    }

    /** Removes everything the collection stored; called by the catalog on drop. */
    void destroy() {
        lock.lock();
        try {
            for (IndexSpec index : indexes) {
                if (!index.isId()) {
                    deleteEntries(index);
                }
            }
            engine.db().deleteRange(docPrefix, Keys.successor(docPrefix));
            try (WriteBatch batch = new WriteBatch()) {
                batch.delete(statsKey);
                batch.delete(Keys.meta(namespace));
                engine.write(batch);
            }
            count = 0;
            dataSize = 0;
        } catch (RocksDBException e) {
            throw new MongoError(1, "InternalError", e.getMessage());
        } finally {
            lock.unlock();
        }
    }
}
