package vn.tdkt.campaign.unit;

import vn.tdkt.support.problem.InvalidInputException;

/** A unit's code, its identity in every service and the key of its events. */
public record UnitCode(String value) {

    /** Letters, digits and {@code - _ .}: safe in URLs, Kafka keys and file names. */
    public static final String PATTERN = "^[A-Za-z0-9._-]{1,64}$";
    public static final String RULE = "must be 1–64 characters, each a letter, a digit, '-', '_' or '.'";

    public UnitCode {
        if (!Syntax.isCode(value)) {
            throw new IllegalArgumentException("Unit code " + RULE + ": " + value);
        }
    }

    /** Reads a code from input, naming the offending field when it is not one. */
    public static UnitCode parse(String field, String value) {
        if (!Syntax.isCode(value)) {
            throw new InvalidInputException(field, RULE);
        }
        return new UnitCode(value);
    }

    static boolean isValid(String value) {
        return Syntax.isCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
