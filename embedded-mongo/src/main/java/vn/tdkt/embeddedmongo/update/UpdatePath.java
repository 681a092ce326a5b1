package vn.tdkt.embeddedmongo.update;

import vn.tdkt.embeddedmongo.error.MongoError;

/** A dotted update path, validated as MongoDB does (no empty components, no $-prefixed field names). */
record UpdatePath(String dotted, String[] parts) {

    static UpdatePath parse(String dotted) {
        if (dotted.isEmpty()) {
            throw new MongoError(56, "EmptyFieldName", "An empty update path is not valid.");
        }
        String[] parts = dotted.split("\\.", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.isEmpty()) {
                throw new MongoError(56, "EmptyFieldName",
                        "The update path '" + dotted + "' contains an empty field name, which is not allowed.");
            }
            if (p.startsWith("$") && !isArrayOperator(p)) {
                throw new MongoError(52, "DollarPrefixedFieldName", "The dollar ($) prefixed field '" + p
                        + "' in '" + dotted + "' is not allowed in the context of an update's replacement document. "
                        + "Consider using an aggregation pipeline with $replaceWith.");
            }
        }
        return new UpdatePath(dotted, parts);
    }

    static boolean isArrayOperator(String part) {
        return part.equals("$") || part.equals("$[]") || (part.startsWith("$[") && part.endsWith("]"));
    }

    boolean hasArrayOperator() {
        for (String p : parts) {
            if (isArrayOperator(p)) {
                return true;
            }
        }
        return false;
    }

    String prefix(int count) {
        return String.join(".", java.util.Arrays.copyOfRange(parts, 0, count));
    }

    /** True when one path equals or contains the other, so updating both would conflict. */
    boolean overlaps(UpdatePath other) {
        int n = Math.min(parts.length, other.parts.length);
        for (int i = 0; i < n; i++) {
            if (!parts[i].equals(other.parts[i])) {
                return false;
            }
        }
        return true;
    }

    static int arrayIndex(String part) {
        if (part.isEmpty() || part.length() > 9) {
            return -1;
        }
        for (int k = 0; k < part.length(); k++) {
            if (part.charAt(k) < '0' || part.charAt(k) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(part);
    }

    @Override
    public String toString() {
        return dotted;
    }
}
