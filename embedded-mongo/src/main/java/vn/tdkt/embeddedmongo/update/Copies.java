package vn.tdkt.embeddedmongo.update;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/** Deep copies, so that an update never shares mutable documents or arrays with its inputs. */
final class Copies {

    private Copies() {
    }

    static BsonValue of(BsonValue v) {
        if (v instanceof BsonDocument d) {
            return d.clone();
        }
        if (v instanceof BsonArray a) {
            return a.clone();
        }
        return v; // the other BSON values are immutable
    }
}
