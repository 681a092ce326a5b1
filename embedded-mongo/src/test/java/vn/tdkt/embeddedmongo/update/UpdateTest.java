package vn.tdkt.embeddedmongo.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.bson.BsonDocument;
import org.bson.BsonType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.embeddedmongo.error.MongoError;
import vn.tdkt.embeddedmongo.query.Filter;

class UpdateTest {

    static BsonDocument d(String json) {
        return BsonDocument.parse(json);
    }

    static BsonDocument apply(String doc, String update) {
        return Update.parse(d(update), List.of()).apply(d(doc), false, Filter.all());
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // $set / $unset and intermediate documents
                Arguments.of("{_id: 1, a: 1}", "{$set: {a: 2}}", "{_id: 1, a: 2}"),
                Arguments.of("{_id: 1}", "{$set: {'a.b.c': 'Chiến sĩ thi đua'}}", "{_id: 1, a: {b: {c: 'Chiến sĩ thi đua'}}}"),
                Arguments.of("{_id: 1, a: {x: 1}}", "{$set: {'a.y': 2}}", "{_id: 1, a: {x: 1, y: 2}}"),
                Arguments.of("{_id: 1, a: [1, 2]}", "{$set: {'a.1': 9}}", "{_id: 1, a: [1, 9]}"),
                Arguments.of("{_id: 1, a: [1]}", "{$set: {'a.3': 9}}", "{_id: 1, a: [1, null, null, 9]}"),
                Arguments.of("{_id: 1, a: [{b: 1}]}", "{$set: {'a.0.c': 2}}", "{_id: 1, a: [{b: 1, c: 2}]}"),
                Arguments.of("{_id: 1}", "{$set: {b: 1, a: 1}}", "{_id: 1, a: 1, b: 1}"),
                Arguments.of("{_id: 1, a: 1, b: 2}", "{$unset: {a: '', x: 1}}", "{_id: 1, b: 2}"),
                Arguments.of("{_id: 1, a: {b: 1, c: 2}}", "{$unset: {'a.b': 1}}", "{_id: 1, a: {c: 2}}"),
                Arguments.of("{_id: 1, a: [1, 2]}", "{$unset: {'a.0': 1}}", "{_id: 1, a: [null, 2]}"),
                Arguments.of("{_id: 1}", "{$set: {}}", "{_id: 1}"),
                // $inc / $mul with promotion
                Arguments.of("{_id: 1, n: 1}", "{$inc: {n: 2}}", "{_id: 1, n: 3}"),
                Arguments.of("{_id: 1}", "{$inc: {n: 2}}", "{_id: 1, n: 2}"),
                Arguments.of("{_id: 1, n: 2147483647}", "{$inc: {n: 1}}", "{_id: 1, n: {$numberLong: '2147483648'}}"),
                Arguments.of("{_id: 1, n: 1}", "{$inc: {n: 0.5}}", "{_id: 1, n: 1.5}"),
                Arguments.of("{_id: 1, n: 1}", "{$inc: {n: {$numberLong: '1'}}}", "{_id: 1, n: {$numberLong: '2'}}"),
                Arguments.of("{_id: 1, n: 1.5}", "{$inc: {n: {$numberDecimal: '1.1'}}}", "{_id: 1, n: {$numberDecimal: '2.6'}}"),
                Arguments.of("{_id: 1, n: 3}", "{$mul: {n: 4}}", "{_id: 1, n: 12}"),
                Arguments.of("{_id: 1}", "{$mul: {n: 4}}", "{_id: 1, n: 0}"),
                Arguments.of("{_id: 1}", "{$mul: {n: 4.0}}", "{_id: 1, n: 0.0}"),
                Arguments.of("{_id: 1, n: 100000}", "{$mul: {n: 100000}}", "{_id: 1, n: {$numberLong: '10000000000'}}"),
                // $min / $max
                Arguments.of("{_id: 1, n: 5}", "{$min: {n: 3}}", "{_id: 1, n: 3}"),
                Arguments.of("{_id: 1, n: 5}", "{$min: {n: 7}}", "{_id: 1, n: 5}"),
                Arguments.of("{_id: 1, n: 5}", "{$max: {n: 7}}", "{_id: 1, n: 7}"),
                Arguments.of("{_id: 1, n: 5}", "{$max: {n: 'x'}}", "{_id: 1, n: 'x'}"),
                Arguments.of("{_id: 1}", "{$max: {n: 1}}", "{_id: 1, n: 1}"),
                // $rename
                Arguments.of("{_id: 1, a: 1, b: 2}", "{$rename: {a: 'c'}}", "{_id: 1, b: 2, c: 1}"),
                Arguments.of("{_id: 1, a: {b: 1}}", "{$rename: {'a.b': 'x.y'}}", "{_id: 1, a: {}, x: {y: 1}}"),
                Arguments.of("{_id: 1}", "{$rename: {a: 'c'}}", "{_id: 1}"),
                // $push and modifiers
                Arguments.of("{_id: 1}", "{$push: {a: 1}}", "{_id: 1, a: [1]}"),
                Arguments.of("{_id: 1, a: [1]}", "{$push: {a: [2]}}", "{_id: 1, a: [1, [2]]}"),
                Arguments.of("{_id: 1, a: [1]}", "{$push: {a: {$each: [2, 3]}}}", "{_id: 1, a: [1, 2, 3]}"),
                Arguments.of("{_id: 1, a: [1, 2]}", "{$push: {a: {$each: [9], $position: 1}}}", "{_id: 1, a: [1, 9, 2]}"),
                Arguments.of("{_id: 1, a: [1, 2]}", "{$push: {a: {$each: [9], $position: -1}}}", "{_id: 1, a: [1, 9, 2]}"),
                Arguments.of("{_id: 1, a: [5, 1]}", "{$push: {a: {$each: [3], $sort: 1}}}", "{_id: 1, a: [1, 3, 5]}"),
                Arguments.of("{_id: 1, a: [5, 1]}", "{$push: {a: {$each: [3], $sort: -1, $slice: 2}}}", "{_id: 1, a: [5, 3]}"),
                Arguments.of("{_id: 1, a: [1, 2, 3]}", "{$push: {a: {$each: [4], $slice: -2}}}", "{_id: 1, a: [3, 4]}"),
                Arguments.of("{_id: 1, a: [{s: 2}, {s: 1}]}", "{$push: {a: {$each: [{s: 3}], $sort: {s: -1}}}}",
                        "{_id: 1, a: [{s: 3}, {s: 2}, {s: 1}]}"),
                Arguments.of("{_id: 1, a: [1]}", "{$push: {a: {$each: [], $slice: 0}}}", "{_id: 1, a: []}"),
                // $addToSet
                Arguments.of("{_id: 1, a: [1, 2]}", "{$addToSet: {a: 2}}", "{_id: 1, a: [1, 2]}"),
                Arguments.of("{_id: 1, a: [1, 2]}", "{$addToSet: {a: 2.0}}", "{_id: 1, a: [1, 2]}"),
                Arguments.of("{_id: 1, a: [1]}", "{$addToSet: {a: {$each: [1, 'Đ', 'Đ']}}}", "{_id: 1, a: [1, 'Đ']}"),
                Arguments.of("{_id: 1}", "{$addToSet: {a: {x: 1}}}", "{_id: 1, a: [{x: 1}]}"),
                // $pop / $pull / $pullAll
                Arguments.of("{_id: 1, a: [1, 2, 3]}", "{$pop: {a: 1}}", "{_id: 1, a: [1, 2]}"),
                Arguments.of("{_id: 1, a: [1, 2, 3]}", "{$pop: {a: -1}}", "{_id: 1, a: [2, 3]}"),
                Arguments.of("{_id: 1}", "{$pop: {a: 1}}", "{_id: 1}"),
                Arguments.of("{_id: 1, a: [1, 2, 1]}", "{$pull: {a: 1}}", "{_id: 1, a: [2]}"),
                Arguments.of("{_id: 1, a: [1, 5, 7]}", "{$pull: {a: {$gte: 5}}}", "{_id: 1, a: [1]}"),
                Arguments.of("{_id: 1, a: [{s: 1, t: 1}, {s: 2}]}", "{$pull: {a: {s: 1}}}", "{_id: 1, a: [{s: 2}]}"),
                Arguments.of("{_id: 1, a: ['apple', 'kiwi']}", "{$pull: {a: /^a/}}", "{_id: 1, a: ['kiwi']}"),
                Arguments.of("{_id: 1, a: [{x: 1}, {x: 1, y: 1}]}", "{$pull: {a: {x: 1, y: 1}}}", "{_id: 1, a: [{x: 1}]}"),
                Arguments.of("{_id: 1, a: [1, 2, 3, 2]}", "{$pullAll: {a: [2, 3]}}", "{_id: 1, a: [1]}"),
                // all-positional and array filters are covered separately; $[] here
                Arguments.of("{_id: 1, a: [1, 2]}", "{$inc: {'a.$[]': 10}}", "{_id: 1, a: [11, 12]}"),
                Arguments.of("{_id: 1, a: [{b: 1}, {b: 2}]}", "{$set: {'a.$[].c': 0}}", "{_id: 1, a: [{b: 1, c: 0}, {b: 2, c: 0}]}"),
                // replacement keeps _id
                Arguments.of("{_id: 1, a: 1}", "{b: 2}", "{_id: 1, b: 2}"),
                Arguments.of("{_id: 1, a: 1}", "{b: 2, _id: 1}", "{_id: 1, b: 2}"),
                Arguments.of("{_id: 1, a: 1}", "{}", "{_id: 1}"));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("cases")
    void applies(String doc, String update, String expected) {
        assertThat(apply(doc, update)).isEqualTo(d(expected));
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("{_id: 1}", "{$foo: {a: 1}}", 9),
                Arguments.of("{_id: 1}", "{$set: 1}", 9),
                Arguments.of("{_id: 1}", "{$set: {a: 1}, b: 2}", 9),
                Arguments.of("{_id: 1}", "{a: 1, $set: {b: 2}}", 52),
                Arguments.of("{_id: 1}", "{$set: {a: 1}, $inc: {a: 1}}", 40),
                Arguments.of("{_id: 1}", "{$set: {a: 1, 'a.b': 1}}", 40),
                Arguments.of("{_id: 1}", "{$rename: {a: 'b'}, $set: {b: 1}}", 40),
                Arguments.of("{_id: 1, a: 'x'}", "{$inc: {a: 1}}", 14),
                Arguments.of("{_id: 1}", "{$inc: {a: 'x'}}", 14),
                Arguments.of("{_id: 1, a: 1}", "{$mul: {a: 'x'}}", 14),
                Arguments.of("{_id: 1, n: {$numberLong: '9223372036854775807'}}", "{$inc: {n: 1}}", 2),
                Arguments.of("{_id: 1}", "{$set: {_id: 2}}", 66),
                Arguments.of("{_id: 1}", "{$unset: {_id: 1}}", 66),
                Arguments.of("{_id: 1}", "{_id: 2, a: 1}", 66),
                Arguments.of("{_id: 1, a: 5}", "{$set: {'a.b': 1}}", 28),
                Arguments.of("{_id: 1, a: 5}", "{$push: {a: 1}}", 2),
                Arguments.of("{_id: 1, a: 5}", "{$addToSet: {a: 1}}", 2),
                Arguments.of("{_id: 1, a: 5}", "{$pop: {a: 1}}", 14),
                Arguments.of("{_id: 1}", "{$pop: {a: 2}}", 9),
                Arguments.of("{_id: 1, a: 5}", "{$pull: {a: 1}}", 2),
                Arguments.of("{_id: 1}", "{$pullAll: {a: 1}}", 2),
                Arguments.of("{_id: 1}", "{$rename: {a: 'a'}}", 2),
                Arguments.of("{_id: 1}", "{$rename: {a: 1}}", 2),
                Arguments.of("{_id: 1}", "{$currentDate: {a: {$type: 'x'}}}", 2),
                Arguments.of("{_id: 1}", "{$set: {'': 1}}", 56),
                Arguments.of("{_id: 1}", "{$set: {'$x': 1}}", 52),
                Arguments.of("{_id: 1}", "{$push: {a: {$each: 1}}}", 2),
                Arguments.of("{_id: 1}", "{$push: {a: {$each: [1], $foo: 1}}}", 2),
                Arguments.of("{_id: 1, a: [1]}", "{$set: {'a.$': 1}}", 2),
                Arguments.of("{_id: 1}", "{$set: {'a.$[]': 1}}", 2));
    }

    @ParameterizedTest(name = "{1} on {0} -> {2}")
    @MethodSource("errors")
    void rejects(String doc, String update, int code) {
        assertThatThrownBy(() -> apply(doc, update))
                .isInstanceOfSatisfying(MongoError.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void inputIsNotModified() {
        BsonDocument doc = d("{_id: 1, a: {b: [1]}}");
        Update.parse(d("{$push: {'a.b': 2}, $set: {'a.c': 1}}"), List.of()).apply(doc, false, Filter.all());
        assertThat(doc).isEqualTo(d("{_id: 1, a: {b: [1]}}"));
    }

    @Test
    void worksOnImmutableRawDocuments() {
        BsonDocument raw = new org.bson.RawBsonDocument(d("{_id: 1, a: {b: [1, {c: 1}]}, s: 'Đua'}"),
                new org.bson.codecs.BsonDocumentCodec());
        BsonDocument out = Update.parse(d("{$push: {'a.b': 2}, $set: {'a.z': 5, s: 'Thi đua'}}"), List.of())
                .apply(raw, false, Filter.all());
        assertThat(out).isEqualTo(d("{_id: 1, a: {b: [1, {c: 1}, 2], z: 5}, s: 'Thi đua'}"));
        assertThat(Update.parse(d("{x: 1}"), List.of()).apply(raw, false, Filter.all())).isEqualTo(d("{_id: 1, x: 1}"));
    }

    @Test
    void positionalUsesTheSelector() {
        Filter selector = Filter.parse(d("{'grades.g': {$gte: 85}}"));
        BsonDocument doc = d("{_id: 1, grades: [{g: 80}, {g: 90}, {g: 95}]}");
        BsonDocument out = Update.parse(d("{$set: {'grades.$.top': true}}"), List.of()).apply(doc, false, selector);
        assertThat(out).isEqualTo(d("{_id: 1, grades: [{g: 80}, {g: 90, top: true}, {g: 95}]}"));
        Filter scalar = Filter.parse(d("{a: 'Đua'}"));
        assertThat(Update.parse(d("{$set: {'a.$': 'Thi đua'}}"), List.of()).apply(d("{_id: 1, a: ['x', 'Đua']}"), false, scalar))
                .isEqualTo(d("{_id: 1, a: ['x', 'Thi đua']}"));
    }

    @Test
    void arrayFiltersSelectElements() {
        Update u = Update.parse(d("{$set: {'a.$[e].ok': true}, $inc: {'n.$[big]': 1}}"),
                List.of(d("{'e.s': {$gte: 2}}"), d("{big: {$gt: 5}}")));
        assertThat(u.apply(d("{_id: 1, a: [{s: 1}, {s: 3}], n: [1, 7, 9]}"), false, Filter.all()))
                .isEqualTo(d("{_id: 1, a: [{s: 1}, {s: 3, ok: true}], n: [1, 8, 10]}"));
        assertThatThrownBy(() -> Update.parse(d("{$set: {'a.$[x]': 1}}"), List.of()))
                .isInstanceOfSatisfying(MongoError.class, e -> assertThat(e.code()).isEqualTo(2));
        assertThatThrownBy(() -> Update.parse(d("{$set: {a: 1}}"), List.of(d("{x: 1}"))))
                .isInstanceOfSatisfying(MongoError.class, e -> assertThat(e.code()).isEqualTo(9));
    }

    @Test
    void currentDateAndSetOnInsert() {
        Update u = Update.parse(d("{$currentDate: {d: true, t: {$type: 'timestamp'}, e: {$type: 'date'}}, "
                + "$setOnInsert: {created: 1}}"), List.of());
        BsonDocument updated = u.apply(d("{_id: 1}"), false, Filter.all());
        assertThat(updated.get("d").getBsonType()).isEqualTo(BsonType.DATE_TIME);
        assertThat(updated.get("e").getBsonType()).isEqualTo(BsonType.DATE_TIME);
        assertThat(updated.get("t").getBsonType()).isEqualTo(BsonType.TIMESTAMP);
        assertThat(updated).doesNotContainKey("created");
        assertThat(u.apply(d("{_id: 1}"), true, Filter.all())).containsKey("created");
    }

    @Test
    void upsertSeedsFromTheFilter() {
        Filter filter = Filter.parse(d("{_id: 7, 'a.b': 'Chiến sĩ', c: {$gt: 1}, $and: [{d: 2}], e: {$eq: [1]}}"));
        Update u = Update.parse(d("{$set: {x: 1}, $setOnInsert: {y: 2}, $inc: {n: 1}}"), List.of());
        assertThat(u.upsertDocument(filter))
                .isEqualTo(d("{_id: 7, a: {b: 'Chiến sĩ'}, d: 2, e: [1], n: 1, x: 1, y: 2}"));
        assertThat(Update.parse(d("{$set: {a: 1}}"), List.of()).upsertDocument(Filter.parse(d("{b: 1}"))))
                .isEqualTo(d("{b: 1, a: 1}"));
        assertThat(Update.parse(d("{$setOnInsert: {_id: 5}}"), List.of()).upsertDocument(Filter.parse(d("{b: 1}"))).getFirstKey())
                .isEqualTo("_id");
    }

    @Test
    void upsertReplacementTakesOnlyTheIdFromTheFilter() {
        Update u = Update.parse(d("{name: 'Lao động tiên tiến'}"), null);
        assertThat(u.isReplacement()).isTrue();
        assertThat(u.upsertDocument(Filter.parse(d("{_id: 3, k: 1}")))).isEqualTo(d("{_id: 3, name: 'Lao động tiên tiến'}"));
        assertThat(u.upsertDocument(Filter.parse(d("{k: 1}")))).isEqualTo(d("{name: 'Lao động tiên tiến'}"));
    }

    @Test
    void pipelineStyleUpdates() {
        Update u = Update.parsePipeline(List.of(d("{$set: {total: {$add: ['$a', '$b']}, 'meta.by': 'Đức'}}"),
                d("{$unset: 'b'}")), null);
        assertThat(u.isReplacement()).isFalse();
        assertThat(u.apply(d("{_id: 1, a: 2, b: 3}"), false, Filter.all()))
                .isEqualTo(d("{_id: 1, a: 2, total: 5, meta: {by: 'Đức'}}"));
        assertThat(Update.parsePipeline(List.of(d("{$replaceWith: {x: '$a'}}")), List.of())
                .apply(d("{_id: 1, a: 2}"), false, Filter.all())).isEqualTo(d("{_id: 1, x: 2}"));
        assertThat(Update.parsePipeline(List.of(d("{$set: {n: 1}}")), List.of()).upsertDocument(Filter.parse(d("{k: 'v'}"))))
                .isEqualTo(d("{k: 'v', n: 1}"));
        assertThatThrownBy(() -> Update.parsePipeline(List.of(d("{$group: {_id: 1}}")), List.of()))
                .isInstanceOfSatisfying(MongoError.class, e -> assertThat(e.code()).isEqualTo(72));
        assertThatThrownBy(() -> Update.parsePipeline(List.of(d("{$set: {_id: 9}}")), List.of())
                .apply(d("{_id: 1}"), false, Filter.all()))
                .isInstanceOfSatisfying(MongoError.class, e -> assertThat(e.code()).isEqualTo(66));
    }

    @Test
    void upsertCannotChangeTheFiltersId() {
        assertThatThrownBy(() -> Update.parse(d("{$set: {_id: 2}}"), List.of()).upsertDocument(Filter.parse(d("{_id: 1}"))))
                .isInstanceOfSatisfying(MongoError.class, e -> assertThat(e.code()).isEqualTo(66));
    }
}
