package vn.tdkt.embeddedmongo.update;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import vn.tdkt.embeddedmongo.error.MongoError;
import vn.tdkt.embeddedmongo.query.Filter;

/**
 * The {@code arrayFilters} of an update: one filter per identifier, whose top-level fields are
 * {@code id} or {@code id.path}. An element matches when the filter matches {@code {id: element}}.
 */
final class ArrayFilters {

    private final Map<String, Filter> byIdentifier = new HashMap<>();
    private final Set<String> used = new HashSet<>();

    ArrayFilters(List<BsonDocument> filters) {
        if (filters == null) {
            return;
        }
        for (BsonDocument f : filters) {
            String id = null;
            for (String key : f.keySet()) {
                String first = key.split("\\.", 2)[0];
                if (id != null && !id.equals(first)) {
                    throw new MongoError(9, "FailedToParse",
                            "Error parsing array filter :: caused by :: Expected a single top-level field name, found '"
                                    + id + "' and '" + first + "'");
                }
                id = first;
            }
            if (id == null) {
                throw new MongoError(9, "FailedToParse",
                        "Cannot use an expression without a top-level field name in arrayFilters");
            }
            if (!id.matches("[a-z][a-zA-Z0-9]*")) {
                throw MongoError.badValue("Error parsing array filter :: caused by :: The top-level field name must be an "
                        + "alphanumeric string beginning with a lowercase letter, found '" + id + "'");
            }
            if (byIdentifier.put(id, Filter.parse(f)) != null) {
                throw new MongoError(9, "FailedToParse",
                        "Found multiple array filters with the same top-level field name " + id);
            }
        }
    }

    void requireKnown(String id, String path) {
        if (!byIdentifier.containsKey(id)) {
            throw MongoError.badValue("No array filter found for identifier '" + id + "' in path '" + path + "'");
        }
        used.add(id);
    }

    boolean matches(String id, BsonValue element) {
        return byIdentifier.get(id).matches(new BsonDocument(id, element));
    }

    void requireAllUsed() {
        for (String id : byIdentifier.keySet()) {
            if (!used.contains(id)) {
                throw new MongoError(9, "FailedToParse",
                        "The array filter for identifier '" + id + "' was not used in the update");
            }
        }
    }
}
