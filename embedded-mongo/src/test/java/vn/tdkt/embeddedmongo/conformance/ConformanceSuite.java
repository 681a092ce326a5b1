package vn.tdkt.embeddedmongo.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mongodb.ErrorCategory;
import com.mongodb.ExplainVerbosity;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoServerException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.bson.BsonBinary;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Conformance cases through the official driver. Subclasses say which server to run against: the
 * embedded one always, real MongoDB where Docker exists; every case must pass on both. A few cases
 * that depend on timing MongoDB does not let a client configure (TTL monitor period) run only on
 * the embedded server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConformanceSuite {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    MongoClient client;
    MongoDatabase db;
    MongoCollection<Document> coll;

    /** Starts the server and returns its connection string. */
    protected abstract String start();

    protected abstract void stop();

    protected abstract boolean embedded();

    @BeforeAll
    void connect() {
        client = MongoClients.create(start());
    }

    @AfterAll
    void disconnect() {
        if (client != null) {
            client.close();
        }
        stop();
    }

    @BeforeEach
    void freshDatabase() {
        db = client.getDatabase("conf" + DATABASES.incrementAndGet());
        coll = db.getCollection("items");
    }

    Document command(String json) {
        return db.runCommand(Document.parse(json));
    }

    int commandError(String json) {
        try {
            command(json);
        } catch (MongoCommandException e) {
            return e.getErrorCode();
        }
        throw new AssertionError("command succeeded: " + json);
    }

    List<Integer> ids(Iterable<Document> docs) {
        List<Integer> out = new ArrayList<>();
        docs.forEach(d -> out.add(d.getInteger("_id")));
        return out;
    }

    void insertNumbered(int n) {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            docs.add(new Document("_id", i).append("n", i).append("group", i % 3).append("tag", "t" + (i % 5)));
        }
        coll.insertMany(docs);
    }

    @Nested
    class Handshake {

        @Test
        void pingAndHello() {
            assertThat(command("{ping: 1}").get("ok", Number.class).intValue()).isEqualTo(1);
            Document hello = command("{hello: 1}");
            assertThat(hello.getBoolean("isWritablePrimary")).isTrue();
            assertThat(hello.getInteger("maxBsonObjectSize")).isEqualTo(16 * 1024 * 1024);
            assertThat(hello.getInteger("maxMessageSizeBytes")).isEqualTo(48_000_000);
            assertThat(hello.getInteger("maxWriteBatchSize")).isEqualTo(100_000);
            assertThat(hello.getInteger("maxWireVersion")).isGreaterThanOrEqualTo(21);
            assertThat(hello.getInteger("logicalSessionTimeoutMinutes")).isEqualTo(30);
            assertThat(hello.containsKey("setName")).isFalse();
            assertThat(command("{isMaster: 1}").getBoolean("ismaster")).isTrue();
        }

        @Test
        void buildInfo() {
            Document info = command("{buildInfo: 1}");
            assertThat(info.getString("version")).startsWith("7.");
            assertThat(info.getList("versionArray", Integer.class)).hasSize(4).startsWith(7);
        }

        @Test
        void unknownCommand() {
            assertThatThrownBy(() -> command("{frobnicate: 1}"))
                    .isInstanceOfSatisfying(MongoCommandException.class, e -> {
                        assertThat(e.getErrorCode()).isEqualTo(59);
                        assertThat(e.getErrorCodeName()).isEqualTo("CommandNotFound");
                        assertThat(e.getErrorMessage()).isEqualTo("no such command: 'frobnicate'");
                    });
        }

        @Test
        void transactionsRefusedLikeAStandalone() {
            assertThatThrownBy(() -> db.runCommand(new Document("insert", "items")
                    .append("documents", List.of(new Document("a", 1)))
                    .append("txnNumber", 1L).append("startTransaction", true).append("autocommit", false)))
                    .isInstanceOfSatisfying(MongoCommandException.class, e -> {
                        assertThat(e.getErrorCode()).isEqualTo(20);
                        assertThat(e.getErrorCodeName()).isEqualTo("IllegalOperation");
                        assertThat(e.getErrorMessage())
                                .isEqualTo("Transaction numbers are only allowed on a replica set member or mongos");
                    });
        }

        @Test
        void sessionsAccepted() {
            try (var session = client.startSession()) {
                coll.insertOne(session, new Document("_id", 1));
                assertThat(coll.find(session, Filters.eq("_id", 1)).first()).isNotNull();
            }
            assertThat(command("{endSessions: []}").get("ok", Number.class).intValue()).isEqualTo(1);
        }
    }

    @Nested
    class Crud {

        @Test
        void insertGeneratesIdAndFindsById() {
            Document doc = new Document("name", "Nguyễn Văn Ấn").append("title", "Chiến sĩ thi đua");
            coll.insertOne(doc);
            assertThat(doc.get("_id")).isInstanceOf(ObjectId.class);
            Document found = coll.find(Filters.eq("_id", doc.get("_id"))).first();
            assertThat(found).isEqualTo(doc);
            assertThat(found.keySet().iterator().next()).isEqualTo("_id");
        }

        @Test
        void insertWithTheDocumentsInTheCommandBody() {
            // As drivers that do not use OP_MSG document sequences (and runCommand) send them; a
            // body over 16 KiB is served from its raw bytes, a smaller one decoded: both alike.
            Document small = db.runCommand(new Document("insert", coll.getNamespace().getCollectionName())
                    .append("documents", List.of(new Document("t", "Đơn vị không có _id"),
                            new Document("t", "Đơn vị 7").append("_id", 7))));
            assertThat(small.get("n", Number.class).intValue()).isEqualTo(2);
            List<Document> large = new ArrayList<>();
            for (int i = 100; i < 400; i++) {
                large.add(new Document("_id", i).append("t", "Phong trào thi đua yêu nước ".repeat(4) + i));
            }
            Document bulk = db.runCommand(new Document("insert", coll.getNamespace().getCollectionName())
                    .append("documents", large));
            assertThat(bulk.get("n", Number.class).intValue()).isEqualTo(300);

            Document seven = coll.find(Filters.eq("_id", 7)).first();
            assertThat(seven.keySet()).containsExactly("_id", "t");
            Document generated = coll.find(Filters.eq("t", "Đơn vị không có _id")).first();
            assertThat(generated.get("_id")).isInstanceOf(ObjectId.class);
            assertThat(generated.keySet().iterator().next()).isEqualTo("_id");
            assertThat(coll.find(Filters.eq("_id", 399)).first().getString("t")).endsWith("399");
            assertThat(coll.countDocuments()).isEqualTo(302);
        }

        @Test
        void vietnameseTextRoundTripsAndMatches() {
            coll.insertMany(List.of(new Document("_id", 1).append("t", "Khen thưởng"),
                    new Document("_id", 2).append("t", "Thi đua"), new Document("_id", 3).append("t", "Ấn tượng")));
            assertThat(coll.find(Filters.eq("t", "Thi đua")).first().getInteger("_id")).isEqualTo(2);
            assertThat(coll.find(Filters.regex("t", "^Kh.*ng$")).first().getString("t")).isEqualTo("Khen thưởng");
            // Simple binary collation: UTF-8 byte order puts "Ấ" (U+1EA4) after ASCII letters.
            assertThat(ids(coll.find().sort(Sorts.ascending("t")))).containsExactly(1, 2, 3);
            coll.createIndex(Indexes.ascending("t"));
            assertThat(ids(coll.find(Filters.gte("t", "T")).sort(Sorts.ascending("t")))).containsExactly(2, 3);
        }

        @Test
        void pipelineStyleUpdateComputesFromTheDocument() {
            coll.insertOne(new Document("_id", 1).append("yes", 7).append("members", 9));
            coll.updateOne(Filters.eq("_id", 1), List.of(new Document("$set",
                    new Document("share", new Document("$divide", List.of("$yes", "$members"))))));
            assertThat(coll.find(Filters.eq("_id", 1)).first().getDouble("share")).isEqualTo(7.0 / 9.0);
            Document after = coll.findOneAndUpdate(Filters.eq("_id", 1),
                    List.of(new Document("$unset", "share")), new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
            assertThat(after).doesNotContainKey("share");
        }

        @Test
        void positionalProjectionReturnsTheMatchedElement() {
            coll.insertOne(new Document("_id", 1).append("titles", List.of("LĐTT", "CSTĐ cơ sở", "Bằng khen")));
            Document found = coll.find(Filters.eq("titles", "CSTĐ cơ sở")).projection(new Document("titles.$", 1)).first();
            assertThat(found.getList("titles", String.class)).containsExactly("CSTĐ cơ sở");
        }

        @Test
        void insertManyOrderedStopsAtFirstError() {
            coll.insertOne(new Document("_id", 2));
            assertThatThrownBy(() -> coll.insertMany(List.of(new Document("_id", 1), new Document("_id", 2),
                    new Document("_id", 3))))
                    .isInstanceOfSatisfying(MongoBulkWriteException.class, e -> {
                        assertThat(e.getWriteErrors()).hasSize(1);
                        assertThat(e.getWriteErrors().get(0).getIndex()).isEqualTo(1);
                        assertThat(e.getWriteErrors().get(0).getCode()).isEqualTo(11000);
                        assertThat(e.getWriteResult().getInsertedCount()).isEqualTo(1);
                    });
            assertThat(coll.countDocuments()).isEqualTo(2);
        }

        @Test
        void insertManyUnorderedContinues() {
            coll.insertOne(new Document("_id", 2));
            assertThatThrownBy(() -> coll.insertMany(List.of(new Document("_id", 1), new Document("_id", 2),
                    new Document("_id", 3), new Document("_id", 1)), new InsertManyOptions().ordered(false)))
                    .isInstanceOfSatisfying(MongoBulkWriteException.class, e -> {
                        assertThat(e.getWriteErrors()).extracting(w -> w.getIndex()).containsExactly(1, 3);
                        assertThat(e.getWriteResult().getInsertedCount()).isEqualTo(2);
                    });
            assertThat(coll.countDocuments()).isEqualTo(3);
        }

        @Test
        void duplicateKeyErrorShape() {
            coll.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true));
            coll.insertOne(new Document("_id", 1).append("email", "an@tdkt.vn"));
            assertThatThrownBy(() -> coll.insertOne(new Document("_id", 2).append("email", "an@tdkt.vn")))
                    .isInstanceOfSatisfying(MongoWriteException.class, e -> {
                        assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY);
                        assertThat(e.getError().getCode()).isEqualTo(11000);
                        assertThat(e.getError().getMessage()).isEqualTo("E11000 duplicate key error collection: "
                                + db.getName() + ".items index: email_1 dup key: { email: \"an@tdkt.vn\" }");
                    });
            Document reply = command("{insert: 'items', documents: [{_id: 3, email: 'an@tdkt.vn'}]}");
            Document error = reply.getList("writeErrors", Document.class).get(0);
            assertThat(error.get("keyPattern", Document.class)).isEqualTo(Document.parse("{email: 1}"));
            assertThat(error.get("keyValue", Document.class)).isEqualTo(Document.parse("{email: 'an@tdkt.vn'}"));
            assertThatThrownBy(() -> coll.insertOne(new Document("_id", 1)))
                    .isInstanceOfSatisfying(MongoWriteException.class, e -> assertThat(e.getError().getMessage())
                            .isEqualTo("E11000 duplicate key error collection: " + db.getName()
                                    + ".items index: _id_ dup key: { _id: 1 }"));
        }

        @Test
        void findWithFilterProjectionSortSkipLimit() {
            insertNumbered(20);
            List<Document> docs = coll.find(Filters.gte("n", 5)).projection(Projections.include("n"))
                    .sort(Sorts.descending("n")).skip(2).limit(3).into(new ArrayList<>());
            assertThat(docs).containsExactly(new Document("_id", 17).append("n", 17),
                    new Document("_id", 16).append("n", 16), new Document("_id", 15).append("n", 15));
            assertThat(coll.find().projection(Projections.excludeId()).first().containsKey("_id")).isFalse();
            // A negative limit is a single batch of at most that many documents.
            assertThat(coll.find().sort(Sorts.ascending("n")).limit(-4).into(new ArrayList<>())).hasSize(4);
        }

        @Test
        void updateOperatorsAndCounts() {
            coll.insertOne(new Document("_id", 1).append("n", 1).append("tags", List.of("a")));
            UpdateResult r = coll.updateOne(Filters.eq("_id", 1), Updates.combine(Updates.inc("n", 2),
                    Updates.set("name", "Trần Thị Bình"), Updates.push("tags", "b")));
            assertThat(r.getMatchedCount()).isEqualTo(1);
            assertThat(r.getModifiedCount()).isEqualTo(1);
            assertThat(coll.find().first()).isEqualTo(new Document("_id", 1).append("n", 3)
                    .append("tags", List.of("a", "b")).append("name", "Trần Thị Bình"));
            UpdateResult same = coll.updateOne(Filters.eq("_id", 1), Updates.set("n", 3));
            assertThat(same.getMatchedCount()).isEqualTo(1);
            assertThat(same.getModifiedCount()).isZero();
            UpdateResult none = coll.updateOne(Filters.eq("_id", 9), Updates.set("n", 3));
            assertThat(none.getMatchedCount()).isZero();
        }

        @Test
        void anUpdateMovingDocumentsIntoALaterRangeOfItsIndexMeetsEachOnce() {
            coll.createIndex(Indexes.ascending("n"));
            coll.insertMany(List.of(new Document("_id", 1).append("n", 1), new Document("_id", 2).append("n", 1),
                    new Document("_id", 3).append("n", 1)));
            UpdateResult r = coll.updateMany(Filters.in("n", 1, 2), Updates.inc("n", 1));
            assertThat(r.getMatchedCount()).isEqualTo(3);
            assertThat(coll.find().map(d -> d.getInteger("n")).into(new java.util.ArrayList<>()))
                    .containsExactly(2, 2, 2);
        }

        @Test
        void updateManyAndUpsert() {
            insertNumbered(9);
            assertThat(coll.updateMany(Filters.eq("group", 1), Updates.set("flag", true)).getModifiedCount()).isEqualTo(3);
            UpdateResult up = coll.updateOne(Filters.eq("code", "X"), Updates.combine(Updates.set("v", 1),
                    Updates.setOnInsert("created", true)), new UpdateOptions().upsert(true));
            assertThat(up.getUpsertedId()).isNotNull();
            Document created = coll.find(Filters.eq("code", "X")).first();
            assertThat(created.getInteger("v")).isEqualTo(1);
            assertThat(created.getBoolean("created")).isTrue();
            coll.updateOne(Filters.eq("code", "X"), Updates.combine(Updates.set("v", 2),
                    Updates.setOnInsert("again", true)), new UpdateOptions().upsert(true));
            assertThat(coll.find(Filters.eq("code", "X")).first().containsKey("again")).isFalse();
            assertThat(coll.countDocuments(Filters.eq("code", "X"))).isEqualTo(1);
        }

        @Test
        void replaceKeepsIdAndRejectsIdChange() {
            coll.insertOne(new Document("_id", 1).append("a", 1));
            coll.replaceOne(Filters.eq("_id", 1), new Document("b", 2));
            assertThat(coll.find().first()).isEqualTo(new Document("_id", 1).append("b", 2));
            assertThatThrownBy(() -> coll.updateOne(Filters.eq("_id", 1), Updates.set("_id", 5)))
                    .isInstanceOfSatisfying(MongoWriteException.class, e -> assertThat(e.getCode()).isEqualTo(66));
        }

        @Test
        void arrayUpdates() {
            coll.insertOne(new Document("_id", 1).append("scores", List.of(1, 5, 9))
                    .append("items", List.of(new Document("k", "a").append("q", 1), new Document("k", "b").append("q", 2))));
            coll.updateOne(Filters.and(Filters.eq("_id", 1), Filters.eq("items.k", "b")), Updates.inc("items.$.q", 10));
            coll.updateOne(Filters.eq("_id", 1), Updates.inc("scores.$[]", 1));
            coll.updateOne(Filters.eq("_id", 1), Updates.set("items.$[it].flag", true),
                    new UpdateOptions().arrayFilters(List.of(new Document("it.q", new Document("$gt", 5)))));
            coll.updateOne(Filters.eq("_id", 1), Updates.pushEach("scores", List.of(0, 100),
                    new com.mongodb.client.model.PushOptions().slice(-4)));
            coll.updateOne(Filters.eq("_id", 1), Updates.addEachToSet("tags", List.of("x", "y", "x")));
            coll.updateOne(Filters.eq("_id", 1), Updates.pull("scores", 0));
            Document doc = coll.find().first();
            assertThat(doc.getList("scores", Integer.class)).containsExactly(6, 10, 100);
            assertThat(doc.getList("tags", String.class)).containsExactly("x", "y");
            assertThat(doc.getList("items", Document.class).get(1))
                    .isEqualTo(new Document("k", "b").append("q", 12).append("flag", true));
        }

        @Test
        void deletes() {
            insertNumbered(10);
            assertThat(coll.deleteOne(Filters.eq("group", 0)).getDeletedCount()).isEqualTo(1);
            assertThat(coll.deleteMany(Filters.eq("group", 0)).getDeletedCount()).isEqualTo(3);
            assertThat(coll.deleteMany(Filters.eq("group", 42)).getDeletedCount()).isZero();
            assertThat(coll.countDocuments()).isEqualTo(6);
            assertThat(db.getCollection("missing").deleteMany(new Document()).getDeletedCount()).isZero();
        }

        @Test
        void findAndModify() {
            insertNumbered(5);
            Document before = coll.findOneAndUpdate(Filters.gte("n", 2), Updates.inc("n", 100),
                    new FindOneAndUpdateOptions().sort(Sorts.descending("n")));
            assertThat(before.getInteger("n")).isEqualTo(4);
            Document after = coll.findOneAndUpdate(Filters.eq("_id", 0), Updates.set("x", 1),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER).projection(Projections.include("x")));
            assertThat(after).isEqualTo(new Document("_id", 0).append("x", 1));
            Document upserted = coll.findOneAndUpdate(Filters.eq("_id", 50), Updates.set("x", 2),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
            assertThat(upserted).isEqualTo(new Document("_id", 50).append("x", 2));
            assertThat(coll.findOneAndUpdate(Filters.eq("_id", 51), Updates.set("x", 2),
                    new FindOneAndUpdateOptions().upsert(true))).isNull();
            Document removed = coll.findOneAndDelete(Filters.lt("n", 3), new com.mongodb.client.model.FindOneAndDeleteOptions()
                    .sort(Sorts.ascending("n")));
            assertThat(removed.getInteger("_id")).isEqualTo(0);
            assertThat(coll.findOneAndDelete(Filters.eq("_id", 999))).isNull();
            Document replaced = coll.findOneAndReplace(Filters.eq("_id", 1), new Document("r", true),
                    new com.mongodb.client.model.FindOneAndReplaceOptions().returnDocument(ReturnDocument.AFTER));
            assertThat(replaced).isEqualTo(new Document("_id", 1).append("r", true));
            Document raw = command("{findAndModify: 'items', query: {_id: 2}, update: {$set: {y: 1}}}");
            assertThat(raw.get("lastErrorObject", Document.class).getBoolean("updatedExisting")).isTrue();
            assertThat(raw.get("lastErrorObject", Document.class).getInteger("n")).isEqualTo(1);
        }

        @Test
        void countAndDistinct() {
            insertNumbered(10);
            coll.insertOne(new Document("_id", 100).append("tag", List.of("t1", "t9")));
            assertThat(coll.countDocuments()).isEqualTo(11);
            assertThat(coll.countDocuments(Filters.eq("group", 1))).isEqualTo(3);
            assertThat(coll.estimatedDocumentCount()).isEqualTo(11);
            assertThat(coll.countDocuments(new Document(), new com.mongodb.client.model.CountOptions().skip(2).limit(5)))
                    .isEqualTo(5);
            assertThat(coll.distinct("tag", String.class).into(new ArrayList<>()))
                    .containsExactlyInAnyOrder("t0", "t1", "t2", "t3", "t4", "t9");
            assertThat(coll.distinct("group", Filters.lt("n", 2), Integer.class).into(new ArrayList<>()))
                    .containsExactlyInAnyOrder(0, 1);
            assertThat(command("{count: 'items', query: {group: 2}}").getInteger("n")).isEqualTo(3);
            assertThat(command("{count: 'nothing'}").getInteger("n")).isZero();
        }

        @Test
        void implicitCreation() {
            assertThat(db.listCollectionNames().into(new ArrayList<>())).isEmpty();
            coll.insertOne(new Document("a", 1));
            assertThat(db.listCollectionNames().into(new ArrayList<>())).containsExactly("items");
            assertThat(client.listDatabaseNames().into(new ArrayList<>())).contains(db.getName());
        }
    }

    @Nested
    class Queries {

        @Test
        void comparisonAndLogicalOperators() {
            insertNumbered(10);
            assertThat(ids(coll.find(Filters.and(Filters.gt("n", 2), Filters.lte("n", 5))))).containsExactly(3, 4, 5);
            assertThat(ids(coll.find(Filters.ne("group", 0)).sort(Sorts.ascending("_id")))).containsExactly(1, 2, 4, 5, 7, 8);
            assertThat(ids(coll.find(Filters.in("n", 1, 3, 99)))).containsExactly(1, 3);
            assertThat(ids(coll.find(Filters.nin("group", 0, 1)))).containsExactly(2, 5, 8);
            assertThat(ids(coll.find(Filters.or(Filters.eq("n", 1), Filters.eq("n", 8))))).containsExactly(1, 8);
            assertThat(ids(coll.find(Filters.nor(Filters.lt("n", 8), Filters.eq("n", 9))))).containsExactly(8);
            assertThat(ids(coll.find(Filters.not(Filters.lt("n", 8))))).containsExactly(8, 9);
            assertThat(ids(coll.find(Filters.regex("tag", "^T3", "i")))).containsExactly(3, 8);
        }

        @Test
        void existsTypeAndNulls() {
            coll.insertMany(List.of(new Document("_id", 1).append("v", null), new Document("_id", 2),
                    new Document("_id", 3).append("v", 5), new Document("_id", 4).append("v", "s")));
            assertThat(ids(coll.find(Filters.eq("v", null)))).containsExactly(1, 2);
            assertThat(ids(coll.find(Filters.exists("v")))).containsExactly(1, 3, 4);
            assertThat(ids(coll.find(Filters.exists("v", false)))).containsExactly(2);
            assertThat(ids(coll.find(Filters.type("v", "string")))).containsExactly(4);
            assertThat(ids(coll.find(Filters.type("v", "number")))).containsExactly(3);
        }

        @Test
        void arraysAndDottedPaths() {
            coll.insertMany(List.of(
                    new Document("_id", 1).append("tags", List.of("a", "b")).append("pts", List.of(
                            new Document("x", 1).append("y", 5), new Document("x", 7).append("y", 1))),
                    new Document("_id", 2).append("tags", List.of("b", "c", "d")).append("pts", List.of(
                            new Document("x", 7).append("y", 7))),
                    new Document("_id", 3).append("tags", List.of()).append("addr", new Document("city", "Huế"))));
            assertThat(ids(coll.find(Filters.eq("tags", "b")))).containsExactly(1, 2);
            assertThat(ids(coll.find(Filters.all("tags", "b", "c")))).containsExactly(2);
            assertThat(ids(coll.find(Filters.size("tags", 3)))).containsExactly(2);
            assertThat(ids(coll.find(Filters.size("tags", 0)))).containsExactly(3);
            assertThat(ids(coll.find(Filters.eq("pts.x", 7)))).containsExactly(1, 2);
            assertThat(ids(coll.find(Filters.and(Filters.eq("pts.x", 7), Filters.eq("pts.y", 5))))).containsExactly(1);
            assertThat(ids(coll.find(Filters.elemMatch("pts", Filters.and(Filters.eq("x", 7), Filters.eq("y", 5))))))
                    .isEmpty();
            assertThat(ids(coll.find(Filters.elemMatch("pts", Filters.and(Filters.eq("x", 7), Filters.eq("y", 7))))))
                    .containsExactly(2);
            assertThat(ids(coll.find(Filters.eq("addr.city", "Huế")))).containsExactly(3);
            assertThat(ids(coll.find(Filters.eq("tags", List.of("a", "b"))))).containsExactly(1);
        }

        @Test
        void numbersCompareAcrossTypes() {
            coll.insertMany(List.of(new Document("_id", 1).append("v", 1), new Document("_id", 2).append("v", 1L),
                    new Document("_id", 3).append("v", 1.0), new Document("_id", 4).append("v", new Decimal128(1)),
                    new Document("_id", 5).append("v", 1.5), new Document("_id", 6).append("v", "1")));
            assertThat(ids(coll.find(Filters.eq("v", 1)))).containsExactly(1, 2, 3, 4);
            assertThat(ids(coll.find(Filters.gt("v", 1L)))).containsExactly(5);
            coll.createIndex(Indexes.ascending("v"));
            assertThat(ids(coll.find(Filters.eq("v", 1.0)))).containsExactlyInAnyOrder(1, 2, 3, 4);
            assertThat(ids(coll.find(Filters.gt("v", 1)))).containsExactly(5);
            assertThat(ids(coll.find(Filters.in("v", 1.5, "1")))).containsExactlyInAnyOrder(5, 6);
        }

        @Test
        void sortOrderAcrossTypes() {
            Date date = new Date(1_700_000_000_000L);
            ObjectId oid = new ObjectId("650000000000000000000000");
            coll.insertMany(List.of(
                    new Document("_id", 1).append("v", true),
                    new Document("_id", 2).append("v", date),
                    new Document("_id", 3).append("v", oid),
                    new Document("_id", 4).append("v", new BsonBinary(new byte[] {1})),
                    new Document("_id", 5).append("v", new Document("a", 1)),
                    new Document("_id", 6).append("v", "chuỗi"),
                    new Document("_id", 7).append("v", 3.5),
                    new Document("_id", 8).append("v", 2L),
                    new Document("_id", 9).append("v", null),
                    new Document("_id", 10)));
            List<Integer> expected = List.of(9, 10, 8, 7, 6, 5, 4, 3, 1, 2);
            List<Integer> sorted = ids(coll.find().sort(Sorts.ascending("v", "_id")));
            assertThat(sorted).containsExactlyElementsOf(expected);
            coll.createIndex(Indexes.ascending("v"));
            assertThat(ids(coll.find().sort(Sorts.ascending("v")).hint(new Document("v", 1))))
                    .containsExactlyElementsOf(expected);
            List<Integer> descending = new ArrayList<>(expected.subList(2, expected.size()));
            java.util.Collections.reverse(descending);
            assertThat(ids(coll.find(Filters.exists("v")).sort(Sorts.descending("v"))).subList(0, 8))
                    .containsExactlyElementsOf(descending);
        }

        @Test
        void arraysSortByTheirMinimumOrMaximum() {
            coll.insertMany(List.of(new Document("_id", 1).append("v", List.of(5, 1)),
                    new Document("_id", 2).append("v", 3), new Document("_id", 3).append("v", List.of(4, 9))));
            assertThat(ids(coll.find().sort(Sorts.ascending("v")))).containsExactly(1, 2, 3);
            assertThat(ids(coll.find().sort(Sorts.descending("v")))).containsExactly(3, 1, 2);
        }

        @Test
        void badOperatorIsBadValue() {
            coll.insertOne(new Document("a", 1));
            assertThatThrownBy(() -> coll.find(new Document("a", new Document("$frob", 1))).first())
                    .isInstanceOfSatisfying(MongoCommandException.class, e -> {
                        assertThat(e.getErrorCode()).isEqualTo(2);
                        assertThat(e.getErrorMessage()).contains("unknown operator: $frob");
                    });
        }
    }

    @Nested
    class IndexUse {

        long docsExamined(Document explain) {
            return explain.get("executionStats", Document.class).get("totalDocsExamined", Number.class).longValue();
        }

        @Test
        void listCreateAndDropIndexes() {
            coll.createIndex(Indexes.ascending("a"));
            coll.createIndex(Indexes.compoundIndex(Indexes.ascending("b"), Indexes.descending("c")),
                    new IndexOptions().unique(true).name("b_c"));
            List<Document> indexes = coll.listIndexes().into(new ArrayList<>());
            assertThat(indexes).extracting(d -> d.getString("name")).containsExactly("_id_", "a_1", "b_c");
            assertThat(indexes.get(2).getBoolean("unique")).isTrue();
            assertThat(indexes.get(2).get("key", Document.class)).isEqualTo(Document.parse("{b: 1, c: -1}"));
            coll.createIndex(Indexes.ascending("a")); // same again: no-op
            coll.dropIndex("a_1");
            assertThat(coll.listIndexes().into(new ArrayList<>())).hasSize(2);
            assertThatThrownBy(() -> coll.dropIndex("nope"))
                    .isInstanceOfSatisfying(MongoCommandException.class, e -> assertThat(e.getErrorCode()).isEqualTo(27));
            coll.dropIndexes();
            assertThat(coll.listIndexes().into(new ArrayList<>())).hasSize(1);
            assertThat(commandError("{listIndexes: 'missing'}")).isEqualTo(26);
        }

        @Test
        void uniqueIndexOverDuplicatesFails() {
            coll.insertMany(List.of(new Document("e", 1), new Document("e", 1)));
            assertThatThrownBy(() -> coll.createIndex(Indexes.ascending("e"), new IndexOptions().unique(true)))
                    .isInstanceOfSatisfying(MongoServerException.class, e -> assertThat(e.getCode()).isEqualTo(11000));
            assertThat(coll.listIndexes().into(new ArrayList<>())).hasSize(1);
        }

        @Test
        void sparseAndPartialUniqueIndexes() {
            coll.createIndex(Indexes.ascending("s"), new IndexOptions().unique(true).sparse(true));
            coll.createIndex(Indexes.ascending("p"), new IndexOptions().unique(true)
                    .partialFilterExpression(Filters.eq("active", true)));
            coll.insertMany(List.of(new Document("_id", 1), new Document("_id", 2),
                    new Document("_id", 3).append("p", 1).append("active", false),
                    new Document("_id", 4).append("p", 1).append("active", true)));
            assertThatThrownBy(() -> coll.insertOne(new Document("_id", 5).append("p", 1).append("active", true)))
                    .isInstanceOf(MongoWriteException.class);
            assertThat(ids(coll.find(Filters.eq("s", null)).sort(Sorts.ascending("_id")))).containsExactly(1, 2, 3, 4);
            assertThat(ids(coll.find(Filters.eq("p", 1)).sort(Sorts.ascending("_id")))).containsExactly(3, 4);
        }

        @Test
        void idAndEqualityLookupsExamineOnlyMatches() {
            insertNumbered(300);
            coll.createIndex(Indexes.ascending("tag"));
            assertThat(docsExamined(coll.find(Filters.eq("_id", 42)).explain(ExplainVerbosity.EXECUTION_STATS))).isEqualTo(1);
            assertThat(docsExamined(coll.find(Filters.eq("tag", "t3")).explain(ExplainVerbosity.EXECUTION_STATS)))
                    .isEqualTo(60);
            assertThat(docsExamined(coll.find(Filters.in("tag", "t1", "t2")).explain(ExplainVerbosity.EXECUTION_STATS)))
                    .isEqualTo(120);
            assertThat(docsExamined(coll.find(Filters.eq("group", 1)).explain(ExplainVerbosity.EXECUTION_STATS)))
                    .isEqualTo(300);
        }

        /** Many {@code $in} values share one pass over the index: deleted, absent and repeated keys among them. */
        @Test
        void anInOverAnIndexWithDeletedKeysFindsEveryLiveMatchOnce() {
            insertNumbered(300);
            coll.createIndex(Indexes.ascending("n"));
            coll.createIndex(Indexes.ascending("tags"));
            coll.updateMany(Filters.lt("n", 30), Updates.set("tags", List.of("a", "b")));
            coll.deleteMany(Filters.and(Filters.gte("n", 100), Filters.lt("n", 200)));
            List<Integer> wanted = List.of(299, 5, 150, 100, 199, 200, 5, 1000, -1, 99, 0);
            assertThat(ids(coll.find(Filters.in("n", wanted)).sort(Sorts.ascending("_id"))))
                    .containsExactly(0, 5, 99, 200, 299);
            assertThat(docsExamined(coll.find(Filters.in("n", wanted)).explain(ExplainVerbosity.EXECUTION_STATS)))
                    .isEqualTo(5);
            assertThat(ids(coll.find(Filters.in("tags", "b", "zz", "a")))).hasSize(30).doesNotHaveDuplicates();
            assertThat(ids(coll.find(Filters.in("n", 150, 160, 170)))).isEmpty();
            assertThat(ids(coll.find(Filters.in("n", 1, 2, 3)).sort(Sorts.descending("n")))).containsExactly(3, 2, 1);
        }

        /** Between two {@code $in} values lie more deleted keys than one iterator move may skip. */
        @Test
        void anInAcrossAWideGapOfDeletedKeysFindsBothEnds() {
            coll.createIndex(Indexes.ascending("n"));
            List<Document> docs = new ArrayList<>();
            IntStream.range(0, 12_000).forEach(i -> docs.add(new Document("_id", i).append("n", i)));
            coll.insertMany(docs);
            coll.deleteMany(Filters.and(Filters.gt("n", 10), Filters.lt("n", 11_990)));
            assertThat(ids(coll.find(Filters.in("n", 5, 500, 6_000, 11_995, 11_999)).sort(Sorts.ascending("_id"))))
                    .containsExactly(5, 11_995, 11_999);
            assertThat(ids(coll.find(Filters.and(Filters.in("n", 10, 11, 11_990), Filters.exists("n")))
                    .sort(Sorts.ascending("_id"))))
                    .containsExactly(10, 11_990);
        }

        @Test
        void rangesCompoundPrefixesAndSortsUseIndexes() {
            insertNumbered(300);
            coll.createIndex(Indexes.ascending("n"));
            coll.createIndex(Indexes.compoundIndex(Indexes.ascending("group"), Indexes.descending("n")));
            assertThat(docsExamined(coll.find(Filters.and(Filters.gte("n", 100), Filters.lt("n", 110)))
                    .explain(ExplainVerbosity.EXECUTION_STATS))).isEqualTo(10);
            assertThat(docsExamined(coll.find(Filters.eq("group", 2)).explain(ExplainVerbosity.EXECUTION_STATS)))
                    .isEqualTo(100);
            assertThat(docsExamined(coll.find(Filters.and(Filters.eq("group", 2), Filters.gt("n", 290)))
                    .explain(ExplainVerbosity.EXECUTION_STATS))).isEqualTo(3);
            assertThat(docsExamined(coll.find().sort(Sorts.descending("n")).limit(5)
                    .explain(ExplainVerbosity.EXECUTION_STATS))).isEqualTo(5);
            assertThat(ids(coll.find(Filters.eq("group", 1)).sort(Sorts.descending("n")).limit(3)))
                    .containsExactly(298, 295, 292);
            assertThat(docsExamined(coll.find(Filters.eq("group", 1)).sort(Sorts.descending("n")).limit(3)
                    .explain(ExplainVerbosity.EXECUTION_STATS))).isEqualTo(3);
        }

        /** The outbox relay's index: only documents with pending events are in it, so its query reads only those. */
        @Test
        void aPartialIndexServesAQueryThatImpliesItsFilter() {
            List<Document> docs = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                docs.add(new Document("_id", i).append("pendingEvents", i % 30 == 0
                        ? List.of(new Document("eventId", "e" + i), new Document("eventId", "f" + i)) : List.of()));
            }
            coll.insertMany(docs);
            coll.createIndex(Indexes.ascending("pendingEvents.eventId"), new IndexOptions().name("outbox_pending")
                    .partialFilterExpression(Filters.exists("pendingEvents.eventId")));
            var pending = Filters.exists("pendingEvents.eventId");

            assertThat(coll.listIndexes().into(new ArrayList<>())).filteredOn(d -> d.getString("name").equals("outbox_pending"))
                    .singleElement().satisfies(d -> assertThat(d.get("partialFilterExpression", Document.class))
                            .isEqualTo(Document.parse("{'pendingEvents.eventId': {$exists: true}}")));
            assertThat(ids(coll.find(pending).sort(Sorts.ascending("_id"))))
                    .containsExactly(0, 30, 60, 90, 120, 150, 180, 210, 240, 270);
            Document explain = coll.find(pending).explain(ExplainVerbosity.EXECUTION_STATS);
            assertThat(docsExamined(explain)).as("only the documents in the partial index").isEqualTo(10);
            assertThat(explain.get("queryPlanner", Document.class).toJson()).contains("outbox_pending");
            assertThat(coll.find(pending).projection(Projections.include("pendingEvents")).limit(3)
                    .into(new ArrayList<>())).hasSize(3);

            // Writes keep it exact: a drained document leaves it, a new pending one enters it.
            coll.updateOne(Filters.eq("_id", 0), Updates.pullByFilter(new Document("pendingEvents",
                    new Document("eventId", new Document("$in", List.of("e0", "f0"))))));
            coll.insertOne(new Document("_id", 1000).append("pendingEvents", List.of(new Document("eventId", "g"))));
            coll.updateOne(Filters.eq("_id", 1), Updates.push("pendingEvents", new Document("eventId", "h")));
            assertThat(ids(coll.find(pending).sort(Sorts.ascending("_id"))))
                    .containsExactly(1, 30, 60, 90, 120, 150, 180, 210, 240, 270, 1000);
            // A query that does not imply the filter must not use it: it would miss documents.
            assertThat(coll.countDocuments(Filters.gte("_id", 298))).isEqualTo(3);
            assertThat(coll.find(Filters.size("pendingEvents", 0)).into(new ArrayList<>())).hasSize(290);
        }

        @Test
        void aSparseIndexServesExistsQueries() {
            insertNumbered(300);
            coll.updateMany(Filters.lt("_id", 5), Updates.set("flag", true));
            coll.createIndex(Indexes.ascending("flag"), new IndexOptions().sparse(true));

            assertThat(ids(coll.find(Filters.exists("flag")).sort(Sorts.ascending("_id")))).containsExactly(0, 1, 2, 3, 4);
            assertThat(docsExamined(coll.find(Filters.eq("flag", true)).explain(ExplainVerbosity.EXECUTION_STATS)))
                    .isEqualTo(5);
            assertThat(coll.countDocuments(Filters.exists("flag", false))).isEqualTo(295);
        }

        @Test
        void multikeyIndexesFindEveryElement() {
            coll.createIndex(Indexes.ascending("tags"));
            coll.insertMany(List.of(new Document("_id", 1).append("tags", List.of(1, 20)),
                    new Document("_id", 2).append("tags", List.of(5, 6)), new Document("_id", 3).append("tags", 30)));
            assertThat(ids(coll.find(Filters.and(Filters.gt("tags", 5), Filters.lt("tags", 10)))
                    .sort(Sorts.ascending("_id")))).containsExactly(1, 2);
            assertThat(ids(coll.find(Filters.eq("tags", 20)))).containsExactly(1);
            assertThat(ids(coll.find(Filters.gte("tags", 1)).sort(Sorts.ascending("_id")))).containsExactly(1, 2, 3);
        }
    }

    @Nested
    class Cursors {

        @Test
        void getMoreDeliversEverything() {
            insertNumbered(250);
            List<Integer> seen = new ArrayList<>();
            try (MongoCursor<Document> cursor = coll.find().sort(Sorts.ascending("_id")).batchSize(7).iterator()) {
                cursor.forEachRemaining(d -> seen.add(d.getInteger("_id")));
            }
            assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 250).boxed().toList());
            assertThat(coll.find().into(new ArrayList<>())).hasSize(250);
        }

        @Test
        void killCursorsAndCursorNotFound() {
            insertNumbered(30);
            Document first = command("{find: 'items', batchSize: 5}");
            long id = first.get("cursor", Document.class).getLong("id");
            assertThat(id).isNotZero();
            Document more = db.runCommand(new Document("getMore", id).append("collection", "items").append("batchSize", 10));
            assertThat(more.get("cursor", Document.class).getList("nextBatch", Document.class)).hasSize(10);
            Document killed = db.runCommand(new Document("killCursors", "items").append("cursors", List.of(id)));
            assertThat(killed.getList("cursorsKilled", Long.class)).containsExactly(id);
            assertThatThrownBy(() -> db.runCommand(new Document("getMore", id).append("collection", "items")))
                    .isInstanceOfSatisfying(MongoCommandException.class, e -> assertThat(e.getErrorCode()).isEqualTo(43));
        }

        @Test
        void singleBatchAndExhaustedCursorsAreClosed() {
            insertNumbered(30);
            Document single = command("{find: 'items', batchSize: 5, singleBatch: true}");
            assertThat(single.get("cursor", Document.class).getLong("id")).isZero();
            Document all = command("{find: 'items', batchSize: 100}");
            assertThat(all.get("cursor", Document.class).getLong("id")).isZero();
            assertThat(all.get("cursor", Document.class).getList("firstBatch", Document.class)).hasSize(30);
        }

        @Test
        void limitReachedInTheFirstBatchClosesTheCursor() {
            insertNumbered(30);
            Document limited = command("{find: 'items', filter: {_id: 3}, limit: 1}");
            assertThat(limited.get("cursor", Document.class).getLong("id")).isZero();
            Document five = command("{find: 'items', limit: 5}");
            assertThat(five.get("cursor", Document.class).getLong("id")).isZero();
            assertThat(five.get("cursor", Document.class).getList("firstBatch", Document.class)).hasSize(5);
        }

        @Test
        void findFirstByIdLeavesNoServerCursor() {
            insertNumbered(30);
            long before = openCursors();
            for (int i = 0; i < 20; i++) {
                assertThat(coll.find(Filters.eq("_id", i)).first()).isNotNull();
            }
            assertThat(openCursors()).isEqualTo(before);
        }

        private long openCursors() {
            Document status = client.getDatabase("admin").runCommand(new Document("serverStatus", 1));
            return ((Number) status.get("metrics", Document.class).get("cursor", Document.class)
                    .get("open", Document.class).get("total")).longValue();
        }
    }

    @Nested
    class Aggregation {

        @Test
        void matchGroupSort() {
            insertNumbered(10);
            List<Document> out = coll.aggregate(List.of(Aggregates.match(Filters.gte("n", 1)),
                    Aggregates.group("$group", Accumulators.sum("total", "$n"), Accumulators.sum("count", 1),
                            Accumulators.avg("avg", "$n"), Accumulators.push("ns", "$n")),
                    Aggregates.sort(Sorts.ascending("_id")))).into(new ArrayList<>());
            assertThat(out).hasSize(3);
            assertThat(out.get(0)).isEqualTo(new Document("_id", 0).append("total", 18).append("count", 3)
                    .append("avg", 6.0).append("ns", List.of(3, 6, 9)));
        }

        @Test
        void projectUnwindCountLookup() {
            coll.insertMany(List.of(new Document("_id", 1).append("tags", List.of("a", "b")).append("uid", 7),
                    new Document("_id", 2).append("tags", List.of("c")).append("uid", 8)));
            db.getCollection("users").insertMany(List.of(new Document("_id", 7).append("name", "Lê Văn Cường")));
            assertThat(coll.aggregate(List.of(Aggregates.unwind("$tags"), Aggregates.count("n"))).first())
                    .isEqualTo(new Document("n", 3));
            Document joined = coll.aggregate(List.of(Aggregates.match(Filters.eq("_id", 1)),
                    Aggregates.lookup("users", "uid", "_id", "user"),
                    Aggregates.project(Projections.fields(Projections.excludeId(), Projections.include("user.name"))))).first();
            assertThat(joined).isEqualTo(new Document("user", List.of(new Document("name", "Lê Văn Cường"))));
        }

        @Test
        void unknownStage() {
            coll.insertOne(new Document("a", 1));
            assertThatThrownBy(() -> coll.aggregate(List.of(new Document("$frob", 1))).first())
                    .isInstanceOfSatisfying(MongoCommandException.class, e -> assertThat(e.getErrorCode()).isEqualTo(40324));
        }
    }

    @Nested
    class Admin {

        @Test
        void createListDropCollections() {
            db.createCollection("alpha");
            db.createCollection("beta");
            assertThat(commandError("{create: 'alpha'}")).isEqualTo(48);
            List<Document> filtered = db.listCollections().filter(Filters.eq("name", "beta")).into(new ArrayList<>());
            assertThat(filtered).extracting(d -> d.getString("name")).containsExactly("beta");
            assertThat(filtered.get(0).getString("type")).isEqualTo("collection");
            db.getCollection("alpha").drop();
            assertThat(db.listCollectionNames().into(new ArrayList<>())).containsExactly("beta");
            db.getCollection("never").drop();
        }

        @Test
        void dropDatabaseAndListDatabases() {
            coll.insertOne(new Document("a", 1));
            assertThat(client.listDatabases().into(new ArrayList<>()))
                    .anySatisfy(d -> assertThat(d.getString("name")).isEqualTo(db.getName()));
            db.drop();
            assertThat(client.listDatabaseNames().into(new ArrayList<>())).doesNotContain(db.getName());
            assertThat(coll.countDocuments()).isZero();
        }

        @Test
        void statsAreHonest() {
            insertNumbered(50);
            coll.createIndex(Indexes.ascending("tag"));
            Document collStats = db.runCommand(new Document("collStats", "items"));
            assertThat(collStats.get("count", Number.class).longValue()).isEqualTo(50);
            assertThat(collStats.get("size", Number.class).longValue()).isGreaterThan(50 * 20);
            assertThat(collStats.get("nindexes", Number.class).intValue()).isEqualTo(2);
            Document dbStats = command("{dbStats: 1}");
            assertThat(dbStats.get("objects", Number.class).longValue()).isEqualTo(50);
            assertThat(dbStats.get("collections", Number.class).intValue()).isEqualTo(1);
            assertThat(commandError("{collStats: 'missing'}")).isEqualTo(26);
            Document status = client.getDatabase("admin").runCommand(new Document("serverStatus", 1));
            assertThat(status.get("connections", Document.class).get("current", Number.class).intValue()).isPositive();
            assertThat(status.get("opcounters", Document.class).get("insert", Number.class).longValue())
                    .isGreaterThanOrEqualTo(50);
            assertThat(status.get("uptime", Number.class).doubleValue()).isGreaterThanOrEqualTo(0);
        }
    }

    @Nested
    class Errors {

        @Test
        void typeMismatchOnUpdate() {
            coll.insertOne(new Document("_id", 1).append("a", "x"));
            assertThatThrownBy(() -> coll.updateOne(Filters.eq("_id", 1), Updates.inc("a", 1)))
                    .isInstanceOfSatisfying(MongoWriteException.class, e -> assertThat(e.getCode()).isEqualTo(14));
        }

        @Test
        void perDocumentWriteErrorsInUpdateBatches() {
            coll.insertMany(List.of(new Document("_id", 1).append("a", "x"), new Document("_id", 2).append("a", 1)));
            Document reply = db.runCommand(Document.parse("{update: 'items', ordered: false, updates: ["
                    + "{q: {_id: 1}, u: {$inc: {a: 1}}}, {q: {_id: 2}, u: {$inc: {a: 1}}}]}"));
            assertThat(reply.getInteger("n")).isEqualTo(1);
            List<Document> errors = reply.getList("writeErrors", Document.class);
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getInteger("index")).isZero();
            assertThat(errors.get(0).getInteger("code")).isEqualTo(14);
        }

        @Test
        void malformedCommands() {
            assertThat(commandError("{find: 1}")).isIn(2, 73);
            assertThat(commandError("{delete: 'items', deletes: [{q: {}, limit: 5}]}")).isIn(2, 9);
            assertThat(commandError("{findAndModify: 'items', query: {}}")).isIn(9);
        }
    }

    @Nested
    class Concurrency {

        @Test
        void concurrentIncrementsLoseNothing() throws Exception {
            coll.insertOne(new Document("_id", "counter").append("n", 0));
            int threads = 32;
            int perThread = 50;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    futures.add(pool.submit(() -> {
                        go.await();
                        for (int i = 0; i < perThread; i++) {
                            coll.updateOne(Filters.eq("_id", "counter"), Updates.inc("n", 1));
                        }
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> f : futures) {
                    f.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(coll.find().first().getInteger("n")).isEqualTo(threads * perThread);
        }

        @Test
        void uniqueIndexRaceAdmitsExactlyOne() throws Exception {
            coll.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            int threads = 16;
            AtomicInteger wins = new AtomicInteger();
            AtomicInteger duplicates = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                for (int round = 0; round < 5; round++) {
                    String code = "TĐKT-" + round;
                    CountDownLatch go = new CountDownLatch(1);
                    List<Future<?>> futures = new ArrayList<>();
                    for (int t = 0; t < threads; t++) {
                        futures.add(pool.submit(() -> {
                            go.await();
                            try {
                                coll.insertOne(new Document("code", code));
                                wins.incrementAndGet();
                            } catch (MongoWriteException e) {
                                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                                    duplicates.incrementAndGet();
                                }
                            }
                            return null;
                        }));
                    }
                    go.countDown();
                    for (Future<?> f : futures) {
                        f.get(60, TimeUnit.SECONDS);
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(wins.get()).isEqualTo(5);
            assertThat(duplicates.get()).isEqualTo(5 * (threads - 1));
            assertThat(coll.countDocuments()).isEqualTo(5);
        }
    }

    @Nested
    class Ttl {

        @Test
        void expiredDocumentsAreReaped() {
            assumeTrue(embedded(), "MongoDB's TTL monitor runs every 60 s; the embedded one every 2 s");
            coll.createIndex(Indexes.ascending("at"), new IndexOptions().expireAfter(1L, TimeUnit.SECONDS));
            coll.insertMany(List.of(new Document("_id", 1).append("at", new Date(System.currentTimeMillis() - 60_000)),
                    new Document("_id", 2).append("at", new Date(System.currentTimeMillis() + 3_600_000)),
                    new Document("_id", 3).append("at", "not a date")));
            assertThat(coll.listIndexes().into(new ArrayList<>()).get(1).get("expireAfterSeconds", Number.class).intValue())
                    .isEqualTo(1);
            long deadline = System.currentTimeMillis() + 10_000;
            while (coll.countDocuments(Filters.eq("_id", 1)) > 0 && System.currentTimeMillis() < deadline) {
                sleep(100);
            }
            assertThat(ids(coll.find().sort(Sorts.ascending("_id")))).containsExactly(2, 3);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
