package vn.tdkt.support.bson;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.bson.BsonBinaryWriter;
import org.bson.BsonSerializationException;
import org.bson.RawBsonDocument;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.ObjectId;
import vn.tdkt.support.outbox.PendingEvent;

/**
 * Writes a document straight to BSON bytes the way Spring Data's converter stores it with the driver's native
 * java.time codecs: fields in the order written, nulls left out, empty lists kept, enums by name, instants as
 * dates in milliseconds, dates as their UTC midnight.
 *
 * <p>For bulk imports only, where mapping each document through the converter cost more than reading and
 * checking it; each user holds its encoder byte-equal to the converter's output in a test, so the two cannot
 * drift apart. Strings go through the JDK's UTF-8 encoder (the driver's buffer writes them a byte at a time);
 * text read from a checked UTF-8 file has no lone surrogates, the one case where the two would differ.
 */
public final class DirectBson {

    private final BsonBinaryWriter writer;

    private DirectBson(BsonBinaryWriter writer) {
        this.writer = writer;
    }

    /** A top-level document whose fields {@code body} writes. */
    public static RawBsonDocument document(Consumer<DirectBson> body) {
        BasicOutputBuffer buffer = new Utf8Buffer();
        try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
            writer.writeStartDocument();
            body.accept(new DirectBson(writer));
            writer.writeEndDocument();
        }
        return new RawBsonDocument(buffer.toByteArray());
    }

    /**
     * A document's {@code _id} from a String id property: Spring Data stores one that reads as an ObjectId (24 hex
     * digits) as an ObjectId, and converts queries the same way, so it must be written as one too.
     */
    public DirectBson id(String value) {
        if (value != null && ObjectId.isValid(value)) {
            writer.writeObjectId("_id", new ObjectId(value));
            return this;
        }
        return string("_id", value);
    }

    public DirectBson string(String field, String value) {
        if (value != null) {
            writer.writeString(field, value);
        }
        return this;
    }

    public DirectBson name(String field, Enum<?> value) {
        return string(field, value == null ? null : value.name());
    }

    public DirectBson int32(String field, Integer value) {
        if (value != null) {
            writer.writeInt32(field, value);
        }
        return this;
    }

    public DirectBson int64(String field, Long value) {
        if (value != null) {
            writer.writeInt64(field, value);
        }
        return this;
    }

    public DirectBson bool(String field, Boolean value) {
        if (value != null) {
            writer.writeBoolean(field, value);
        }
        return this;
    }

    public DirectBson instant(String field, Instant value) {
        if (value != null) {
            writer.writeDateTime(field, value.toEpochMilli());
        }
        return this;
    }

    public DirectBson date(String field, LocalDate value) {
        if (value != null) {
            writer.writeDateTime(field, value.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        }
        return this;
    }

    public DirectBson strings(String field, List<String> values) {
        if (values != null) {
            writer.writeStartArray(field);
            for (String value : values) {
                if (value == null) {
                    writer.writeNull();
                } else {
                    writer.writeString(value);
                }
            }
            writer.writeEndArray();
        }
        return this;
    }

    /** An embedded document for {@code value}, left out when it is null. */
    public <T> DirectBson embedded(String field, T value, BiConsumer<DirectBson, T> body) {
        if (value != null) {
            writer.writeStartDocument(field);
            body.accept(this, value);
            writer.writeEndDocument();
        }
        return this;
    }

    /** An array of embedded documents, one per element; left out when the list is null. */
    public <T> DirectBson embeddedList(String field, List<T> values, BiConsumer<DirectBson, T> body) {
        if (values != null) {
            writer.writeStartArray(field);
            for (T value : values) {
                writer.writeStartDocument();
                body.accept(this, value);
                writer.writeEndDocument();
            }
            writer.writeEndArray();
        }
        return this;
    }

    /** An aggregate's outbox ({@code pendingEvents}), as {@link PendingEvent}'s record components. */
    public DirectBson pendingEvents(List<PendingEvent> events) {
        return embeddedList(PendingEvent.FIELD, events, (b, event) -> b.string("eventId", event.eventId())
                .string("type", event.type()).string("topic", event.topic()).string("key", event.key())
                .string("subject", event.subject()).instant("occurredAt", event.occurredAt())
                .string("payload", event.payload()).string("traceparent", event.traceparent()));
    }

    /** The driver's buffer, with strings and names encoded by the JDK in one go. */
    private static final class Utf8Buffer extends BasicOutputBuffer {

        Utf8Buffer() {
            super(2048);
        }

        @Override
        public void writeString(String value) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            writeInt32(bytes.length + 1);
            writeBytes(bytes, 0, bytes.length);
            writeByte(0);
        }

        /** A NUL would end a name early: refused, as the driver does. */
        @Override
        public void writeCString(String value) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            for (byte b : bytes) {
                if (b == 0) {
                    throw new BsonSerializationException("a BSON name may not contain a NUL: " + value);
                }
            }
            writeBytes(bytes, 0, bytes.length);
            writeByte(0);
        }
    }
}
