package vn.tdkt.embeddedmongo.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

class EngineTest {

    @Test
    void inMemoryModeIsATemporaryFolderDeletedOnClose() {
        Engine engine = Engine.open(null, false);
        Path dir = engine.directory();
        assertThat(engine.temporary()).isTrue();
        CollectionStore c = engine.catalog().getOrCreate("db.c");
        c.insert(List.of(BsonDocument.parse("{_id: 1, t: 'Thi đua'}")), true);
        assertThat(c.findById(new org.bson.BsonInt32(1)).getString("t").getValue()).isEqualTo("Thi đua");
        assertThat(dir).exists();
        engine.close();
        assertThat(dir).doesNotExist();
    }
}
