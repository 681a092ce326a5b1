package vn.tdkt.support.web;

import vn.tdkt.support.problem.InvalidInputException;

/**
 * An aggregate's version as an HTTP entity tag, and back: every versioned resource answers {@code ETag: "3"} and
 * takes the same back in {@code If-Match} for optimistic concurrency.
 */
public final class ETags {

    private ETags() {
    }

    /** {@code 3} → {@code "3"}. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * {@code If-Match: "3"} (or {@code W/"3"}, or {@code 3}) is version 3; an absent header is null.
     *
     * @param what the resource, for the message of a 400 ("the campaign's")
     * @throws InvalidInputException (400, field {@code If-Match}) for anything else
     */
    public static Long ifMatchVersion(String ifMatch, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notAVersion) {
            throw new InvalidInputException("If-Match", "must be " + what + " ETag, a version such as \"3\"");
        }
    }
}
