package vn.tdkt.embeddedmongo.storage;

import java.nio.ByteBuffer;
import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.BsonDocument;
import org.bson.BsonReader;
import org.bson.BsonWriter;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecProvider;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.io.BasicOutputBuffer;

/** Conversions between BSON bytes, read-only raw documents and mutable documents. */
public final class BsonBytes {

    private static final BsonDocumentCodec CODEC = new BsonDocumentCodec();
    /**
     * Encodes documents whose nested documents may be raw (the stored documents in a reply's batch).
     * The BSON codecs pick a nested value's codec by its BSON type, so a raw document would be
     * decoded to a BsonDocument and encoded again; {@link CopyingDocumentCodec} copies its bytes.
     */
    private static final Codec<BsonDocument> WRITER = CodecRegistries.fromRegistries(
            CodecRegistries.fromProviders(new CodecProvider() {
                @Override
                @SuppressWarnings("unchecked")
                public <T> Codec<T> get(Class<T> type, CodecRegistry registry) {
                    return type == BsonDocument.class ? (Codec<T>) new CopyingDocumentCodec(registry) : null;
                }
            }),
            CODEC.getCodecRegistry()).get(BsonDocument.class);

    /** Writes a raw document by copying its bytes, any other document field by field. */
    private static final class CopyingDocumentCodec implements Codec<BsonDocument> {

        private final BsonDocumentCodec fields;

        CopyingDocumentCodec(CodecRegistry registry) {
            this.fields = new BsonDocumentCodec(registry);
        }

        @Override
        public void encode(BsonWriter writer, BsonDocument value, EncoderContext context) {
            if (value instanceof RawBsonDocument raw) {
                try (BsonBinaryReader reader = new BsonBinaryReader(raw.getByteBuffer().asNIO())) {
                    writer.pipe(reader);
                }
            } else {
                fields.encode(writer, value, context);
            }
        }

        @Override
        public BsonDocument decode(BsonReader reader, DecoderContext context) {
            return fields.decode(reader, context);
        }

        @Override
        public Class<BsonDocument> getEncoderClass() {
            return BsonDocument.class;
        }
    }

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
