package vn.tdkt.embeddedmongo.aggregation;

import vn.tdkt.embeddedmongo.bson.BsonCopies;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonValue;

/**
 * $unwind: one output document per array element. A non-array value passes through as if it were
 * a one-element array; null, missing and empty arrays drop the document unless
 * {@code preserveNullAndEmptyArrays}, in which case an empty array's field is removed and the
 * index (if asked for) is null. The path goes through documents only, never arrays.
 */
final class UnwindStage {

    private UnwindStage() {
    }

    static Stage parse(BsonValue arg) {
        String path;
        String indexField = null;
        boolean preserve = false;
        if (arg.isString()) {
            path = arg.asString().getValue();
        } else if (arg instanceof BsonDocument spec) {
            BsonValue p = spec.get("path");
            if (p == null) {
                throw Errors.location(28812, "no path specified to $unwind stage");
            }
            if (!p.isString()) {
                throw Errors.location(28808, "expected a string as the path for $unwind stage, got " + TypeOps.typeName(p));
            }
            path = p.asString().getValue();
            for (String k : spec.keySet()) {
                switch (k) {
                    case "path" -> { }
                    case "includeArrayIndex" -> {
                        BsonValue v = spec.get(k);
                        if (!v.isString() || v.asString().getValue().isEmpty()) {
                            throw Errors.location(28810, "expected a non-empty string for the includeArrayIndex option to "
                                    + "$unwind stage, got " + TypeOps.typeName(v));
                        }
                        indexField = v.asString().getValue();
                        if (indexField.startsWith("$")) {
                            throw Errors.location(28822, "includeArrayIndex option to $unwind stage should not be prefixed "
                                    + "with a '$': " + indexField);
                        }
                    }
                    case "preserveNullAndEmptyArrays" -> {
                        BsonValue v = spec.get(k);
                        if (!v.isBoolean()) {
                            throw Errors.location(28809, "expected a boolean for the preserveNullAndEmptyArrays option to "
                                    + "$unwind stage, got " + TypeOps.typeName(v));
                        }
                        preserve = v.asBoolean().getValue();
                    }
                    default -> throw Errors.location(28811, "unrecognized option to $unwind stage: " + k);
                }
            }
        } else {
            throw Errors.location(15981, "expected either a string or an object as specification for $unwind stage, got "
                    + TypeOps.typeName(arg));
        }
        if (!path.startsWith("$")) {
            throw Errors.location(28818, "path option to $unwind stage should be prefixed with a '$': " + path);
        }
        Expressions.validatePath(path.substring(1));
        String[] parts = FieldPaths.split(path.substring(1));
        String[] index = indexField == null ? null : FieldPaths.split(indexField);
        boolean keep = preserve;
        return input -> Stage.flatMap(input, doc -> unwind(doc, parts, index, keep).iterator());
    }

    private static List<BsonDocument> unwind(BsonDocument doc, String[] parts, String[] index, boolean preserve) {
        BsonValue v = documentPath(doc, parts);
        List<BsonDocument> out = new ArrayList<>();
        if (v instanceof BsonArray arr && !arr.isEmpty()) {
            for (int i = 0; i < arr.size(); i++) {
                BsonDocument copy = BsonCopies.document(doc);
                FieldPaths.set(copy, parts, 0, arr.get(i));
                if (index != null) {
                    FieldPaths.set(copy, index, 0, new BsonInt64(i));
                }
                out.add(copy);
            }
        } else if (v != null && !v.isNull() && !v.isArray()) {
            out.add(withIndex(doc, index));
        } else if (preserve) {
            BsonDocument copy = withIndex(doc, index);
            if (v != null && v.isArray()) {
                FieldPaths.set(copy, parts, 0, null);
            }
            out.add(copy);
        }
        return out;
    }

    private static BsonDocument withIndex(BsonDocument doc, String[] index) {
        if (index == null) {
            return doc;
        }
        BsonDocument copy = BsonCopies.document(doc);
        FieldPaths.set(copy, index, 0, BsonNull.VALUE);
        return copy;
    }

    private static BsonValue documentPath(BsonDocument doc, String[] parts) {
        BsonValue cur = doc;
        for (String p : parts) {
            if (!(cur instanceof BsonDocument d)) {
                return null;
            }
            cur = d.get(p);
        }
        return cur;
    }
}
