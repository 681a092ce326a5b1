package vn.tdkt.embeddedmongo.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.junit.jupiter.api.Test;

class BoundsTest {

    static Filter f(String json) {
        return Filter.parse(BsonDocument.parse(json));
    }

    static List<BsonValue> ints(int... values) {
        return java.util.Arrays.stream(values).<BsonValue>mapToObj(BsonInt32::new).toList();
    }

    @Test
    void equalityAndInArePoints() {
        assertThat(f("{a: 5}").bounds("a")).contains(new Bounds(ints(5), null, false, null, false));
        assertThat(f("{a: {$eq: 5}}").bounds("a").orElseThrow().points()).isEqualTo(ints(5));
        assertThat(f("{a: {$in: [3, 1, 2, 1.0]}}").bounds("a").orElseThrow().points()).isEqualTo(ints(1, 2, 3));
        assertThat(f("{'a.b': 'Chiến sĩ'}").bounds("a.b").orElseThrow().points()).containsExactly(new BsonString("Chiến sĩ"));
    }

    @Test
    void comparisonsAreRangesClosedAtTheTypeBracket() {
        Bounds b = f("{a: {$gte: 1, $lt: 9}}").bounds("a", false).orElseThrow();
        assertThat(b).isEqualTo(new Bounds(null, new BsonInt32(1), true, new BsonInt32(9), false));
        Bounds gt = f("{a: {$gt: 5}}").bounds("a").orElseThrow();
        assertThat(gt).isEqualTo(new Bounds(null, new BsonInt32(5), false, new BsonDouble(Double.POSITIVE_INFINITY), true));
        Bounds lt = f("{a: {$lt: 'm'}}").bounds("a").orElseThrow();
        assertThat(lt).isEqualTo(new Bounds(null, new BsonString(""), true, new BsonString("m"), false));
    }

    @Test
    void multikeySafeBoundsDoNotIntersectSeparateOperators() {
        // {a: [1, 10]} matches {a: {$gt: 5, $lt: 3}}, so a multikey scan must not use the empty intersection
        Filter filter = f("{a: {$gt: 5, $lt: 3}}");
        Bounds safe = filter.bounds("a").orElseThrow();
        assertThat(BoundsBuilder.contains(safe, new BsonInt32(10))).isTrue();
        assertThat(filter.matches(BsonDocument.parse("{a: [1, 10]}"))).isTrue();
        Bounds tight = filter.bounds("a", false).orElseThrow();
        assertThat(BoundsBuilder.contains(tight, new BsonInt32(10))).isFalse();
        // points win over ranges
        assertThat(f("{a: {$gt: 0}, $and: [{a: 4}]}").bounds("a").orElseThrow().points()).isEqualTo(ints(4));
        assertThat(f("{a: {$in: [1, 4, 7]}, $and: [{a: {$gt: 3}}]}").bounds("a", false).orElseThrow().points())
                .isEqualTo(ints(4, 7));
    }

    @Test
    void elemMatchValueIntersectsItsOwnOperators() {
        assertThat(f("{a: {$elemMatch: {$gte: 1, $lt: 9}}}").bounds("a"))
                .contains(new Bounds(null, new BsonInt32(1), true, new BsonInt32(9), false));
    }

    @Test
    void unusableConstraintsGiveNoBounds() {
        for (String q : List.of("{a: null}", "{a: {$exists: false}}", "{a: {$ne: 1}}", "{a: {$nin: [1]}}",
                "{a: /x/}", "{a: {$in: [1, null]}}", "{a: {$in: [1, /x/]}}", "{a: [1, 2]}", "{a: {$not: {$gt: 1}}}",
                "{$or: [{a: 1}, {a: 2}]}", "{$nor: [{a: 1}]}", "{b: 1}", "{a: {$type: 'int'}}", "{a: {$gte: null}}",
                "{a: {$gt: NaN}}", "{'a.b': 1}")) {
            assertThat(f(q).bounds("a")).as(q).isEmpty();
        }
    }

    @Test
    void andMembersCount() {
        assertThat(f("{$and: [{a: 2}, {b: 1}]}").bounds("a").orElseThrow().points()).isEqualTo(ints(2));
    }
}
