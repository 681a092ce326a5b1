package vn.tdkt.embeddedmongo.query;

import java.util.Comparator;
import org.bson.BsonValue;

/**
 * MongoDB's comparison/sort order of BSON values across types (MinKey < null < numbers < strings <
 * documents < arrays < binary < ObjectId < boolean < date < timestamp < regex < MaxKey), with int,
 * long, double and decimal compared as numbers. Missing values are passed as {@code null} and sort
 * like BSON null.
 */
public final class BsonOrder {

    public static final Comparator<BsonValue> COMPARATOR = BsonOrder::compare;

    private BsonOrder() {
    }

    /** Negative, zero or positive as {@code a} sorts before, equal to or after {@code b}. */
    public static int compare(BsonValue a, BsonValue b) {
        throw new UnsupportedOperationException("TODO(query)");
    }

    /** Equality as $eq uses it: numbers equal across numeric types, documents field by field in order. */
    public static boolean equal(BsonValue a, BsonValue b) {
        throw new UnsupportedOperationException("TODO(query)");
    }
}
