package vn.tdkt.embeddedmongo.update;

import org.bson.BsonDocument;
import org.bson.BsonValue;

/** Builds an upsert's starting document from dotted equality paths ({@code a.b: 1} gives {@code {a: {b: 1}}}). */
final class Seed {

    private Seed() {
    }

    static void put(BsonDocument doc, String dotted, BsonValue value) {
        String[] parts = dotted.split("\\.");
        BsonDocument cur = doc;
        for (int i = 0; i < parts.length - 1; i++) {
            BsonValue next = cur.get(parts[i]);
            if (!(next instanceof BsonDocument)) {
                if (next != null) {
                    return; // conflicting equalities: the filter cannot match anything sensible here
                }
                next = new BsonDocument();
                cur.put(parts[i], next);
            }
            cur = (BsonDocument) next;
        }
        cur.put(parts[parts.length - 1], value);
    }
}
