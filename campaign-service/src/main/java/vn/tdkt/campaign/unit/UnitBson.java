package vn.tdkt.campaign.unit;

import org.bson.RawBsonDocument;
import vn.tdkt.support.bson.DirectBson;

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
        return DirectBson.document(b -> b.id(unit.code()).string("name", unit.name())
                .name("level", unit.level()).string("parentCode", unit.parentCode())
                .int32("staffCount", unit.staffCount()).strings("contactEmails", unit.contactEmails())
                .embedded("officer", unit.officer(), UnitBson::contact)
                .embedded("leader", unit.leader(), UnitBson::contact)
                .name("status", unit.status()).string("successorCode", unit.successorCode())
                .strings("predecessorCodes", unit.predecessorCodes())
                .date("statusEffectiveDate", unit.statusEffectiveDate())
                .embeddedList("history", unit.history(), (h, entry) -> h.instant("at", entry.at())
                        .date("effectiveDate", entry.effectiveDate()).name("change", entry.change())
                        .string("from", entry.from()).string("to", entry.to()).strings("codes", entry.codes()))
                .instant("registeredAt", unit.registeredAt()).instant("updatedAt", unit.updatedAt())
                .int64("version", unit.version()).pendingEvents(unit.pendingEvents())
                .string("_class", TYPE_HINT));
    }

    private static void contact(DirectBson b, Contact contact) {
        b.string("name", contact.name()).string("title", contact.title()).string("email", contact.email())
                .string("phone", contact.phone());
    }
}
