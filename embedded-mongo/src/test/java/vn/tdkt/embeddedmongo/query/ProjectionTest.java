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

class ProjectionTest {

    static final String DOC = "{_id: 1, a: 1, b: {c: 2, d: 3}, e: [{f: 1, g: 2}, {f: 3}, 7], h: [1, 2, 3, 4, 5], "
            + "t: 'Chiến sĩ thi đua cơ sở'}";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("{}", DOC),
                Arguments.of("{a: 1}", "{_id: 1, a: 1}"),
                Arguments.of("{_id: 1}", "{_id: 1}"),
                Arguments.of("{a: true, _id: 0}", "{a: 1}"),
                Arguments.of("{_id: 0}", "{a: 1, b: {c: 2, d: 3}, e: [{f: 1, g: 2}, {f: 3}, 7], h: [1, 2, 3, 4, 5], "
                        + "t: 'Chiến sĩ thi đua cơ sở'}"),
                Arguments.of("{'b.c': 1}", "{_id: 1, b: {c: 2}}"),
                Arguments.of("{b: {c: 1}}", "{_id: 1, b: {c: 2}}"),
                Arguments.of("{'e.f': 1}", "{_id: 1, e: [{f: 1}, {f: 3}]}"),
                Arguments.of("{'a.x': 1}", "{_id: 1}"),
                Arguments.of("{t: 1, _id: 0}", "{t: 'Chiến sĩ thi đua cơ sở'}"),
                Arguments.of("{b: 0, e: 0, h: 0, t: 0}", "{_id: 1, a: 1}"),
                Arguments.of("{'b.c': 0, e: 0, h: 0, t: 0, _id: 0}", "{a: 1, b: {d: 3}}"),
                Arguments.of("{'e.g': 0, b: 0, h: 0, t: 0}", "{_id: 1, a: 1, e: [{f: 1}, {f: 3}, 7]}"),
                Arguments.of("{a: 0, _id: 1, b: 0, e: 0, t: 0}", "{_id: 1, h: [1, 2, 3, 4, 5]}"),
                Arguments.of("{h: {$slice: 2}, a: 1}", "{_id: 1, a: 1, h: [1, 2]}"),
                Arguments.of("{h: {$slice: -2}, _id: 0, a: 1}", "{a: 1, h: [4, 5]}"),
                Arguments.of("{h: {$slice: [1, 2]}, a: 1}", "{_id: 1, a: 1, h: [2, 3]}"),
                Arguments.of("{h: {$slice: [-2, 5]}, a: 1}", "{_id: 1, a: 1, h: [4, 5]}"),
                Arguments.of("{h: {$slice: 1}, b: 0, e: 0, t: 0}", "{_id: 1, a: 1, h: [1]}"),
                Arguments.of("{e: {$elemMatch: {f: 3}}}", "{_id: 1, e: [{f: 3}]}"),
                Arguments.of("{h: {$elemMatch: {$gt: 3}}, a: 1}", "{_id: 1, a: 1, h: [4]}"),
                Arguments.of("{e: {$elemMatch: {f: 99}}}", "{_id: 1}"),
                // computed fields (MongoDB 4.4+) are evaluated like the aggregation $project
                Arguments.of("{c: '$b.c', k: 'hằng số', _id: 0}", "{c: 2, k: 'hằng số'}"),
                Arguments.of("{a: 1, n: {$size: '$h'}}", "{_id: 1, a: 1, n: 5}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void projects(String projection, String expected) {
        assertThat(Projection.parse(BsonDocument.parse(projection)).apply(BsonDocument.parse(DOC)))
                .isEqualTo(BsonDocument.parse(expected));
    }

    @Test
    void positionalUsesTheQuery() {
        Filter filter = Filter.parse(BsonDocument.parse("{h: {$gte: 3}}"));
        Projection p = Projection.parse(BsonDocument.parse("{'h.$': 1}"), filter);
        assertThat(p.apply(BsonDocument.parse(DOC))).isEqualTo(BsonDocument.parse("{_id: 1, h: [3]}"));
        Filter byField = Filter.parse(BsonDocument.parse("{'e.f': 3}"));
        assertThat(Projection.parse(BsonDocument.parse("{'e.$': 1}"), byField).apply(BsonDocument.parse(DOC)))
                .isEqualTo(BsonDocument.parse("{_id: 1, e: [{f: 3}]}"));
    }

    @Test
    void mixingInclusionAndExclusionFails() {
        assertThatThrownBy(() -> Projection.parse(BsonDocument.parse("{a: 1, b: 0}")))
                .isInstanceOfSatisfying(MongoError.class, e -> assertThat(e.code()).isEqualTo(31254));
        assertThatThrownBy(() -> Projection.parse(BsonDocument.parse("{a: 0, b: 1}")))
                .isInstanceOfSatisfying(MongoError.class, e -> assertThat(e.code()).isEqualTo(31253));
        assertThatThrownBy(() -> Projection.parse(BsonDocument.parse("{a: 1, 'a.b': 1}")))
                .isInstanceOfSatisfying(MongoError.class, e -> assertThat(e.code()).isEqualTo(31249));
        assertThat(Projection.parse(BsonDocument.parse("{a: 1, _id: 0}")).isInclusion()).isTrue();
        assertThatThrownBy(() -> Projection.parse(BsonDocument.parse("{a: '$x', h: {$slice: 1}}")))
                .isInstanceOfSatisfying(MongoError.class, e -> assertThat(e.code()).isEqualTo(2));
        assertThat(Projection.parse(BsonDocument.parse("{a: 0, _id: 1}")).isInclusion()).isFalse();
    }
}
