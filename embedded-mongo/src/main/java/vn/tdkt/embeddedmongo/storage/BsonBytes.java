package vn.tdkt.embeddedmongo.storage;

import java.nio.ByteBuffer;
import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.BsonDocument;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.RawBsonDocumentCodec;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.io.BasicOutputBuffer;

/** Conversions between BSON bytes, read-only raw documents and mutable documents. */
public final class BsonBytes {

    private static final BsonDocumentCodec CODEC = new BsonDocumentCodec();
    /**
     * Writes raw documents nested anywhere (the stored documents in a reply's batch) by copying their
     * bytes; the default registry would decode each one into a BsonDocument and encode it again.
     */
    private static final BsonDocumentCodec WRITER = new BsonDocumentCodec(CodecRegistries.fromRegistries(
            CodecRegistries.fromCodecs(new RawBsonDocumentCodec()), CODEC.getCodecRegistry()));

    private BsonBytes() {
    }

    public static byte[] toBytes(BsonDocument document) {
        if (document instanceof RawBsonDocument raw) {
            var buf = raw.getByteBuffer();
            byte[] out = new byte[buf.remaining()];
            buf.get(out);
            return out;
        }
        BasicOutputBuffer out = new BasicOutputBuffer(256);
        try (BsonBinaryWriter writer = new BsonBinaryWriter(out)) {
            WRITER.encode(writer, document, EncoderContext.builder().build());
        }
        return out.toByteArray();
    }

    /** A mutable copy: raw documents are immutable, and update code edits in place. */
    public static BsonDocument mutable(BsonDocument document) {
        if (!(document instanceof RawBsonDocument raw)) {
            return document;
        }
        var buf = raw.getByteBuffer().asNIO();
        try (BsonBinaryReader reader = new BsonBinaryReader(buf)) {
            return CODEC.decode(reader, DecoderContext.builder().build());
        }
    }

    public static BsonDocument decode(ByteBuffer buffer) {
        try (BsonBinaryReader reader = new BsonBinaryReader(buffer)) {
            return CODEC.decode(reader, DecoderContext.builder().build());
        }
    }

    public static int size(BsonDocument document) {
        if (document instanceof RawBsonDocument raw) {
            return raw.getByteBuffer().remaining();
        }
        return toBytes(document).length;
    }
}
