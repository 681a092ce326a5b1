package vn.tdkt.campaign.unit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.bson.BsonBinaryWriter;
import org.bson.BsonSerializationException;
import org.bson.RawBsonDocument;
import org.bson.io.BasicOutputBuffer;
import vn.tdkt.support.outbox.PendingEvent;

/**
 * Encodes a {@link UnitDocument} straight to BSON, byte for byte what Spring Data's converter writes for it
 * (fields in declaration order, nulls left out, {@code _class} last; UnitRepositoryTest holds the two equal).
 *
 * <p>Only the CSV import uses it: there the mapping converter was the largest single cost of building a
 * document (more than reading the CSV), and a hundred thousand units are built at a time. Everything else
 * goes through the converter.
 */
final class UnitBson {

    /** The type hint Spring Data writes for a top-level document of this class. */
    static final String TYPE_HINT = UnitDocument.class.getName();

    private UnitBson() {
    }

    static RawBsonDocument encode(UnitDocument unit) {
        BasicOutputBuffer buffer = new Utf8Buffer();
        try (BsonBinaryWriter w = new BsonBinaryWriter(buffer)) {
            w.writeStartDocument();
            string(w, "_id", unit.code());
            string(w, "name", unit.name());
            name(w, "level", unit.level());
            string(w, "parentCode", unit.parentCode());
            if (unit.staffCount() != null) {
                w.writeInt32("staffCount", unit.staffCount());
            }
            strings(w, "contactEmails", unit.contactEmails());
            contact(w, "officer", unit.officer());
            contact(w, "leader", unit.leader());
            name(w, "status", unit.status());
            string(w, "successorCode", unit.successorCode());
            strings(w, "predecessorCodes", unit.predecessorCodes());
            date(w, "statusEffectiveDate", unit.statusEffectiveDate());
            if (unit.history() != null) {
                w.writeStartArray("history");
                for (HistoryEntry entry : unit.history()) {
                    history(w, entry);
                }
                w.writeEndArray();
            }
            instant(w, "registeredAt", unit.registeredAt());
            instant(w, "updatedAt", unit.updatedAt());
            if (unit.version() != null) {
                w.writeInt64("version", unit.version());
            }
            if (unit.pendingEvents() != null) {
                w.writeStartArray(PendingEvent.FIELD);
                for (PendingEvent event : unit.pendingEvents()) {
                    pending(w, event);
                }
                w.writeEndArray();
            }
            w.writeString("_class", TYPE_HINT);
            w.writeEndDocument();
        }
        return new RawBsonDocument(buffer.toByteArray());
    }

    private static void contact(BsonBinaryWriter w, String field, Contact contact) {
        if (contact == null) {
            return;
        }
        w.writeStartDocument(field);
        string(w, "name", contact.name());
        string(w, "title", contact.title());
        string(w, "email", contact.email());
        string(w, "phone", contact.phone());
        w.writeEndDocument();
    }

    private static void history(BsonBinaryWriter w, HistoryEntry entry) {
        w.writeStartDocument();
        instant(w, "at", entry.at());
        date(w, "effectiveDate", entry.effectiveDate());
        name(w, "change", entry.change());
        string(w, "from", entry.from());
        string(w, "to", entry.to());
        strings(w, "codes", entry.codes());
        w.writeEndDocument();
    }

    private static void pending(BsonBinaryWriter w, PendingEvent event) {
        w.writeStartDocument();
        string(w, "eventId", event.eventId());
        string(w, "type", event.type());
        string(w, "topic", event.topic());
        string(w, "key", event.key());
        string(w, "subject", event.subject());
        instant(w, "occurredAt", event.occurredAt());
        string(w, "payload", event.payload());
        string(w, "traceparent", event.traceparent());
        w.writeEndDocument();
    }

    private static void string(BsonBinaryWriter w, String field, String value) {
        if (value != null) {
            w.writeString(field, value);
        }
    }

    private static void name(BsonBinaryWriter w, String field, Enum<?> value) {
        if (value != null) {
            w.writeString(field, value.name());
        }
    }

    private static void strings(BsonBinaryWriter w, String field, List<String> values) {
        if (values == null) {
            return;
        }
        w.writeStartArray(field);
        for (String value : values) {
            if (value == null) {
                w.writeNull();
            } else {
                w.writeString(value);
            }
        }
        w.writeEndArray();
    }

    /** As the driver's native java.time codecs store them: milliseconds since the epoch. */
    private static void instant(BsonBinaryWriter w, String field, Instant value) {
        if (value != null) {
            w.writeDateTime(field, value.toEpochMilli());
        }
    }

    /**
     * The driver's buffer writes a string code point by code point, a byte at a time, which made encoding a
     * Vietnamese unit cost more than building it; the JDK's own UTF-8 encoder writes the same bytes (for the
     * well-formed text an import holds: the spooled file was checked as UTF-8).
     */
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

        /** Field names, the same way; a NUL would end the name early, so it is refused as the driver does. */
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

    /** The driver's LocalDateCodec: the date's UTC midnight. */
    private static void date(BsonBinaryWriter w, String field, LocalDate value) {
        if (value != null) {
            w.writeDateTime(field, value.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        }
    }
}
