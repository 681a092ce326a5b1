package vn.tdkt.embeddedmongo.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.junit.jupiter.api.Test;
import vn.tdkt.embeddedmongo.error.MongoError;

class PipelineTest {

    static final List<String> AWARDS = List.of(
            "{_id: 1, unit: 'Phòng A', title: 'Chiến sĩ thi đua cơ sở', score: 9, tags: ['x', 'y']}",
            "{_id: 2, unit: 'Phòng B', title: 'Lao động tiên tiến', score: 7, tags: []}",
            "{_id: 3, unit: 'Phòng A', title: 'Lao động tiên tiến', score: 8.5}",
            "{_id: 4, unit: 'Phòng C', title: 'Chiến sĩ thi đua cơ sở', score: {$numberLong: '10'}, tags: 'z'}",
            "{_id: 5, unit: null, title: 'Bằng khen', score: 'n/a', tags: null}");

    static final Map<String, List<String>> COLLECTIONS = Map.of("units", List.of(
            "{_id: 'u1', name: 'Phòng A', head: 'Nguyễn Văn Ánh'}",
            "{_id: 'u2', name: 'Phòng B', head: 'Trần Thị Bình'}",
            "{_id: 'u3', name: ['Phòng C', 'Phòng D'], head: 'Lê Đức'}",
            "{_id: 'u4', head: 'Không tên'}"));

    static List<BsonDocument> docs(List<String> json) {
        return json.stream().map(BsonDocument::parse).toList();
    }

    static List<BsonDocument> run(String... stages) {
        List<BsonDocument> specs = new ArrayList<>();
        for (String s : stages) {
            specs.add(BsonDocument.parse(s));
        }
        Pipeline p = Pipeline.parse(specs, name -> docs(COLLECTIONS.getOrDefault(name, List.of())).iterator());
        List<BsonDocument> out = new ArrayList<>();
        p.execute(docs(AWARDS).iterator()).forEachRemaining(out::add);
        return out;
    }

    static List<BsonDocument> expected(String... json) {
        return docs(List.of(json));
    }

    @Test
    void matchProjectSortSkipLimit() {
        assertThat(run("{$match: {title: /^Chiến/}}", "{$project: {_id: 0, unit: 1, s: {$multiply: ['$score', 2]}}}",
                "{$sort: {s: -1}}"))
                .isEqualTo(expected("{unit: 'Phòng C', s: {$numberLong: '20'}}", "{unit: 'Phòng A', s: 18}"));
        assertThat(run("{$sort: {title: 1, _id: -1}}", "{$skip: 1}", "{$limit: 2}", "{$project: {title: 1}}"))
                .isEqualTo(expected("{_id: 4, title: 'Chiến sĩ thi đua cơ sở'}", "{_id: 1, title: 'Chiến sĩ thi đua cơ sở'}"));
    }

    @Test
    void projectExclusionAndNested() {
        assertThat(run("{$match: {_id: 1}}", "{$project: {tags: 0, score: 0}}"))
                .isEqualTo(expected("{_id: 1, unit: 'Phòng A', title: 'Chiến sĩ thi đua cơ sở'}"));
        assertThat(run("{$match: {_id: 1}}", "{$project: {_id: 0, 'info.t': '$title', info: {u: '$unit'}}}"))
                .isEqualTo(expected("{info: {t: 'Chiến sĩ thi đua cơ sở', u: 'Phòng A'}}"));
        assertThatThrownBy(() -> run("{$project: {a: 0, b: '$x'}}"))
                .isInstanceOfSatisfying(MongoError.class, e -> assertThat(e.code()).isEqualTo(31252));
        assertThatThrownBy(() -> run("{$project: {a: 1, b: 0}}"))
                .isInstanceOfSatisfying(MongoError.class, e -> assertThat(e.code()).isEqualTo(31254));
        assertThatThrownBy(() -> run("{$project: {}}"))
                .isInstanceOfSatisfying(MongoError.class, e -> assertThat(e.code()).isEqualTo(51272));
    }

    @Test
    void addFieldsSetAndUnset() {
        assertThat(run("{$match: {_id: 3}}", "{$addFields: {score: {$add: ['$score', 1]}, x: '$unit', 'y.z': 1}}",
                "{$set: {unit: '$$REMOVE'}}", "{$unset: ['title', 'y']}"))
                .isEqualTo(expected("{_id: 3, score: 9.5, x: 'Phòng A'}"));
        assertThat(run("{$match: {_id: 1}}", "{$project: {sub: {$literal: {a: 1, b: 2}}}}", "{$addFields: {sub: {c: 3}}}"))
                .isEqualTo(expected("{_id: 1, sub: {a: 1, b: 2, c: 3}}"));
    }

    @Test
    void groupWithAccumulators() {
        List<BsonDocument> out = run("{$group: {_id: '$unit', n: {$sum: 1}, total: {$sum: '$score'}, avg: {$avg: '$score'}, "
                + "min: {$min: '$score'}, max: {$max: '$score'}, first: {$first: '$title'}, last: {$last: '$title'}, "
                + "titles: {$push: '$title'}, set: {$addToSet: '$title'}, c: {$count: {}}}}", "{$sort: {_id: 1}}");
        assertThat(out).isEqualTo(expected(
                "{_id: null, n: 1, total: 0, avg: null, min: 'n/a', max: 'n/a', first: 'Bằng khen', last: 'Bằng khen', "
                        + "titles: ['Bằng khen'], set: ['Bằng khen'], c: 1}",
                "{_id: 'Phòng A', n: 2, total: 17.5, avg: 8.75, min: 8.5, max: 9, first: 'Chiến sĩ thi đua cơ sở', "
                        + "last: 'Lao động tiên tiến', titles: ['Chiến sĩ thi đua cơ sở', 'Lao động tiên tiến'], "
                        + "set: ['Chiến sĩ thi đua cơ sở', 'Lao động tiên tiến'], c: 2}",
                "{_id: 'Phòng B', n: 1, total: 7, avg: 7.0, min: 7, max: 7, first: 'Lao động tiên tiến', "
                        + "last: 'Lao động tiên tiến', titles: ['Lao động tiên tiến'], set: ['Lao động tiên tiến'], c: 1}",
                "{_id: 'Phòng C', n: 1, total: {$numberLong: '10'}, avg: 10.0, min: {$numberLong: '10'}, "
                        + "max: {$numberLong: '10'}, first: 'Chiến sĩ thi đua cơ sở', last: 'Chiến sĩ thi đua cơ sở', "
                        + "titles: ['Chiến sĩ thi đua cơ sở'], set: ['Chiến sĩ thi đua cơ sở'], c: 1}"));
    }

    @Test
    void groupByNullDocumentAndNumericEquality() {
        assertThat(run("{$group: {_id: null, n: {$sum: 1}}}")).isEqualTo(expected("{_id: null, n: 5}"));
        assertThat(run("{$match: {_id: {$lte: 2}}}", "{$group: {_id: {t: '$title', missing: '$nope'}, n: {$sum: 1}}}"))
                .isEqualTo(expected("{_id: {t: 'Chiến sĩ thi đua cơ sở'}, n: 1}", "{_id: {t: 'Lao động tiên tiến'}, n: 1}"));
        assertThat(run("{$project: {k: {$cond: [{$eq: ['$_id', 1]}, 1, 1.0]}}}", "{$group: {_id: '$k', n: {$sum: 1}}}"))
                .isEqualTo(expected("{_id: 1, n: 5}"));
    }

    @Test
    void groupErrors() {
        assertThatThrownBy(() -> run("{$group: {n: {$sum: 1}}}"))
                .isInstanceOfSatisfying(MongoError.class, e -> assertThat(e.code()).isEqualTo(15955));
        assertThatThrownBy(() -> run("{$group: {_id: 1, n: {$median: 1}}}"))
                .isInstanceOfSatisfying(MongoError.class, e -> assertThat(e.code()).isEqualTo(15952));
        assertThatThrownBy(() -> run("{$group: {_id: 1, 'a.b': {$sum: 1}}}"))
                .isInstanceOfSatisfying(MongoError.class, e -> assertThat(e.code()).isEqualTo(40235));
        assertThatThrownBy(() -> run("{$group: {_id: 1, n: 1}}"))
                .isInstanceOfSatisfying(MongoError.class, e -> assertThat(e.code()).isEqualTo(40234));
    }

    @Test
    void count() {
        assertThat(run("{$match: {unit: 'Phòng A'}}", "{$count: 'soLuong'}")).isEqualTo(expected("{soLuong: 2}"));
        assertThat(run("{$match: {unit: 'none'}}", "{$count: 'n'}")).isEmpty();
        assertThatThrownBy(() -> run("{$count: '$n'}"))
                .isInstanceOfSatisfying(MongoError.class, e -> assertThat(e.code()).isEqualTo(40158));
    }

    @Test
    void unwind() {
        assertThat(run("{$unwind: '$tags'}", "{$project: {tags: 1}}"))
                .isEqualTo(expected("{_id: 1, tags: 'x'}", "{_id: 1, tags: 'y'}", "{_id: 4, tags: 'z'}"));
        assertThat(run("{$unwind: {path: '$tags', includeArrayIndex: 'i', preserveNullAndEmptyArrays: true}}",
                "{$project: {tags: 1, i: 1}}"))
                .isEqualTo(expected("{_id: 1, tags: 'x', i: {$numberLong: '0'}}", "{_id: 1, tags: 'y', i: {$numberLong: '1'}}",
                        "{_id: 2, i: null}", "{_id: 3, i: null}", "{_id: 4, tags: 'z', i: null}", "{_id: 5, tags: null, i: null}"));
        assertThatThrownBy(() -> run("{$unwind: 'tags'}"))
                .isInstanceOfSatisfying(MongoError.class, e -> assertThat(e.code()).isEqualTo(28818));
    }

    @Test
    void lookupOnEquality() {
        List<BsonDocument> out = run("{$lookup: {from: 'units', localField: 'unit', foreignField: 'name', as: 'u'}}",
                "{$project: {heads: '$u.head'}}");
        assertThat(out).isEqualTo(expected("{_id: 1, heads: ['Nguyễn Văn Ánh']}", "{_id: 2, heads: ['Trần Thị Bình']}",
                "{_id: 3, heads: ['Nguyễn Văn Ánh']}", "{_id: 4, heads: ['Lê Đức']}", "{_id: 5, heads: ['Không tên']}"));
        List<BsonDocument> byArray = run("{$match: {_id: 1}}", "{$project: {units: ['Phòng B', 'Phòng D']}}",
                "{$lookup: {from: 'units', localField: 'units', foreignField: 'name', as: 'u', "
                        + "pipeline: [{$project: {_id: 1}}]}}");
        assertThat(byArray).isEqualTo(expected("{_id: 1, units: ['Phòng B', 'Phòng D'], u: [{_id: 'u2'}, {_id: 'u3'}]}"));
    }

    @Test
    void sortByCountAndFacet() {
        assertThat(run("{$sortByCount: '$title'}"))
                .isEqualTo(expected("{_id: 'Chiến sĩ thi đua cơ sở', count: 2}", "{_id: 'Lao động tiên tiến', count: 2}",
                        "{_id: 'Bằng khen', count: 1}"));
        assertThat(run("{$facet: {n: [{$count: 'c'}], top: [{$sort: {_id: -1}}, {$limit: 1}, {$project: {_id: 1}}]}}"))
                .isEqualTo(expected("{n: [{c: 5}], top: [{_id: 5}]}"));
    }

    @Test
    void lookupWithLetAndExpr() {
        List<BsonDocument> out = run("{$match: {_id: {$in: [1, 2]}}}",
                "{$lookup: {from: 'units', let: {u: '$unit', s: '$score'}, as: 'u', pipeline: ["
                        + "{$match: {$expr: {$and: [{$eq: ['$name', '$$u']}, {$gt: ['$$s', 8]}]}}},"
                        + "{$project: {_id: 0, head: 1, s: '$$s'}}]}}",
                "{$project: {u: 1}}");
        assertThat(out).isEqualTo(expected("{_id: 1, u: [{head: 'Nguyễn Văn Ánh', s: 9}]}", "{_id: 2, u: []}"));
    }

    @Test
    void replaceRoot() {
        assertThat(run("{$match: {_id: 1}}", "{$replaceRoot: {newRoot: {t: '$title'}}}"))
                .isEqualTo(expected("{t: 'Chiến sĩ thi đua cơ sở'}"));
        assertThatThrownBy(() -> run("{$replaceWith: '$score'}"))
                .isInstanceOfSatisfying(MongoError.class, e -> assertThat(e.code()).isEqualTo(40228));
    }

    @Test
    void stageErrors() {
        assertThatThrownBy(() -> run("{$bogus: {}}"))
                .isInstanceOfSatisfying(MongoError.class, e -> {
                    assertThat(e.code()).isEqualTo(40324);
                    assertThat(e.getMessage()).isEqualTo("Unrecognized pipeline stage name: '$bogus'");
                });
        assertThatThrownBy(() -> run("{$match: {}, $limit: 1}"))
                .isInstanceOfSatisfying(MongoError.class, e -> assertThat(e.code()).isEqualTo(40323));
        assertThatThrownBy(() -> run("{$limit: 0}"))
                .isInstanceOfSatisfying(MongoError.class, e -> assertThat(e.code()).isEqualTo(15958));
        assertThatThrownBy(() -> run("{$skip: -1}"))
                .isInstanceOfSatisfying(MongoError.class, e -> assertThat(e.code()).isEqualTo(15956));
        assertThatThrownBy(() -> run("{$sort: {a: 0}}"))
                .isInstanceOfSatisfying(MongoError.class, e -> assertThat(e.code()).isEqualTo(15975));
    }

    @Test
    void stagesCopyImmutableRawDocumentsBeforeWriting() {
        BsonDocument raw = new org.bson.RawBsonDocument(BsonDocument.parse("{_id: 1, a: {b: 1}, arr: [{c: 1}, {c: 2}]}"),
                new org.bson.codecs.BsonDocumentCodec());
        Pipeline p = Pipeline.parse(List.of(BsonDocument.parse("{$addFields: {'a.x': 2, 'arr.d': 0}}"),
                BsonDocument.parse("{$unwind: '$arr'}"), BsonDocument.parse("{$set: {'arr.e': '$a.b'}}")), name -> null);
        List<BsonDocument> out = new ArrayList<>();
        p.execute(List.of(raw).iterator()).forEachRemaining(out::add);
        assertThat(out).isEqualTo(expected("{_id: 1, a: {b: 1, x: 2}, arr: {c: 1, d: 0, e: 1}}",
                "{_id: 1, a: {b: 1, x: 2}, arr: {c: 2, d: 0, e: 1}}"));
    }

    @Test
    void leadingMatchIsExposed() {
        Pipeline p = Pipeline.parse(List.of(BsonDocument.parse("{$match: {a: 1}}"), BsonDocument.parse("{$limit: 1}")),
                name -> List.<BsonDocument>of().iterator());
        assertThat(p.leadingMatch()).contains(BsonDocument.parse("{a: 1}"));
        assertThat(Pipeline.parse(List.of(BsonDocument.parse("{$limit: 1}")), name -> null).leadingMatch()).isEmpty();
    }

    @Test
    void streamingStagesPullOnlyWhatTheyNeed() {
        AtomicInteger pulled = new AtomicInteger();
        Iterator<BsonDocument> infinite = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public BsonDocument next() {
                return BsonDocument.parse("{i: " + pulled.incrementAndGet() + "}");
            }
        };
        Pipeline p = Pipeline.parse(List.of(BsonDocument.parse("{$match: {i: {$mod: [2, 0]}}}"),
                BsonDocument.parse("{$project: {j: {$multiply: ['$i', 10]}, _id: 0}}"), BsonDocument.parse("{$limit: 3}")),
                name -> null);
        List<BsonValue> js = new ArrayList<>();
        p.execute(infinite).forEachRemaining(d -> js.add(d.get("j")));
        assertThat(new BsonArray(js)).isEqualTo(BsonDocument.parse("{a: [20, 40, 60]}").getArray("a"));
        assertThat(pulled.get()).isEqualTo(6);
    }
}
