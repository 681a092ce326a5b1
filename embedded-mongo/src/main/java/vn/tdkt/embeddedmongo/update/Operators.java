package vn.tdkt.embeddedmongo.update;

import vn.tdkt.embeddedmongo.bson.BsonCopies;
import vn.tdkt.embeddedmongo.bson.BsonTypeNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonTimestamp;
import org.bson.BsonValue;
import vn.tdkt.embeddedmongo.error.MongoError;
import vn.tdkt.embeddedmongo.query.BsonOrder;
import vn.tdkt.embeddedmongo.query.Filter;
import vn.tdkt.embeddedmongo.query.SortSpec;

/** Applies update operators to a document being built; one instance per applied update. */
final class Operators {

    private final Targets targets;
    private final boolean insert;
    private final BsonDocument doc;
    private final long now = System.currentTimeMillis();

    Operators(Targets targets, boolean insert, BsonDocument doc) {
        this.targets = targets;
        this.insert = insert;
        this.doc = doc;
    }

    /** Checks an operator's argument when the update is parsed, before any document is touched. */
    static void validate(String op, UpdatePath path, BsonValue arg) {
        switch (op) {
            case "$inc", "$mul" -> {
                if (!Arith.isNumber(arg)) {
                    throw MongoError.typeMismatch("Cannot " + (op.equals("$inc") ? "increment" : "multiply")
                            + " with non-numeric argument: {" + path + ": " + arg + "}");
                }
            }
            case "$pop" -> {
                if (!Arith.isNumber(arg) || (arg.asNumber().doubleValue() != 1 && arg.asNumber().doubleValue() != -1)) {
                    throw new MongoError(9, "FailedToParse", "$pop expects 1 or -1, found: " + arg);
                }
            }
            case "$pullAll" -> {
                if (!arg.isArray()) {
                    throw MongoError.badValue("$pullAll requires an array argument but was given a " + BsonTypeNames.alias(arg));
                }
            }
            case "$currentDate" -> {
                boolean ok = arg.isBoolean() || (arg.isDocument() && arg.asDocument().size() == 1
                        && arg.asDocument().get("$type") != null && arg.asDocument().get("$type").isString()
                        && List.of("date", "timestamp").contains(arg.asDocument().getString("$type").getValue()));
                if (!ok) {
                    throw MongoError.badValue("The '$type' string field is required to be 'date' or 'timestamp': "
                            + "{$currentDate: {field : {$type: 'date'}}}");
                }
            }
            case "$push", "$addToSet" -> eachModifiers(op, arg);
            default -> { }
        }
    }

    void apply(Modifier m) {
        switch (m.op()) {
            case "$set" -> set(m, m.arg());
            case "$setOnInsert" -> {
                if (insert) {
                    set(m, m.arg());
                }
            }
            case "$unset" -> targets.resolve(doc, m.path(), false).forEach(Slot::remove);
            case "$inc", "$mul" -> arithmetic(m);
            case "$min", "$max" -> minMax(m);
            case "$currentDate" -> set(m, m.arg().isDocument() && m.arg().asDocument().getString("$type").getValue()
                    .equals("timestamp") ? new BsonTimestamp((int) (now / 1000), 1) : new BsonDateTime(now));
            case "$rename" -> rename(m);
            case "$push" -> push(m);
            case "$addToSet" -> addToSet(m);
            case "$pop" -> pop(m);
            case "$pull" -> pull(m, pullCondition(m.arg()));
            case "$pullAll" -> pull(m, e -> m.arg().asArray().stream().anyMatch(v -> BsonOrder.equal(v, e)));
            default -> throw new IllegalStateException(m.op());
        }
    }

    private void set(Modifier m, BsonValue value) {
        for (Slot s : targets.resolve(doc, m.path(), true)) {
            s.set(BsonCopies.of(value));
        }
    }

    private void arithmetic(Modifier m) {
        boolean inc = m.op().equals("$inc");
        for (Slot s : targets.resolve(doc, m.path(), true)) {
            BsonValue cur = s.get();
            if (cur == null) {
                s.set(inc ? m.arg() : Arith.zeroLike(m.arg()));
                continue;
            }
            if (!Arith.isNumber(cur)) {
                throw MongoError.typeMismatch("Cannot apply " + m.op() + " to a value of non-numeric type. {_id: "
                        + doc.get("_id") + "} has the field '" + s.name() + "' of non-numeric type " + BsonTypeNames.alias(cur));
            }
            BsonValue r = inc ? Arith.add(cur, m.arg()) : Arith.multiply(cur, m.arg());
            if (r == null) {
                throw MongoError.badValue("Failed to apply " + m.op() + " operations to current value (" + cur
                        + ") for document {_id: " + doc.get("_id") + "}");
            }
            s.set(r);
        }
    }

    private void minMax(Modifier m) {
        int sign = m.op().equals("$min") ? -1 : 1;
        for (Slot s : targets.resolve(doc, m.path(), true)) {
            BsonValue cur = s.get();
            if (cur == null || Integer.signum(BsonOrder.compare(m.arg(), cur)) == sign) {
                s.set(BsonCopies.of(m.arg()));
            }
        }
    }

    private void rename(Modifier m) {
        List<Slot> from = targets.resolve(doc, m.path(), false);
        if (from.isEmpty() || from.get(0).get() == null) {
            return;
        }
        if (from.get(0) instanceof Slot.Element) {
            throw MongoError.badValue("The source field cannot be an array element, '" + m.path() + "' in doc with _id: "
                    + doc.get("_id") + " has an array field called '" + m.path().parts()[0] + "'");
        }
        BsonValue value = from.get(0).get();
        from.get(0).remove();
        List<Slot> to = targets.resolve(doc, m.to(), true);
        if (!to.isEmpty() && to.get(0) instanceof Slot.Element) {
            throw MongoError.badValue("The destination field cannot be an array element, '" + m.to() + "' in doc with _id: "
                    + doc.get("_id") + " has an array field called '" + m.to().parts()[0] + "'");
        }
        to.forEach(s -> s.set(value));
    }

    private BsonArray arrayAt(Slot s, String op) {
        BsonValue cur = s.get();
        if (cur == null) {
            BsonArray created = new BsonArray();
            s.set(created);
            return created;
        }
        if (!cur.isArray()) {
            if (op.equals("$addToSet")) {
                throw MongoError.badValue("Cannot apply $addToSet to non-array field. Field named '" + s.name()
                        + "' has non-array type " + BsonTypeNames.alias(cur));
            }
            throw MongoError.badValue("The field '" + s.name() + "' must be an array but is of type "
                    + BsonTypeNames.alias(cur) + " in document {_id: " + doc.get("_id") + "}");
        }
        return cur.asArray();
    }

    private void push(Modifier m) {
        BsonDocument mods = eachModifiers("$push", m.arg());
        List<BsonValue> values = mods == null ? List.of(m.arg()) : mods.getArray("$each").getValues();
        for (Slot s : targets.resolve(doc, m.path(), true)) {
            BsonArray arr = arrayAt(s, "$push");
            int position = arr.size();
            if (mods != null && mods.containsKey("$position")) {
                long p = mods.get("$position").asNumber().longValue();
                position = (int) (p >= 0 ? Math.min(p, arr.size()) : Math.max(0, arr.size() + p));
            }
            List<BsonValue> copies = new ArrayList<>();
            values.forEach(v -> copies.add(BsonCopies.of(v)));
            arr.addAll(position, copies);
            if (mods != null && mods.containsKey("$sort")) {
                sort(arr, mods.get("$sort"));
            }
            if (mods != null && mods.containsKey("$slice")) {
                long n = mods.get("$slice").asNumber().longValue();
                List<BsonValue> kept = new ArrayList<>(n >= 0
                        ? arr.subList(0, (int) Math.min(n, arr.size()))
                        : arr.subList((int) Math.max(0, arr.size() + n), arr.size()));
                arr.clear();
                arr.addAll(kept);
            }
        }
    }

    private static void sort(BsonArray arr, BsonValue spec) {
        Comparator<BsonValue> cmp;
        if (spec.isDocument()) {
            Comparator<BsonDocument> byFields = SortSpec.parse(spec.asDocument()).comparator();
            cmp = (a, b) -> byFields.compare(a.isDocument() ? a.asDocument() : new BsonDocument(),
                    b.isDocument() ? b.asDocument() : new BsonDocument());
        } else {
            cmp = spec.asNumber().intValue() > 0 ? BsonOrder.COMPARATOR : BsonOrder.COMPARATOR.reversed();
        }
        List<BsonValue> sorted = new ArrayList<>(arr.getValues());
        sorted.sort(cmp);
        arr.clear();
        arr.addAll(sorted);
    }

    private void addToSet(Modifier m) {
        BsonDocument mods = eachModifiers("$addToSet", m.arg());
        List<BsonValue> values = mods == null ? List.of(m.arg()) : mods.getArray("$each").getValues();
        for (Slot s : targets.resolve(doc, m.path(), true)) {
            BsonArray arr = arrayAt(s, "$addToSet");
            for (BsonValue v : values) {
                if (arr.stream().noneMatch(e -> BsonOrder.equal(e, v))) {
                    arr.add(BsonCopies.of(v));
                }
            }
        }
    }

    private void pop(Modifier m) {
        for (Slot s : targets.resolve(doc, m.path(), false)) {
            BsonValue cur = s.get();
            if (cur == null) {
                continue;
            }
            if (!cur.isArray()) {
                throw MongoError.typeMismatch("Path '" + m.path() + "' contains an element of non-array type '"
                        + BsonTypeNames.alias(cur) + "'");
            }
            if (!cur.asArray().isEmpty()) {
                cur.asArray().remove(m.arg().asNumber().doubleValue() > 0 ? cur.asArray().size() - 1 : 0);
            }
        }
    }

    private void pull(Modifier m, java.util.function.Predicate<BsonValue> remove) {
        for (Slot s : targets.resolve(doc, m.path(), false)) {
            BsonValue cur = s.get();
            if (cur == null) {
                continue;
            }
            if (!cur.isArray()) {
                throw MongoError.badValue("Cannot apply " + m.op() + " to a non-array value");
            }
            cur.asArray().removeIf(remove);
        }
    }

    /**
     * $pull's condition: a query on document elements ({@code {score: {$lt: 5}}}), operators on the
     * element itself ({@code {$gte: 6}}), or else equality (a regex matches strings).
     */
    private static java.util.function.Predicate<BsonValue> pullCondition(BsonValue arg) {
        if (arg.isDocument() && !arg.asDocument().isEmpty() && arg.asDocument().getFirstKey().startsWith("$")) {
            Filter f = Filter.parse(new BsonDocument("v", arg));
            return e -> f.matches(new BsonDocument("v", e));
        }
        if (arg.isDocument()) {
            Filter f = Filter.parse(arg.asDocument());
            return e -> e.isDocument() && f.matches(e.asDocument());
        }
        if (arg.isRegularExpression()) {
            Filter f = Filter.parse(new BsonDocument("v", arg));
            return e -> f.matches(new BsonDocument("v", e));
        }
        return e -> BsonOrder.equal(e, arg);
    }

    /** The {@code $each} form of $push/$addToSet, validated, or {@code null} for a single value. */
    private static BsonDocument eachModifiers(String op, BsonValue arg) {
        if (!arg.isDocument() || !arg.asDocument().containsKey("$each")) {
            return null;
        }
        BsonDocument mods = arg.asDocument();
        if (!mods.get("$each").isArray()) {
            throw MongoError.badValue("The argument to $each in " + op + " must be an array but it was of type: "
                    + BsonTypeNames.alias(mods.get("$each")));
        }
        for (String key : mods.keySet()) {
            boolean allowed = key.equals("$each")
                    || (op.equals("$push") && (key.equals("$slice") || key.equals("$sort") || key.equals("$position")));
            if (!allowed) {
                throw MongoError.badValue(op.equals("$push")
                        ? "Unrecognized clause in $push: " + key
                        : "Found unexpected fields after $each in $addToSet: " + mods);
            }
        }
        if (mods.containsKey("$slice") && !isInteger(mods.get("$slice"))) {
            throw MongoError.badValue("The value for $slice must be an integer value but was given type: "
                    + BsonTypeNames.alias(mods.get("$slice")));
        }
        if (mods.containsKey("$position") && !isInteger(mods.get("$position"))) {
            throw MongoError.badValue("The value for $position must be an integer value, not of type: "
                    + BsonTypeNames.alias(mods.get("$position")));
        }
        if (mods.containsKey("$sort")) {
            BsonValue sort = mods.get("$sort");
            boolean ok = sort.isDocument() ? !sort.asDocument().isEmpty()
                    : Arith.isNumber(sort) && Math.abs(sort.asNumber().doubleValue()) == 1;
            if (!ok) {
                throw MongoError.badValue("The $sort is invalid: use 1/-1 to sort the whole element, "
                        + "or {field:1/-1} to sort embedded fields");
            }
            if (sort.isDocument()) {
                SortSpec.parse(sort.asDocument());
            }
        }
        return mods;
    }

    private static boolean isInteger(BsonValue v) {
        return Arith.isNumber(v) && !v.isDecimal128() && v.asNumber().doubleValue() == Math.rint(v.asNumber().doubleValue());
    }
}
