package vn.tdkt.embeddedmongo.aggregation;

import vn.tdkt.embeddedmongo.bson.BsonCopies;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * $project, $addFields/$set and $unset. A projection is a tree of paths whose leaves include,
 * exclude or compute a field. Inclusion keeps the included fields in document order and appends
 * computed ones in specification order; $addFields replaces existing fields in place and appends
 * new ones; computed values that are missing ({@code $$REMOVE}) are not written.
 */
final class ProjectStage {

    private enum Kind { INCLUDE, EXCLUDE, COMPUTED }

    private static final class Node {
        final Map<String, Node> children = new LinkedHashMap<>();
        Kind kind;
        Expression expression;

        boolean hasComputed() {
            return kind == Kind.COMPUTED || children.values().stream().anyMatch(Node::hasComputed);
        }
    }

    private ProjectStage() {
    }

    static Stage project(BsonValue arg) {
        if (!(arg instanceof BsonDocument spec)) {
            throw Errors.location(15969, "$project specification must be an object");
        }
        if (spec.isEmpty()) {
            throw Errors.location(51272, "Invalid $project :: caused by :: projection specification must have at least one field");
        }
        Node root = new Node();
        Boolean[] mode = new Boolean[1];
        boolean[] excludeId = new boolean[1];
        parseProject(spec, "", root, mode, excludeId);
        boolean inclusion = mode[0] == null || mode[0];
        if (mode[0] == null && excludeId[0]) {
            inclusion = false;
        }
        if (inclusion) {
            boolean keepId = !excludeId[0];
            return Stage.map(doc -> include(doc, root, Vars.of(doc), keepId, true));
        }
        return Stage.map(doc -> exclude(doc, root));
    }

    private static void parseProject(BsonDocument spec, String prefix, Node root, Boolean[] mode, boolean[] excludeId) {
        for (Map.Entry<String, BsonValue> e : spec.entrySet()) {
            String path = prefix + e.getKey();
            checkFieldName(e.getKey());
            BsonValue v = e.getValue();
            boolean isId = path.equals("_id");
            if (v.isDocument() && !v.asDocument().isEmpty() && !v.asDocument().getFirstKey().startsWith("$")) {
                parseProject(v.asDocument(), path + ".", root, mode, excludeId);
                continue;
            }
            if (v.isDocument() && v.asDocument().isEmpty()) {
                throw Errors.location(51270, "Invalid $project :: caused by :: An empty sub-projection is not a valid value."
                        + " Found empty object at path");
            }
            Node leaf = new Node();
            if (v.isBoolean() || v.isNumber() || v.isDecimal128()) {
                boolean include = Expressions.truthy(v);
                leaf.kind = include ? Kind.INCLUDE : Kind.EXCLUDE;
                if (isId) {
                    excludeId[0] = !include;
                } else {
                    setMode(mode, include, path);
                }
            } else {
                leaf.kind = Kind.COMPUTED;
                leaf.expression = Expressions.parse(v);
                if (Boolean.FALSE.equals(mode[0])) {
                    throw Errors.location(31252, "Invalid $project :: caused by :: Cannot use expression other than $meta "
                            + "in exclusion projection");
                }
                if (!isId) {
                    setMode(mode, true, path);
                }
            }
            insert(root, FieldPaths.split(path), leaf, path);
        }
        if (Boolean.FALSE.equals(mode[0]) && root.hasComputed()) {
            throw Errors.location(31252, "Invalid $project :: caused by :: Cannot use expression other than $meta "
                    + "in exclusion projection");
        }
    }

    private static void setMode(Boolean[] mode, boolean include, String path) {
        if (mode[0] != null && mode[0] != include) {
            throw include
                    ? Errors.location(31253, "Invalid $project :: caused by :: Cannot do inclusion on field " + path
                            + " in exclusion projection")
                    : Errors.location(31254, "Invalid $project :: caused by :: Cannot do exclusion on field " + path
                            + " in inclusion projection");
        }
        mode[0] = include;
    }

    private static void checkFieldName(String key) {
        if (key.isEmpty()) {
            throw Errors.location(40352, "Invalid $project :: caused by :: FieldPath cannot be constructed with empty string");
        }
        if (key.startsWith("$")) {
            throw Errors.location(16410, "Invalid $project :: caused by :: FieldPath field names may not start with '$'.");
        }
    }

    private static void insert(Node root, String[] parts, Node leaf, String path) {
        Node cur = root;
        for (int i = 0; i < parts.length - 1; i++) {
            Node next = cur.children.computeIfAbsent(parts[i], k -> new Node());
            if (next.kind != null) {
                throw Errors.location(31249, "Invalid $project :: caused by :: Path collision at " + path);
            }
            cur = next;
        }
        if (cur.children.containsKey(parts[parts.length - 1])) {
            throw Errors.location(31250, "Invalid $project :: caused by :: Path collision at " + path);
        }
        cur.children.put(parts[parts.length - 1], leaf);
    }

    private static BsonDocument include(BsonDocument doc, Node node, Vars vars, boolean keepId, boolean top) {
        BsonDocument out = new BsonDocument();
        for (Map.Entry<String, BsonValue> e : doc.entrySet()) {
            Node child = node.children.get(e.getKey());
            if (child == null) {
                if (top && keepId && e.getKey().equals("_id")) {
                    out.put("_id", e.getValue());
                }
                continue;
            }
            if (child.kind == Kind.INCLUDE) {
                out.put(e.getKey(), e.getValue());
            } else if (child.kind == null) {
                BsonValue sub = includeValue(e.getValue(), child, vars);
                if (sub != null) {
                    out.put(e.getKey(), sub);
                }
            }
        }
        addComputed(out, node, vars);
        return out;
    }

    private static BsonValue includeValue(BsonValue v, Node node, Vars vars) {
        if (v instanceof BsonDocument d) {
            return include(d, node, vars, false, false);
        }
        if (v instanceof BsonArray arr) {
            BsonArray out = new BsonArray();
            for (BsonValue e : arr) {
                if (e instanceof BsonDocument || e instanceof BsonArray) {
                    out.add(includeValue(e, node, vars));
                }
            }
            return out;
        }
        return null;
    }

    /** Writes the computed leaves under {@code node} into {@code target}, creating documents as needed. */
    private static void addComputed(BsonDocument target, Node node, Vars vars) {
        for (Map.Entry<String, Node> e : node.children.entrySet()) {
            Node child = e.getValue();
            if (child.kind == Kind.COMPUTED) {
                BsonValue v = child.expression.evaluate(vars);
                if (v != null) {
                    target.put(e.getKey(), v);
                } else {
                    target.remove(e.getKey());
                }
            } else if (child.kind == null && child.hasComputed()) {
                BsonValue existing = target.get(e.getKey());
                if (existing instanceof BsonArray arr) {
                    for (BsonValue el : arr) {
                        if (el instanceof BsonDocument d) {
                            addComputed(d, child, vars);
                        }
                    }
                } else {
                    BsonDocument sub = existing instanceof BsonDocument d ? d : new BsonDocument();
                    addComputed(sub, child, vars);
                    target.put(e.getKey(), sub);
                }
            }
        }
    }

    private static BsonDocument exclude(BsonDocument doc, Node node) {
        BsonDocument out = new BsonDocument();
        for (Map.Entry<String, BsonValue> e : doc.entrySet()) {
            Node child = node.children.get(e.getKey());
            if (child == null || child.kind == Kind.INCLUDE) {
                out.put(e.getKey(), e.getValue());
            } else if (child.kind == null) {
                out.put(e.getKey(), excludeValue(e.getValue(), child));
            }
        }
        return out;
    }

    private static BsonValue excludeValue(BsonValue v, Node node) {
        if (v instanceof BsonDocument d) {
            return exclude(d, node);
        }
        if (v instanceof BsonArray arr) {
            BsonArray out = new BsonArray();
            arr.forEach(e -> out.add(excludeValue(e, node)));
            return out;
        }
        return v;
    }

    /** $addFields / $set: every expression sees the input document; results are then written in order. */
    static Stage addFields(String name, BsonValue arg) {
        if (!(arg instanceof BsonDocument spec)) {
            throw Errors.location(40272, name + " specification stage must be an object, got " + TypeOps.typeName(arg));
        }
        Map<String[], Expression> fields = new LinkedHashMap<>();
        collectComputed(spec, "", fields);
        return Stage.map(doc -> {
            Vars vars = Vars.of(doc);
            List<BsonValue> values = fields.values().stream().map(e -> e.evaluate(vars)).toList();
            BsonDocument out = BsonCopies.document(doc);
            int i = 0;
            for (String[] path : fields.keySet()) {
                FieldPaths.set(out, path, 0, values.get(i++));
            }
            return out;
        });
    }

    private static void collectComputed(BsonDocument spec, String prefix, Map<String[], Expression> out) {
        for (Map.Entry<String, BsonValue> e : spec.entrySet()) {
            checkFieldName(e.getKey());
            BsonValue v = e.getValue();
            String path = prefix + e.getKey();
            if (v.isDocument() && !v.asDocument().isEmpty() && !v.asDocument().getFirstKey().startsWith("$")) {
                collectComputed(v.asDocument(), path + ".", out);
            } else {
                out.put(FieldPaths.split(path), Expressions.parse(v));
            }
        }
    }

    static Stage unset(BsonValue arg) {
        List<BsonValue> fields = arg.isArray() ? arg.asArray().getValues() : List.of(arg);
        if (fields.isEmpty()) {
            throw Errors.location(31119, "$unset specification must be a string or an array with at least one field");
        }
        BsonDocument spec = new BsonDocument();
        for (BsonValue f : fields) {
            if (!f.isString()) {
                throw Errors.location(31120, "$unset specification must be a string or an array containing only string values");
            }
            spec.put(f.asString().getValue(), new org.bson.BsonInt32(0));
        }
        return project(spec);
    }

}
