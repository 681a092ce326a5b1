package vn.tdkt.embeddedmongo.update;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import vn.tdkt.embeddedmongo.error.MongoError;

/**
 * Resolves an update path to the slots it names in one document: plain fields, numeric array
 * indexes, the positional {@code $} (the element the query matched), {@code $[]} (every element)
 * and {@code $[id]} (elements passing an array filter). With {@code create}, missing intermediate
 * documents are created, as $set does; without it, a path that leads nowhere names nothing.
 */
final class Targets {

    private final Supplier<OptionalInt> positional;
    private final ArrayFilters arrayFilters;

    Targets(Supplier<OptionalInt> positional, ArrayFilters arrayFilters) {
        this.positional = positional;
        this.arrayFilters = arrayFilters;
    }

    List<Slot> resolve(BsonDocument root, UpdatePath path, boolean create) {
        List<Slot> out = new ArrayList<>();
        walk(root, path, 0, create, out);
        return out;
    }

    private void walk(BsonValue container, UpdatePath path, int i, boolean create, List<Slot> out) {
        String part = path.parts()[i];
        boolean last = i == path.parts().length - 1;
        if (container instanceof BsonDocument doc) {
            if (UpdatePath.isArrayOperator(part)) {
                throw MongoError.badValue("The path '" + path.prefix(i) + "' must exist in the document in order to apply array updates.");
            }
            if (last) {
                out.add(new Slot.Field(doc, part));
                return;
            }
            BsonValue child = doc.get(part);
            if (child == null) {
                if (!create) {
                    return;
                }
                child = new BsonDocument();
                doc.put(part, child);
            }
            descend(child, doc, part, path, i, create, out);
            return;
        }
        BsonArray arr = (BsonArray) container;
        for (int index : indexes(arr, part, path, i, create)) {
            Slot.Element slot = new Slot.Element(arr, index);
            if (last) {
                out.add(slot);
                continue;
            }
            BsonValue child = slot.get();
            if (child == null) {
                if (!create) {
                    continue;
                }
                child = new BsonDocument();
                slot.set(child);
            }
            descend(child, arr, part, path, i, create, out);
        }
    }

    private void descend(BsonValue child, BsonValue parent, String part, UpdatePath path, int i, boolean create,
                         List<Slot> out) {
        if (child instanceof BsonDocument || child instanceof BsonArray) {
            walk(child, path, i + 1, create, out);
        } else if (create) {
            throw new MongoError(28, "PathNotViable", "Cannot create field '" + path.parts()[i + 1]
                    + "' in element {" + part + ": " + child + "}");
        } else if (UpdatePath.isArrayOperator(path.parts()[i + 1])) {
            throw MongoError.badValue("The path '" + path.prefix(i + 1) + "' must exist in the document in order to apply array updates.");
        }
    }

    private List<Integer> indexes(BsonArray arr, String part, UpdatePath path, int i, boolean create) {
        List<Integer> out = new ArrayList<>();
        if (part.equals("$")) {
            OptionalInt index = positional.get();
            if (index.isEmpty()) {
                throw MongoError.badValue("The positional operator did not find the match needed from the query.");
            }
            out.add(index.getAsInt());
        } else if (part.equals("$[]")) {
            for (int k = 0; k < arr.size(); k++) {
                out.add(k);
            }
        } else if (part.startsWith("$[")) {
            String id = part.substring(2, part.length() - 1);
            for (int k = 0; k < arr.size(); k++) {
                if (arrayFilters.matches(id, arr.get(k))) {
                    out.add(k);
                }
            }
        } else {
            int index = UpdatePath.arrayIndex(part);
            if (index >= 0) {
                out.add(index);
            } else if (create) {
                throw new MongoError(28, "PathNotViable", "Cannot create field '" + part + "' in element {"
                        + path.prefix(i) + ": " + arr + "}");
            }
        }
        return out;
    }
}
