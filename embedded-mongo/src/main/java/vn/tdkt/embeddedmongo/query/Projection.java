package vn.tdkt.embeddedmongo.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import vn.tdkt.embeddedmongo.aggregation.Pipeline;
import vn.tdkt.embeddedmongo.error.MongoError;

/**
 * A find projection: inclusion or exclusion of dotted paths, {@code _id} handling, {@code $slice},
 * {@code $elemMatch} and the positional {@code field.$} (which needs the query filter, see
 * {@link #parse(BsonDocument, Filter)}). A projection of only {@code $slice} keeps the other fields;
 * {@code $elemMatch} and {@code .$} make it an inclusion projection, as in MongoDB.
 */
public final class Projection {

    private static final Projection IDENTITY = new Projection(null, false, true, null);

    private final Node root;
    private final boolean inclusion;
    private final boolean includeId;
    private final Filter filter;
    /** Set when the projection computes fields with expressions (MongoDB 4.4+): run as a $project. */
    private final Pipeline computed;

    private Projection(Node root, boolean inclusion, boolean includeId, Filter filter) {
        this(root, inclusion, includeId, filter, null);
    }

    private Projection(Node root, boolean inclusion, boolean includeId, Filter filter, Pipeline computed) {
        this.root = root;
        this.inclusion = inclusion;
        this.includeId = includeId;
        this.filter = filter;
        this.computed = computed;
    }

    /** Parses a projection; an empty or null document keeps whole documents. */
    public static Projection parse(BsonDocument projection) {
        return parse(projection, Filter.all());
    }

    /** Parses a projection whose positional {@code field.$} refers to the array matched by {@code filter}. */
    public static Projection parse(BsonDocument projection, Filter filter) {
        if (projection == null || projection.isEmpty()) {
            return IDENTITY;
        }
        if (hasComputedField(projection)) {
            Pipeline p = Pipeline.parse(List.of(new BsonDocument("$project", projection)), name -> {
                throw new IllegalStateException("no collection access in a projection");
            });
            return new Projection(new Node(), true, true, filter, p);
        }
        Node root = new Node();
        Boolean mode = null; // TRUE inclusion, FALSE exclusion
        boolean includeId = true;
        for (Map.Entry<String, BsonValue> e : flatten(projection).entrySet()) {
            String path = e.getKey();
            BsonValue v = e.getValue();
            Node leaf;
            boolean isId = path.equals("_id");
            if (path.endsWith(".$")) {
                path = path.substring(0, path.length() - 2);
                leaf = Node.terminal(Kind.POSITIONAL, v);
                mode = checkMode(mode, true, e.getKey());
            } else if (v.isDocument()) {
                BsonDocument op = v.asDocument();
                String name = op.getFirstKey();
                if (name.equals("$slice")) {
                    leaf = Node.terminal(Kind.SLICE, slice(op.get(name)));
                } else if (name.equals("$elemMatch")) {
                    if (path.contains(".")) {
                        throw MongoError.badValue("Cannot use $elemMatch projection on a nested field.");
                    }
                    if (!op.get(name).isDocument()) {
                        throw MongoError.badValue("elemMatch: Invalid argument, object required.");
                    }
                    leaf = Node.terminal(Kind.ELEM_MATCH, op.get(name));
                    leaf.elemMatch = Filter.parse(new BsonDocument(path, op));
                    mode = checkMode(mode, true, path);
                } else {
                    throw MongoError.badValue("Unsupported projection option: " + path + ": " + v);
                }
            } else {
                boolean include = FilterParser.truthy(v);
                if (isId) {
                    includeId = include;
                    if (!include) {
                        continue;
                    }
                    leaf = Node.terminal(Kind.INCLUDE, v);
                } else {
                    mode = checkMode(mode, include, path);
                    leaf = Node.terminal(include ? Kind.INCLUDE : Kind.EXCLUDE, v);
                }
            }
            root.insert(path.split("\\.", -1), 0, leaf, path);
        }
        // with no other field, {_id: 1} keeps only _id while {_id: 0} or a lone $slice keeps the rest
        Node id = root.children.get("_id");
        boolean inclusion = mode != null ? mode : id != null && id.kind == Kind.INCLUDE;
        return new Projection(root, inclusion, includeId, filter);
    }

    /**
     * True when some value is an expression (a field path, a literal, an operator other than
     * $slice/$elemMatch): such projections are evaluated like the aggregation $project, and may not
     * also use $slice, $elemMatch or the positional operator here.
     */
    private static boolean hasComputedField(BsonDocument projection) {
        boolean computed = false;
        boolean special = false;
        for (Map.Entry<String, BsonValue> e : flatten(projection).entrySet()) {
            BsonValue v = e.getValue();
            if (e.getKey().endsWith(".$")) {
                special = true;
            } else if (v.isDocument()) {
                String op = v.asDocument().getFirstKey();
                if (op.equals("$slice") || op.equals("$elemMatch")) {
                    special = true;
                } else if (op.equals("$meta")) {
                    throw MongoError.badValue("$meta projections are not supported by this server: " + e.getKey());
                } else {
                    computed = true;
                }
            } else if (!(v.isNumber() || v.isBoolean() || v.isDecimal128())) {
                computed = true;
            }
        }
        if (computed && special) {
            throw MongoError.badValue("This server cannot combine computed projection fields with $slice, "
                    + "$elemMatch or the positional operator");
        }
        return computed;
    }

    private static Boolean checkMode(Boolean mode, boolean include, String path) {
        if (mode != null && mode != include) {
            throw include
                    ? new MongoError(31253, "Location31253", "Cannot do inclusion on field " + path + " in exclusion projection")
                    : new MongoError(31254, "Location31254", "Cannot do exclusion on field " + path + " in inclusion projection");
        }
        return include;
    }

    /** {@code {a: {b: 1}}} means {@code {"a.b": 1}}; operator documents stay as they are. */
    private static Map<String, BsonValue> flatten(BsonDocument spec) {
        Map<String, BsonValue> out = new LinkedHashMap<>();
        for (Map.Entry<String, BsonValue> e : spec.entrySet()) {
            BsonValue v = e.getValue();
            if (v.isDocument() && !v.asDocument().isEmpty() && !v.asDocument().getFirstKey().startsWith("$")) {
                flatten(v.asDocument()).forEach((k, sub) -> out.put(e.getKey() + "." + k, sub));
            } else if (v.isDocument() && v.asDocument().isEmpty()) {
                throw MongoError.badValue("An empty sub-projection is not a valid value. Found empty object at path");
            } else {
                out.put(e.getKey(), v);
            }
        }
        return out;
    }

    private static BsonValue slice(BsonValue arg) {
        if (arg.isNumber()) {
            return arg;
        }
        if (arg.isArray() && arg.asArray().size() == 2 && arg.asArray().get(0).isNumber() && arg.asArray().get(1).isNumber()) {
            if (arg.asArray().get(1).asNumber().longValue() <= 0) {
                throw new MongoError(28724, "Location28724", "Second argument to $slice must be a positive number");
            }
            return arg;
        }
        throw new MongoError(28667, "Location28667", "First argument to $slice must be an array or a number");
    }

    public boolean isInclusion() {
        return inclusion || computed != null;
    }

    public BsonDocument apply(BsonDocument document) {
        if (root == null) {
            return document;
        }
        if (computed != null) {
            return computed.execute(List.of(document).iterator()).next();
        }
        int position = -1;
        if (filter != null && root.hasPositional()) {
            OptionalInt idx = filter.matchedArrayIndex(document);
            position = idx.orElse(-1);
        }
        BsonDocument out = inclusion ? include(document, root, position, true) : exclude(document, root, position);
        if (!includeId) {
            out.remove("_id");
        }
        return out;
    }

    private BsonDocument include(BsonDocument doc, Node node, int position, boolean top) {
        BsonDocument out = new BsonDocument();
        for (Map.Entry<String, BsonValue> e : doc.entrySet()) {
            Node child = node.children.get(e.getKey());
            if (child == null) {
                if (top && includeId && e.getKey().equals("_id")) {
                    out.put("_id", e.getValue());
                }
                continue;
            }
            BsonValue projected = project(e.getKey(), e.getValue(), child, position, true);
            if (projected != null) {
                out.put(e.getKey(), projected);
            }
        }
        return out;
    }

    private BsonDocument exclude(BsonDocument doc, Node node, int position) {
        BsonDocument out = new BsonDocument();
        for (Map.Entry<String, BsonValue> e : doc.entrySet()) {
            Node child = node.children.get(e.getKey());
            BsonValue projected = child == null ? e.getValue() : project(e.getKey(), e.getValue(), child, position, false);
            if (projected != null) {
                out.put(e.getKey(), projected);
            }
        }
        return out;
    }

    /** The projected value of one field, or {@code null} to drop it. */
    private BsonValue project(String name, BsonValue v, Node node, int position, boolean inclusionMode) {
        if (node.kind == null) {
            if (v instanceof BsonDocument d) {
                return inclusionMode ? include(d, node, position, false) : exclude(d, node, position);
            }
            if (v instanceof BsonArray arr) {
                BsonArray out = new BsonArray();
                for (BsonValue e : arr) {
                    if (e instanceof BsonDocument || e instanceof BsonArray) {
                        out.add(project(name, e, node, position, inclusionMode));
                    } else if (!inclusionMode) {
                        out.add(e);
                    }
                }
                return out;
            }
            return inclusionMode ? null : v;
        }
        return switch (node.kind) {
            case INCLUDE -> v;
            case EXCLUDE -> null;
            case SLICE -> v instanceof BsonArray arr ? slice(arr, node.arg) : v;
            case POSITIONAL -> v instanceof BsonArray arr && position >= 0 && position < arr.size()
                    ? new BsonArray(List.of(arr.get(position))) : null;
            case ELEM_MATCH -> {
                if (!(v instanceof BsonArray arr)) {
                    yield null;
                }
                OptionalInt idx = node.elemMatch.matchedArrayIndex(new BsonDocument(name, v));
                yield idx.isPresent() ? new BsonArray(List.of(arr.get(idx.getAsInt()))) : null;
            }
        };
    }

    static BsonArray slice(BsonArray arr, BsonValue arg) {
        long skip;
        long limit;
        int n = arr.size();
        if (arg.isNumber()) {
            long count = arg.asNumber().longValue();
            skip = count >= 0 ? 0 : Math.max(0, n + count);
            limit = Math.abs(count);
        } else {
            long first = arg.asArray().get(0).asNumber().longValue();
            skip = first >= 0 ? Math.min(first, n) : Math.max(0, n + first);
            limit = arg.asArray().get(1).asNumber().longValue();
        }
        int from = (int) Math.min(skip, n);
        int to = (int) Math.min(n, from + limit);
        return new BsonArray(arr.subList(from, to));
    }

    private enum Kind { INCLUDE, EXCLUDE, SLICE, POSITIONAL, ELEM_MATCH }

    /** A projection tree: inner nodes have children, leaves say what to do with the field. */
    private static final class Node {
        final Map<String, Node> children = new LinkedHashMap<>();
        Kind kind;
        BsonValue arg;
        Filter elemMatch;

        static Node terminal(Kind kind, BsonValue arg) {
            Node n = new Node();
            n.kind = kind;
            n.arg = arg;
            return n;
        }

        void insert(String[] parts, int i, Node leaf, String path) {
            Node existing = children.get(parts[i]);
            if (i == parts.length - 1) {
                if (existing != null) {
                    throw new MongoError(31250, "Location31250", "Path collision at " + path);
                }
                children.put(parts[i], leaf);
                return;
            }
            if (existing == null) {
                existing = new Node();
                children.put(parts[i], existing);
            } else if (existing.kind != null) {
                String rest = String.join(".", java.util.Arrays.copyOfRange(parts, i + 1, parts.length));
                throw new MongoError(31249, "Location31249", "Path collision at " + path + " remaining portion " + rest);
            }
            existing.insert(parts, i + 1, leaf, path);
        }

        boolean hasPositional() {
            return kind == Kind.POSITIONAL || children.values().stream().anyMatch(Node::hasPositional);
        }
    }
}
