package vn.tdkt.embeddedmongo.index;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import vn.tdkt.embeddedmongo.error.MongoError;
import vn.tdkt.embeddedmongo.query.Bounds;
import vn.tdkt.embeddedmongo.query.Filter;
import vn.tdkt.embeddedmongo.query.SortSpec;

/**
 * Chooses how to reach the documents a filter can match: exact {@code _id} lookups, the point and
 * range bounds of the best index (equality on a prefix of a compound index, then a range on the
 * next field), an index whose order gives the requested sort, or a collection scan. Plans may
 * reach a superset of the matches (the filter is re-checked on each document), never a subset.
 */
public final class QueryPlanner {

    private static final int MAX_POINTS = 4096;

    private QueryPlanner() {
    }

    /** A plan for {@code filter} (null = everything) with optional {@code sort} and {@code hint}. */
    public static QueryPlan plan(List<IndexSpec> indexes, Filter filter, SortSpec sort, BsonValue hint) {
        List<SortSpec.SortKey> sortKeys = sort == null || sort.isEmpty() ? List.of() : sort.keys();
        if (hint != null && !isNaturalHint(hint)) {
            IndexSpec hinted = indexes.stream().filter(i -> matchesHint(i, hint)).findFirst()
                    .orElseThrow(() -> MongoError.badValue("hint provided does not correspond to an existing index"));
            Candidate c = candidate(hinted, filter, sortKeys, true);
            return c.plan;
        }
        Candidate best = null;
        for (IndexSpec index : indexes) {
            Candidate c = candidate(index, filter, sortKeys, false);
            if (c != null && (best == null || c.score > best.score)) {
                best = c;
            }
        }
        if (best == null || best.score == 0) {
            return new QueryPlan(indexes.get(0), List.of(KeyRange.all()), false, false);
        }
        return best.plan;
    }

    private record Candidate(QueryPlan plan, int score) {
    }

    private static boolean isNaturalHint(BsonValue hint) {
        return hint.isDocument() && hint.asDocument().containsKey("$natural");
    }

    private static boolean matchesHint(IndexSpec index, BsonValue hint) {
        return hint.isString() ? index.name().equals(hint.asString().getValue())
                : hint.isDocument() && index.key().equals(hint.asDocument());
    }

    /** The plan one index gives, scored; null when the index cannot be used safely. */
    private static Candidate candidate(IndexSpec index, Filter filter, List<SortSpec.SortKey> sortKeys, boolean forced) {
        boolean impliedPartial = index.partial() && implies(filter, index.partialFilterExpression());
        if (index.partial() && !forced && !impliedPartial) {
            return null; // the index lacks documents this filter may match
        }
        List<IndexSpec.Field> fields = index.fields();
        List<byte[]> prefixes = new ArrayList<>(List.of(new byte[0]));
        List<KeyRange> ranges = null;
        int score = 0;
        int singlePointFields = 0;
        boolean allSinglePoints = true;
        boolean nullPossible = false;
        int used = 0;
        for (IndexSpec.Field field : fields) {
            Optional<Bounds> bounds = filter == null ? Optional.empty() : filter.bounds(field.path(), index.multikey());
            if (bounds.isEmpty() || !usable(bounds.get())) {
                nullPossible = true;
                break;
            }
            Bounds b = bounds.get();
            used++;
            if (b.isPoints()) {
                if (b.points().isEmpty()) {
                    prefixes = List.of();
                    break;
                }
                TreeSet<byte[]> next = new TreeSet<>(Arrays::compareUnsigned);
                for (byte[] prefix : prefixes) {
                    for (BsonValue point : b.points()) {
                        nullPossible |= point.isNull();
                        next.add(concat(prefix, KeyEncoder.encode(point, field.direction())));
                    }
                }
                if (next.size() > MAX_POINTS) {
                    used--;
                    break;
                }
                prefixes = new ArrayList<>(next);
                if (b.points().size() == 1 && allSinglePoints) {
                    singlePointFields++;
                } else {
                    allSinglePoints = false;
                }
                score += 10;
            } else {
                ranges = rangeRanges(prefixes, b, field.direction());
                nullPossible |= b.lower() != null && b.lower().isNull() || b.upper() != null && b.upper().isNull();
                score += 5;
                break;
            }
        }
        if (ranges == null) {
            ranges = new ArrayList<>();
            boolean exactIds = index.isId() && used == 1;
            for (byte[] prefix : prefixes) {
                if (prefix.length == 0) {
                    ranges.add(KeyRange.all());
                } else if (exactIds) {
                    ranges.add(KeyRange.exact(prefix));
                } else {
                    ranges.add(new KeyRange(prefix, successor(prefix), false));
                }
            }
            if (exactIds) {
                score += 1000;
            }
        }
        if (index.sparse() && (used == 0 || nullPossible) && !forced) {
            return null; // a sparse index lacks documents without the field, which these bounds may match
        }
        int sortDirection = sortDirection(index, fields, sortKeys, singlePointFields);
        boolean providesSort = sortDirection != 0;
        if (providesSort) {
            score += 3;
        }
        if (ranges.size() == 1 && ranges.get(0).start().length == 0 && ranges.get(0).end() == null && !providesSort) {
            // A whole-index scan is no better than the collection, unless the index is partial: then it holds
            // only documents the filter requires, as MongoDB uses a partial index whose filter the query implies.
            score = impliedPartial ? 1 : 0;
        }
        return new Candidate(new QueryPlan(index, ranges, sortDirection < 0, providesSort), score);
    }

    /**
     * Whether every document {@code filter} matches passes {@code partialFilter}: proven conservatively, when
     * each top-level condition of the partial filter is also, verbatim, a top-level condition of the query.
     */
    static boolean implies(Filter filter, BsonDocument partialFilter) {
        if (filter == null || partialFilter == null) {
            return false;
        }
        List<BsonDocument> required = new ArrayList<>();
        conjuncts(partialFilter, required);
        List<BsonDocument> present = new ArrayList<>();
        conjuncts(filter.source(), present);
        return !required.isEmpty() && present.containsAll(required);
    }

    /** Top-level conditions as one-field documents, {@code $and} members flattened. */
    private static void conjuncts(BsonDocument filter, List<BsonDocument> out) {
        for (var entry : filter.entrySet()) {
            if (entry.getKey().equals("$and") && entry.getValue().isArray()) {
                for (BsonValue member : entry.getValue().asArray()) {
                    if (member.isDocument()) {
                        conjuncts(member.asDocument(), out);
                    }
                }
            } else {
                out.add(new BsonDocument(entry.getKey(), entry.getValue()));
            }
        }
    }

    /** +1 / -1 when scanning the index forward / backward yields the sort order; 0 when it cannot. */
    private static int sortDirection(IndexSpec index, List<IndexSpec.Field> fields, List<SortSpec.SortKey> sortKeys,
                                     int singlePointFields) {
        if (sortKeys.isEmpty() || index.multikey()) {
            return 0;
        }
        for (int start = 0; start <= singlePointFields; start++) {
            if (start + sortKeys.size() > fields.size()) {
                return 0;
            }
            int direction = 0;
            boolean ok = true;
            for (int i = 0; i < sortKeys.size() && ok; i++) {
                IndexSpec.Field f = fields.get(start + i);
                SortSpec.SortKey s = sortKeys.get(i);
                int d = f.direction() * s.direction();
                ok = f.path().equals(s.path()) && (direction == 0 || direction == d);
                direction = d;
            }
            if (ok) {
                return direction;
            }
        }
        return 0;
    }

    /** Points and ranges over values the encoding orders as MongoDB compares them. */
    private static boolean usable(Bounds b) {
        if (b.isPoints()) {
            return b.points().stream().allMatch(QueryPlanner::indexable);
        }
        return (b.lower() == null || indexable(b.lower())) && (b.upper() == null || indexable(b.upper()))
                && (b.lower() != null || b.upper() != null);
    }

    private static boolean indexable(BsonValue v) {
        // Arrays match by element or whole; regexes match strings: leave those to a scan.
        return !v.isArray() && !v.isRegularExpression() && v.getBsonType() != org.bson.BsonType.MIN_KEY && v.getBsonType() != org.bson.BsonType.MAX_KEY;
    }

    /** Bounds come unintersected for multikey indexes, where different elements may satisfy each end. */
    private static List<KeyRange> rangeRanges(List<byte[]> prefixes, Bounds b, int direction) {
        BsonValue lower = b.lower();
        BsonValue upper = b.upper();
        boolean lowerInclusive = b.lowerInclusive();
        boolean upperInclusive = b.upperInclusive();
        // Open ends stop at the other end's type class: comparisons never cross BSON types.
        byte[] lo = lower == null ? new byte[] {(byte) KeyEncoder.typeClass(upper)} : KeyEncoder.encode(lower);
        boolean loInclusive = lower == null || lowerInclusive;
        boolean loIsClass = lower == null;
        byte[] hi = upper == null ? new byte[] {(byte) KeyEncoder.typeClass(lower)} : KeyEncoder.encode(upper);
        boolean hiInclusive = upper == null || upperInclusive;
        boolean hiIsClass = upper == null;
        List<KeyRange> ranges = new ArrayList<>();
        for (byte[] prefix : prefixes) {
            byte[] start;
            byte[] end;
            if (direction > 0) {
                start = lowBound(prefix, lo, loInclusive);
                end = highBound(prefix, hi, hiInclusive || hiIsClass);
            } else {
                start = lowBound(prefix, KeyEncoder.complement(hi), hiInclusive);
                end = highBound(prefix, KeyEncoder.complement(lo), loInclusive || loIsClass);
            }
            if (Arrays.compareUnsigned(start, end) < 0) {
                ranges.add(new KeyRange(start, end, false));
            }
        }
        return ranges;
    }

    private static byte[] lowBound(byte[] prefix, byte[] value, boolean inclusive) {
        byte[] key = concat(prefix, value);
        return inclusive ? key : successor(key);
    }

    private static byte[] highBound(byte[] prefix, byte[] value, boolean inclusive) {
        byte[] key = concat(prefix, value);
        return inclusive ? successor(key) : key;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    static byte[] successor(byte[] prefix) {
        byte[] out = prefix.clone();
        for (int i = out.length - 1; i >= 0; i--) {
            if (out[i] != (byte) 0xFF) {
                out[i]++;
                return Arrays.copyOf(out, i + 1);
            }
        }
        return null;
    }
}
