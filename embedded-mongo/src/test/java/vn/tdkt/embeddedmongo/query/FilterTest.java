package vn.tdkt.embeddedmongo.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.embeddedmongo.error.MongoError;

class FilterTest {

    static BsonDocument d(String json) {
        return BsonDocument.parse(json);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // implicit equality, dotted paths, arrays
                Arguments.of("{a: 5}", "{a: 5}", true),
                Arguments.of("{a: 5}", "{a: 5.0}", true),
                Arguments.of("{a: 5}", "{a: {$numberLong: '5'}}", true),
                Arguments.of("{a: 5}", "{a: {$numberDecimal: '5.00'}}", true),
                Arguments.of("{a: 5}", "{a: '5'}", false),
                Arguments.of("{a: 5}", "{a: [1, 5]}", true),
                Arguments.of("{a: 5}", "{a: [[5]]}", false),
                Arguments.of("{a: [5]}", "{a: [[5]]}", true),
                Arguments.of("{a: [1, 2]}", "{a: [1, 2]}", true),
                Arguments.of("{a: [1, 2]}", "{a: [2, 1]}", false),
                Arguments.of("{a: {b: 1, c: 2}}", "{a: {b: 1, c: 2}}", true),
                Arguments.of("{a: {b: 1, c: 2}}", "{a: {c: 2, b: 1}}", false),
                Arguments.of("{a: {b: 1}}", "{a: [{b: 1}, {b: 2}]}", true),
                Arguments.of("{'a.b': 2}", "{a: {b: 2}}", true),
                Arguments.of("{'a.b': 2}", "{a: [{b: 1}, {b: 2}]}", true),
                Arguments.of("{'a.b': 2}", "{a: [{b: [1, 2]}]}", true),
                Arguments.of("{'a.b.c': 3}", "{a: [{b: [{c: 3}]}]}", true),
                Arguments.of("{'a.1': 7}", "{a: [6, 7]}", true),
                Arguments.of("{'a.0': 7}", "{a: [6, 7]}", false),
                Arguments.of("{'a.0.b': 1}", "{a: [{b: 1}]}", true),
                Arguments.of("{'a.1': 'x'}", "{a: {'1': 'x'}}", true),
                // null and missing
                Arguments.of("{a: null}", "{}", true),
                Arguments.of("{a: null}", "{a: null}", true),
                Arguments.of("{a: null}", "{a: 0}", false),
                Arguments.of("{a: null}", "{a: [1, null]}", true),
                Arguments.of("{'a.b': null}", "{a: [{b: 1}, {c: 1}]}", true),
                Arguments.of("{'a.b': null}", "{a: [{b: 1}]}", false),
                Arguments.of("{'a.b': null}", "{a: 1}", true),
                // as the server's jstests/core/null2.js
                Arguments.of("{'a.b': null}", "{a: [{}]}", true),
                Arguments.of("{'a.b': null}", "{a: []}", false),
                Arguments.of("{'a.b': null}", "{a: [{}, {b: 5}]}", true),
                Arguments.of("{'a.b': null}", "{a: [5, {b: 5}]}", false),
                Arguments.of("{'a.b': {$in: [null]}}", "{a: [{}]}", true),
                Arguments.of("{a: {$ne: null}}", "{}", false),
                Arguments.of("{a: {$ne: null}}", "{a: 1}", true),
                // comparisons stay in the type bracket
                Arguments.of("{a: {$gt: 5}}", "{a: 6}", true),
                Arguments.of("{a: {$gt: 5}}", "{a: 5}", false),
                Arguments.of("{a: {$gt: 5}}", "{a: 'z'}", false),
                Arguments.of("{a: {$gt: 5}}", "{a: [1, 9]}", true),
                Arguments.of("{a: {$gt: 5, $lt: 3}}", "{a: [1, 9]}", true),
                Arguments.of("{a: {$gte: 5}}", "{a: {$numberLong: '5'}}", true),
                Arguments.of("{a: {$lt: 5}}", "{}", false),
                Arguments.of("{a: {$lt: 5}}", "{a: null}", false),
                Arguments.of("{a: {$lte: null}}", "{}", true),
                Arguments.of("{a: {$gte: null}}", "{a: null}", true),
                Arguments.of("{a: {$lt: 'b'}}", "{a: 'a'}", true),
                Arguments.of("{a: {$lt: 'b'}}", "{a: 1}", false),
                Arguments.of("{a: {$lt: {$maxKey: 1}}}", "{a: 'x'}", true),
                Arguments.of("{a: {$gt: {$minKey: 1}}}", "{a: 1}", true),
                Arguments.of("{a: {$lt: 5}}", "{a: NaN}", false),
                Arguments.of("{a: {$gt: NaN}}", "{a: 5}", false),
                Arguments.of("{a: {$gte: NaN}}", "{a: NaN}", true),
                Arguments.of("{a: NaN}", "{a: NaN}", true),
                Arguments.of("{a: {$gt: {$date: '2024-01-01T00:00:00Z'}}}", "{a: {$date: '2024-06-01T00:00:00Z'}}", true),
                Arguments.of("{a: {$gt: {$date: '2024-01-01T00:00:00Z'}}}", "{a: 1}", false),
                // $ne / $in / $nin
                Arguments.of("{a: {$ne: 5}}", "{a: [1, 5]}", false),
                Arguments.of("{a: {$ne: 5}}", "{a: [1, 2]}", true),
                Arguments.of("{a: {$ne: 5}}", "{}", true),
                Arguments.of("{a: {$in: [1, 2]}}", "{a: 2}", true),
                Arguments.of("{a: {$in: [1, 2]}}", "{a: [3, 2]}", true),
                Arguments.of("{a: {$in: [null]}}", "{}", true),
                Arguments.of("{a: {$in: [/^x/]}}", "{a: 'xy'}", true),
                Arguments.of("{a: {$in: []}}", "{a: 1}", false),
                Arguments.of("{a: {$nin: [1, 2]}}", "{a: [3, 2]}", false),
                Arguments.of("{a: {$nin: [1, 2]}}", "{a: [3, 4]}", true),
                Arguments.of("{a: {$nin: [1, 2]}}", "{}", true),
                // $exists / $type
                Arguments.of("{a: {$exists: true}}", "{a: null}", true),
                Arguments.of("{a: {$exists: false}}", "{a: null}", false),
                Arguments.of("{a: {$exists: 0}}", "{}", true),
                Arguments.of("{'a.b': {$exists: false}}", "{a: [{c: 1}]}", true),
                Arguments.of("{'a.b': {$exists: false}}", "{a: [{b: 1}, {c: 1}]}", false),
                Arguments.of("{a: {$type: 'string'}}", "{a: 'x'}", true),
                Arguments.of("{a: {$type: 2}}", "{a: 'x'}", true),
                Arguments.of("{a: {$type: 'number'}}", "{a: {$numberDecimal: '1'}}", true),
                Arguments.of("{a: {$type: 'number'}}", "{a: 'x'}", false),
                Arguments.of("{a: {$type: 'array'}}", "{a: []}", true),
                Arguments.of("{a: {$type: 'int'}}", "{a: [1.5, 2]}", true),
                Arguments.of("{a: {$type: ['long', 'null']}}", "{a: null}", true),
                Arguments.of("{a: {$type: 'null'}}", "{}", false),
                Arguments.of("{a: {$type: -1}}", "{a: {$minKey: 1}}", true),
                // logical
                Arguments.of("{$and: [{a: 1}, {b: 2}]}", "{a: 1, b: 2}", true),
                Arguments.of("{$and: [{a: 1}, {b: 2}]}", "{a: 1, b: 3}", false),
                Arguments.of("{$or: [{a: 1}, {b: 2}]}", "{a: 0, b: 2}", true),
                Arguments.of("{$or: [{a: 1}, {b: 2}]}", "{a: 0, b: 0}", false),
                Arguments.of("{$nor: [{a: 1}, {b: 2}]}", "{a: 0, b: 0}", true),
                Arguments.of("{$nor: [{a: 1}, {b: 2}]}", "{a: 1}", false),
                Arguments.of("{a: {$not: {$gt: 5}}}", "{a: 3}", true),
                Arguments.of("{a: {$not: {$gt: 5}}}", "{a: 'x'}", true),
                Arguments.of("{a: {$not: {$gt: 5}}}", "{}", true),
                Arguments.of("{a: {$not: {$gt: 5}}}", "{a: [1, 7]}", false),
                Arguments.of("{a: {$not: /^x/}}", "{a: 'xa'}", false),
                // regex
                Arguments.of("{a: /^ab/}", "{a: 'abc'}", true),
                Arguments.of("{a: /^AB/i}", "{a: 'abc'}", true),
                Arguments.of("{a: {$regex: '^AB', $options: 'i'}}", "{a: 'abc'}", true),
                Arguments.of("{a: {$regex: /^b/m}}", "{a: 'a\\nb'}", true),
                Arguments.of("{a: {$regex: '^b'}}", "{a: 'a\\nb'}", false),
                Arguments.of("{a: {$regex: 'a.b', $options: 's'}}", "{a: 'a\\nb'}", true),
                Arguments.of("{a: {$regex: 'a b # comment', $options: 'x'}}", "{a: 'ab'}", true),
                Arguments.of("{a: /b/}", "{a: ['a', 'abc']}", true),
                Arguments.of("{a: /1/}", "{a: 1}", false),
                Arguments.of("{a: /x/}", "{}", false),
                Arguments.of("{a: {$eq: /x/}}", "{a: /x/}", true),
                Arguments.of("{a: {$eq: /x/}}", "{a: 'x'}", false),
                // $elemMatch, $size, $all
                Arguments.of("{a: {$elemMatch: {$gt: 1, $lt: 3}}}", "{a: [0, 2, 4]}", true),
                Arguments.of("{a: {$elemMatch: {$gt: 1, $lt: 3}}}", "{a: [0, 4]}", false),
                Arguments.of("{a: {$elemMatch: {$gt: 1}}}", "{a: 5}", false),
                Arguments.of("{a: {$elemMatch: {b: 1, c: 2}}}", "{a: [{b: 1, c: 2}]}", true),
                Arguments.of("{a: {$elemMatch: {b: 1, c: 2}}}", "{a: [{b: 1}, {c: 2}]}", false),
                Arguments.of("{a: {$elemMatch: {$or: [{b: 1}, {c: 2}]}}}", "{a: [{c: 2}]}", true),
                Arguments.of("{'a.b': {$elemMatch: {x: 1}}}", "{a: [{b: [{x: 1}]}]}", true),
                Arguments.of("{a: {$size: 2}}", "{a: [1, 2]}", true),
                Arguments.of("{a: {$size: 2}}", "{a: [[1, 2]]}", false),
                Arguments.of("{a: {$size: 0}}", "{}", false),
                Arguments.of("{a: {$all: [1, 2]}}", "{a: [2, 3, 1]}", true),
                Arguments.of("{a: {$all: [1, 2]}}", "{a: [2, 3]}", false),
                Arguments.of("{a: {$all: []}}", "{a: [1]}", false),
                Arguments.of("{a: {$all: [{$elemMatch: {b: 1}}]}}", "{a: [{b: 1}]}", true),
                Arguments.of("{a: {$all: [5]}}", "{a: 5}", true),
                Arguments.of("{a: {$mod: [4, 1]}}", "{a: 9}", true),
                Arguments.of("{a: {$mod: [4, 1]}}", "{a: 10}", false),
                // Vietnamese text
                Arguments.of("{title: 'Chiến sĩ thi đua cơ sở'}", "{title: 'Chiến sĩ thi đua cơ sở'}", true),
                Arguments.of("{title: 'Chiến sĩ thi đua cơ sở'}", "{title: 'Chien si thi dua co so'}", false),
                Arguments.of("{title: /thi đua/}", "{title: 'Chiến sĩ thi đua cơ sở'}", true),
                Arguments.of("{title: /^chiến SĨ/i}", "{title: 'Chiến sĩ thi đua cơ sở'}", true),
                Arguments.of("{title: /ĐUA/i}", "{title: 'Chiến sĩ thi đua cơ sở'}", true),
                Arguments.of("{title: {$gt: 'Chiến'}}", "{title: 'Chiến sĩ'}", true),
                Arguments.of("{title: {$in: ['Lao động tiên tiến', 'Chiến sĩ thi đua cơ sở']}}",
                        "{title: 'Chiến sĩ thi đua cơ sở'}", true),
                // $expr compares fields of one document
                Arguments.of("{$expr: {$gt: ['$spent', '$budget']}}", "{spent: 12, budget: 10}", true),
                Arguments.of("{$expr: {$gt: ['$spent', '$budget']}}", "{spent: 8, budget: 10}", false),
                Arguments.of("{$expr: {$eq: [{$toLower: '$code'}, 'cstđ']}}", "{code: 'CSTđ'}", true),
                Arguments.of("{a: {$elemMatch: {$expr: {$eq: ['$x', '$y']}}}}", "{a: [{x: 1, y: 2}, {x: 3, y: 3}]}", true),
                // DBRef-like documents are values
                Arguments.of("{r: {$ref: 'c', $id: 1}}", "{r: {$ref: 'c', $id: 1}}", true),
                Arguments.of("{'': 1}", "{'': 1}", true),
                Arguments.of("{'': 1}", "{a: 1}", false),
                Arguments.of("{}", "{a: 1}", true));
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @MethodSource("cases")
    void matches(String filter, String doc, boolean expected) {
        assertThat(Filter.parse(d(filter)).matches(d(doc))).isEqualTo(expected);
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("{$foo: 1}", 2),
                Arguments.of("{a: {$foo: 1}}", 2),
                Arguments.of("{$and: []}", 2),
                Arguments.of("{$or: [1]}", 2),
                Arguments.of("{a: {$in: 1}}", 2),
                Arguments.of("{a: {$nin: {}}}", 2),
                Arguments.of("{a: {$type: 'foo'}}", 2),
                Arguments.of("{a: {$type: 99}}", 2),
                Arguments.of("{a: {$size: -1}}", 2),
                Arguments.of("{a: {$size: 1.5}}", 2),
                Arguments.of("{a: {$not: 1}}", 2),
                Arguments.of("{a: {$not: {}}}", 2),
                Arguments.of("{a: {$options: 'i'}}", 2),
                Arguments.of("{a: {$regex: /x/i, $options: 'm'}}", 2),
                Arguments.of("{a: {$regex: '('}}", 51091),
                Arguments.of("{a: {$elemMatch: 1}}", 2),
                Arguments.of("{a: {$mod: [0, 1]}}", 2),
                Arguments.of("{a: {$all: 1}}", 2),
                Arguments.of("{$expr: {$nope: 1}}", 168),
                Arguments.of("{$where: 'true'}", 2));
    }

    @ParameterizedTest(name = "{0} -> code {1}")
    @MethodSource("errors")
    void rejects(String filter, int code) {
        assertThatThrownBy(() -> Filter.parse(d(filter)))
                .isInstanceOf(MongoError.class)
                .satisfies(e -> assertThat(((MongoError) e).code()).isEqualTo(code));
    }

    @Test
    void positionalIndexIsTheFirstMatchingElement() {
        assertThat(Filter.parse(d("{a: 2}")).matchedArrayIndex(d("{a: [1, 2, 2]}"))).hasValue(1);
        assertThat(Filter.parse(d("{'a.b': {$gt: 1}}")).matchedArrayIndex(d("{a: [{b: 1}, {b: 5}]}"))).hasValue(1);
        assertThat(Filter.parse(d("{a: {$elemMatch: {b: 2}}}")).matchedArrayIndex(d("{a: [{b: 1}, {b: 2}]}"))).hasValue(1);
        assertThat(Filter.parse(d("{x: 1, a: 3}")).matchedArrayIndex(d("{x: 1, a: [3]}"))).hasValue(0);
        assertThat(Filter.parse(d("{$or: [{a: 9}, {a: 3}]}")).matchedArrayIndex(d("{a: [1, 3]}"))).hasValue(1);
        assertThat(Filter.parse(d("{a: [1, 2]}")).matchedArrayIndex(d("{a: [1, 2]}"))).isEmpty();
        assertThat(Filter.parse(d("{x: 1}")).matchedArrayIndex(d("{x: 1}"))).isEmpty();
        assertThat(Filter.parse(d("{a: 9}")).matchedArrayIndex(d("{a: [1]}"))).isEmpty();
    }

    @Test
    void equalityFieldsSeedUpserts() {
        Filter f = Filter.parse(d("{a: 1, 'b.c': 'x', d: {$eq: 2}, e: {$gt: 1}, f: /re/, "
                + "$and: [{g: 3}, {h: {$in: [1]}}], $or: [{i: 1}]}"));
        assertThat(f.equalityFields()).isEqualTo(d("{a: 1, 'b.c': 'x', d: 2, g: 3}"));
    }

    @Test
    void emptyAndAllMatchEverything() {
        assertThat(Filter.all().matches(d("{a: 1}"))).isTrue();
        assertThat(Filter.parse(new BsonDocument()).matches(new BsonDocument())).isTrue();
    }
}
