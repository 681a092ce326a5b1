package vn.tdkt.embeddedmongo.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;
import vn.tdkt.embeddedmongo.error.MongoError;

class SortSpecTest {

    static List<String> sorted(String spec, String... docs) {
        List<BsonDocument> list = new ArrayList<>();
        for (String d : docs) {
            list.add(BsonDocument.parse(d));
        }
        list.sort(SortSpec.parse(BsonDocument.parse(spec)).comparator());
        return list.stream().map(d -> d.toJson().replace("\"", "").replace(" ", "")).toList();
    }

    @Test
    void arraysSortByMinAscendingAndMaxDescending() {
        // the server's documented order (DOCS-2760)
        assertThat(sorted("{a: 1}", "{}", "{a: 1}", "{a: []}", "{a: [1]}", "{a: [0, 1]}"))
                .containsExactly("{a:[]}", "{}", "{a:[0,1]}", "{a:1}", "{a:[1]}");
        assertThat(sorted("{a: -1}", "{}", "{a: 1}", "{a: []}", "{a: [1]}", "{a: [0, 1]}"))
                .containsExactly("{a:1}", "{a:[1]}", "{a:[0,1]}", "{}", "{a:[]}");
    }

    @Test
    void crossTypeAndMissing() {
        assertThat(sorted("{a: 1}", "{a: 'x'}", "{a: 2}", "{a: null}", "{b: 1}", "{a: {c: 1}}", "{a: true}"))
                .containsExactly("{a:null}", "{b:1}", "{a:2}", "{a:x}", "{a:{c:1}}", "{a:true}");
    }

    @Test
    void compoundAndDottedKeys() {
        assertThat(sorted("{'a.b': 1, c: -1}", "{a: {b: 2}, c: 1}", "{a: {b: 1}, c: 1}", "{a: {b: 1}, c: 2}",
                "{a: [{b: 0}, {b: 9}], c: 0}"))
                .containsExactly("{a:[{b:0},{b:9}],c:0}", "{a:{b:1},c:2}", "{a:{b:1},c:1}", "{a:{b:2},c:1}");
    }

    @Test
    void vietnameseByUtf8Bytes() {
        assertThat(sorted("{t: 1}", "{t: 'Đua'}", "{t: 'Chiến sĩ'}", "{t: 'Chien'}", "{t: 'Ánh'}"))
                .containsExactly("{t:Chien}", "{t:Chiếnsĩ}", "{t:Ánh}", "{t:Đua}");
    }

    @Test
    void keysAndErrors() {
        SortSpec s = SortSpec.parse(BsonDocument.parse("{a: 1, 'b.c': -1.0}"));
        assertThat(s.keys()).containsExactly(new SortSpec.SortKey("a", 1), new SortSpec.SortKey("b.c", -1));
        assertThat(SortSpec.parse(new BsonDocument()).isEmpty()).isTrue();
        assertThat(SortSpec.parse(null).isEmpty()).isTrue();
        assertThatThrownBy(() -> SortSpec.parse(BsonDocument.parse("{a: 2}")))
                .isInstanceOf(MongoError.class).hasMessageContaining("must be 1");
    }
}
