package vn.tdkt.embeddedmongo.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.junit.jupiter.api.Test;

class BsonBytesTest {

    private static RawBsonDocument stored(int id) {
        return new RawBsonDocument(new BsonDocument("_id", new BsonInt32(id)).append("tên", new BsonString("Đơn vị " + id))
                .append("tags", new BsonArray(List.of(new BsonString("a"), new BsonDocument("x", new BsonInt32(1))))),
                new BsonDocumentCodec());
    }

    @Test
    void aReplyWithRawDocumentsEncodesToTheSameBytesAsItsDecodedForm() {
        BsonDocument reply = new BsonDocument("cursor", new BsonDocument("firstBatch", new BsonArray(List.of(stored(1), stored(2))))
                .append("id", new BsonInt64(0)).append("ns", new BsonString("db.đơn_vị")))
                .append("ok", new BsonInt32(1));
        BsonDocument decoded = new BsonDocument("cursor", new BsonDocument("firstBatch",
                new BsonArray(List.of(BsonBytes.mutable(stored(1)), BsonBytes.mutable(stored(2)))))
                .append("id", new BsonInt64(0)).append("ns", new BsonString("db.đơn_vị")))
                .append("ok", new BsonInt32(1));

        byte[] bytes = BsonBytes.toBytes(reply);

        assertThat(bytes).isEqualTo(BsonBytes.toBytes(decoded));
        assertThat(new RawBsonDocument(bytes)).isEqualTo(decoded);
    }

    @Test
    void storedDocumentsInAReplyAreCopiedNotReEncoded() {
        // Duplicate keys survive only a byte copy: decoding keeps one of them.
        RawBsonDocument twice = new RawBsonDocument(new byte[] {
                19, 0, 0, 0, 16, 'a', 0, 1, 0, 0, 0, 16, 'a', 0, 2, 0, 0, 0, 0});
        BsonDocument reply = new BsonDocument("cursor", new BsonDocument("firstBatch", new BsonArray(List.of(twice))))
                .append("ok", new BsonInt32(1));

        byte[] bytes = BsonBytes.toBytes(reply);

        assertThat(indexOf(bytes, twice.getByteBuffer().array())).isPositive();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (java.util.Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aRawDocumentIsCopiedAsItIs() {
        RawBsonDocument raw = stored(7);
        byte[] bytes = BsonBytes.toBytes(raw);
        assertThat(bytes).isEqualTo(BsonBytes.toBytes(BsonBytes.mutable(raw)));
        assertThat(new RawBsonDocument(bytes)).isEqualTo(raw);
        assertThat(BsonBytes.size(raw)).isEqualTo(raw.getByteBuffer().remaining());
    }
}
