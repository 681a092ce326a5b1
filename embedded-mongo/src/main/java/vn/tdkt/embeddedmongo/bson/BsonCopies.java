package vn.tdkt.embeddedmongo.bson;

import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Deep, mutable copies, so that an update or a pipeline stage never shares documents or arrays
 * with its inputs. Built by hand because {@code clone()} of a {@link org.bson.RawBsonDocument} (as
 * decoded from storage or the wire) is itself immutable.
 */
public final class BsonCopies {

    private BsonCopies() {
    }

    public static BsonValue of(BsonValue v) {
        if (v instanceof BsonDocument d) {
            return document(d);
        }
        if (v instanceof BsonArray a) {
            BsonArray out = new BsonArray(a.size());
            a.forEach(e -> out.add(of(e)));
            return out;
        }
        return v; // the other BSON values are immutable
    }

    public static BsonDocument document(BsonDocument d) {
        BsonDocument out = new BsonDocument();
        for (Map.Entry<String, BsonValue> e : d.entrySet()) {
            out.put(e.getKey(), of(e.getValue()));
        }
        return out;
    }
}
