package vn.tdkt.embeddedmongo.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.embeddedmongo.error.MongoError;

class ExpressionTest {

    static final String DOC = "{_id: 1, a: 5, b: 2, s: 'Chiến sĩ thi đua cơ sở', n: null, "
            + "arr: [1, 2, 3, 4], docs: [{x: 1}, {x: 2}, {y: 3}], sub: {c: 'x', d: {e: 7}}, "
            + "l: {$numberLong: '3'}, f: 1.5, dt: {$date: '2024-03-15T10:20:30.123Z'}, t: true}";

    static BsonValue eval(String expression, String doc) {
        BsonValue spec = BsonDocument.parse("{e: " + expression + "}").get("e");
        return Expressions.parse(spec).evaluate(Vars.of(BsonDocument.parse(doc)));
    }

    static BsonValue v(String json) {
        return json == null ? null : BsonDocument.parse("{v: " + json + "}").get("v");
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // paths and variables
                Arguments.of("'$a'", "5"),
                Arguments.of("'$sub.d.e'", "7"),
                Arguments.of("'$docs.x'", "[1, 2]"),
                Arguments.of("'$missing'", null),
                Arguments.of("'$$ROOT.sub.c'", "'x'"),
                Arguments.of("'$$CURRENT.a'", "5"),
                Arguments.of("'$$REMOVE'", null),
                Arguments.of("{$literal: '$a'}", "'$a'"),
                Arguments.of("'plain'", "'plain'"),
                Arguments.of("{k: '$a', m: '$missing'}", "{k: 5}"),
                Arguments.of("['$a', '$missing']", "[5, null]"),
                // arithmetic
                Arguments.of("{$add: ['$a', '$b', 1]}", "8"),
                Arguments.of("{$add: ['$a', '$l']}", "{$numberLong: '8'}"),
                Arguments.of("{$add: ['$a', '$f']}", "6.5"),
                Arguments.of("{$add: [2147483647, 1]}", "{$numberLong: '2147483648'}"),
                Arguments.of("{$add: ['$a', '$missing']}", "null"),
                Arguments.of("{$add: ['$dt', 1000]}", "{$date: '2024-03-15T10:20:31.123Z'}"),
                Arguments.of("{$subtract: ['$a', '$b']}", "3"),
                Arguments.of("{$subtract: ['$dt', {$date: '2024-03-15T10:20:30.000Z'}]}", "{$numberLong: '123'}"),
                Arguments.of("{$multiply: ['$a', '$b', '$f']}", "15.0"),
                Arguments.of("{$divide: ['$a', '$b']}", "2.5"),
                Arguments.of("{$divide: [6, 3]}", "2.0"),
                Arguments.of("{$mod: ['$a', '$b']}", "1"),
                Arguments.of("{$abs: -3}", "3"),
                Arguments.of("{$ceil: 1.2}", "2.0"),
                Arguments.of("{$floor: '$a'}", "5"),
                Arguments.of("{$round: [2.5]}", "2.0"),
                Arguments.of("{$round: [3.14159, 2]}", "3.14"),
                Arguments.of("{$round: [1250, -2]}", "1200"),
                Arguments.of("{$trunc: [-2.7]}", "-2.0"),
                Arguments.of("{$pow: [2, 10]}", "1024"),
                Arguments.of("{$pow: [2, -1]}", "0.5"),
                Arguments.of("{$sqrt: 16}", "4.0"),
                Arguments.of("{$abs: '$n'}", "null"),
                // comparison and logic
                Arguments.of("{$eq: ['$a', 5.0]}", "true"),
                Arguments.of("{$eq: ['$missing', null]}", "false"),
                Arguments.of("{$ne: ['$a', 4]}", "true"),
                Arguments.of("{$gt: ['$s', 5]}", "true"),
                Arguments.of("{$lt: ['$n', '$a']}", "true"),
                Arguments.of("{$gte: ['$a', 5]}", "true"),
                Arguments.of("{$lte: ['$a', 4]}", "false"),
                Arguments.of("{$cmp: ['$a', '$b']}", "1"),
                Arguments.of("{$cmp: ['Chiến', 'Chien']}", "1"),
                Arguments.of("{$and: ['$t', 1, 'x']}", "true"),
                Arguments.of("{$and: ['$t', 0]}", "false"),
                Arguments.of("{$or: ['$n', '$missing', false]}", "false"),
                Arguments.of("{$or: [[], false]}", "true"),
                Arguments.of("{$not: ['$n']}", "true"),
                Arguments.of("{$cond: [{$gt: ['$a', 3]}, 'big', 'small']}", "'big'"),
                Arguments.of("{$cond: {if: '$n', then: 1, else: 2}}", "2"),
                Arguments.of("{$ifNull: ['$n', '$missing', 'd']}", "'d'"),
                Arguments.of("{$ifNull: ['$a', 'd']}", "5"),
                // strings
                Arguments.of("{$concat: ['$s', ' - ', '$sub.c']}", "'Chiến sĩ thi đua cơ sở - x'"),
                Arguments.of("{$concat: ['a', '$missing']}", "null"),
                Arguments.of("{$toUpper: 'abc đua'}", "'ABC đUA'"), // ASCII only, as the server
                Arguments.of("{$toLower: 'ABC'}", "'abc'"),
                Arguments.of("{$toLower: '$n'}", "''"),
                Arguments.of("{$toUpper: 5}", "'5'"),
                Arguments.of("{$strLenCP: '$s'}", "22"),
                Arguments.of("{$substrCP: ['$s', 0, 8]}", "'Chiến sĩ'"),
                Arguments.of("{$substrCP: ['$s', 9, 100]}", "'thi đua cơ sở'"),
                Arguments.of("{$split: ['$s', ' ']}", "['Chiến', 'sĩ', 'thi', 'đua', 'cơ', 'sở']"),
                Arguments.of("{$split: ['$n', ' ']}", "null"),
                // arrays
                Arguments.of("{$size: '$arr'}", "4"),
                Arguments.of("{$arrayElemAt: ['$arr', 1]}", "2"),
                Arguments.of("{$arrayElemAt: ['$arr', -1]}", "4"),
                Arguments.of("{$arrayElemAt: ['$arr', 10]}", null),
                Arguments.of("{$in: [2.0, '$arr']}", "true"),
                Arguments.of("{$in: ['$missing', [null]]}", "false"),
                Arguments.of("{$filter: {input: '$arr', cond: {$gt: ['$$this', 2]}}}", "[3, 4]"),
                Arguments.of("{$filter: {input: '$arr', as: 'x', cond: {$lt: ['$$x', 3]}, limit: 1}}", "[1]"),
                Arguments.of("{$map: {input: '$docs', as: 'd', in: {$ifNull: ['$$d.x', 0]}}}", "[1, 2, 0]"),
                Arguments.of("{$map: {input: '$arr', in: {$multiply: ['$$this', '$b']}}}", "[2, 4, 6, 8]"),
                Arguments.of("{$map: {input: '$missing', in: 1}}", "null"),
                Arguments.of("{$concatArrays: ['$arr', [5]]}", "[1, 2, 3, 4, 5]"),
                Arguments.of("{$isArray: '$arr'}", "true"),
                Arguments.of("{$substr: ['$s', 0, 7]}", "'Chiến'"),
                Arguments.of("{$substrBytes: ['abc', 1, 5]}", "'bc'"),
                Arguments.of("{$strLenBytes: 'sĩ'}", "3"),
                Arguments.of("{$switch: {branches: [{case: {$lt: ['$a', 3]}, then: 'nhỏ'}, {case: {$lt: ['$a', 9]}, "
                        + "then: 'vừa'}], default: 'lớn'}}", "'vừa'"),
                Arguments.of("{$let: {vars: {x: {$add: ['$a', 1]}}, in: {$multiply: ['$$x', '$$x']}}}", "36"),
                Arguments.of("{$sum: '$arr'}", "10"),
                Arguments.of("{$sum: ['$a', '$b', 's']}", "7"),
                Arguments.of("{$avg: '$arr'}", "2.5"),
                Arguments.of("{$max: '$arr'}", "4"),
                Arguments.of("{$min: ['$a', '$b']}", "2"),
                Arguments.of("{$trim: {input: '  Đua \t'}}", "'Đua'"),
                Arguments.of("{$ltrim: {input: 'xxĐuax', chars: 'x'}}", "'Đuax'"),
                Arguments.of("{$indexOfCP: ['$s', 'thi']}", "9"),
                Arguments.of("{$indexOfCP: ['$s', 'zzz']}", "-1"),
                Arguments.of("{$strcasecmp: ['ABC', 'abc']}", "0"),
                Arguments.of("{$regexMatch: {input: '$s', regex: 'THI ĐUA', options: 'i'}}", "true"),
                Arguments.of("{$regexMatch: {input: '$s', regex: /^sĩ/}}", "false"),
                Arguments.of("{$slice: ['$arr', 2]}", "[1, 2]"),
                Arguments.of("{$slice: ['$arr', -1]}", "[4]"),
                Arguments.of("{$slice: ['$arr', 1, 2]}", "[2, 3]"),
                Arguments.of("{$reverseArray: '$arr'}", "[4, 3, 2, 1]"),
                Arguments.of("{$range: [0, 6, 2]}", "[0, 2, 4]"),
                Arguments.of("{$reduce: {input: '$arr', initialValue: 0, in: {$add: ['$$value', '$$this']}}}", "10"),
                Arguments.of("{$mergeObjects: ['$sub', {c: 'y', z: 1}, '$missing']}", "{c: 'y', d: {e: 7}, z: 1}"),
                Arguments.of("{$toInt: '42'}", "42"),
                Arguments.of("{$toDate: '2024-03-15T10:20:30.123Z'}", "{$date: '2024-03-15T10:20:30.123Z'}"),
                Arguments.of("{$toObjectId: '65f43a8c1c2b3d4e5f607182'}", "{$oid: '65f43a8c1c2b3d4e5f607182'}"),
                Arguments.of("{$toBool: 0}", "false"),
                Arguments.of("{$toDecimal: '1.5'}", "{$numberDecimal: '1.5'}"),
                Arguments.of("{$convert: {input: 'abc', to: 'int', onError: -1}}", "-1"),
                Arguments.of("{$convert: {input: '$missing', to: 'int', onNull: 0}}", "0"),
                Arguments.of("{$convert: {input: '7', to: 18}}", "{$numberLong: '7'}"),
                // types and dates
                Arguments.of("{$toString: '$a'}", "'5'"),
                Arguments.of("{$toString: '$f'}", "'1.5'"),
                Arguments.of("{$toString: '$dt'}", "'2024-03-15T10:20:30.123Z'"),
                Arguments.of("{$toString: {$oid: '65f43a8c1c2b3d4e5f607182'}}", "'65f43a8c1c2b3d4e5f607182'"),
                Arguments.of("{$toString: '$missing'}", "null"),
                Arguments.of("{$type: '$missing'}", "'missing'"),
                Arguments.of("{$type: '$l'}", "'long'"),
                Arguments.of("{$year: '$dt'}", "2024"),
                Arguments.of("{$month: '$dt'}", "3"),
                Arguments.of("{$dayOfMonth: '$dt'}", "15"),
                Arguments.of("{$hour: {date: '$dt', timezone: 'Asia/Ho_Chi_Minh'}}", "17"),
                Arguments.of("{$dayOfWeek: '$dt'}", "6"),
                Arguments.of("{$year: '$n'}", "null"),
                Arguments.of("{$dateToString: {date: '$dt'}}", "'2024-03-15T10:20:30.123Z'"),
                Arguments.of("{$dateToString: {date: '$dt', format: '%d/%m/%Y %H:%M'}}", "'15/03/2024 10:20'"),
                Arguments.of("{$dateToString: {date: '$dt', format: '%Y-%m-%d %H:%M:%S %z', timezone: '+07:00'}}",
                        "'2024-03-15 17:20:30 +0700'"),
                Arguments.of("{$dateToString: {date: '$missing', onNull: 'không có'}}", "'không có'"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("cases")
    void evaluates(String expression, String expected) {
        assertThat(eval(expression, DOC)).isEqualTo(v(expected));
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("{$foo: 1}", 168),
                Arguments.of("{$add: ['$s', 1]}", 16554),
                Arguments.of("{$divide: [1, 0]}", 16608),
                Arguments.of("{$mod: [1, 0]}", 16610),
                Arguments.of("{$concat: ['a', 1]}", 16702),
                Arguments.of("{$size: '$a'}", 17124),
                Arguments.of("{$size: '$missing'}", 17124),
                Arguments.of("{$strLenCP: 1}", 34471),
                Arguments.of("{$arrayElemAt: ['$a', 0]}", 28689),
                Arguments.of("{$in: [1, '$a']}", 40081),
                Arguments.of("{$filter: {input: '$a', cond: true}}", 28651),
                Arguments.of("{$map: {input: '$a', in: 1}}", 16883),
                Arguments.of("{$year: '$s'}", 16006),
                Arguments.of("{$eq: [1]}", 16020),
                Arguments.of("{$add: 1, $sub: 2}", 15983),
                Arguments.of("'$a..b'", 15998),
                Arguments.of("'$a.$b'", 16410),
                Arguments.of("'$$undefinedVar'", 17276),
                Arguments.of("{$cond: {if: 1, then: 2}}", 17082),
                Arguments.of("{$dateToString: {date: '$dt', format: '%Q'}}", 18536),
                Arguments.of("{$hour: {date: '$dt', timezone: 'Mars/Base'}}", 40485),
                Arguments.of("{$substrBytes: ['$s', 0, 4]}", 28657),
                Arguments.of("{$switch: {branches: [{case: false, then: 1}]}}", 40066),
                Arguments.of("{$toInt: 'abc'}", 241),
                Arguments.of("{$convert: {input: 1, to: 'nope'}}", 2));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("errors")
    void fails(String expression, int code) {
        assertThatThrownBy(() -> eval(expression, DOC))
                .isInstanceOfSatisfying(MongoError.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void unknownOperatorIsInvalidPipelineOperator() {
        assertThatThrownBy(() -> eval("{$bogus: 1}", DOC))
                .isInstanceOfSatisfying(MongoError.class, e -> {
                    assertThat(e.codeName()).isEqualTo("InvalidPipelineOperator");
                    assertThat(e.getMessage()).contains("$bogus");
                });
    }
}
