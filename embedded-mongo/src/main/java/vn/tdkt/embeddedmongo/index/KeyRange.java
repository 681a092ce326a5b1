package vn.tdkt.embeddedmongo.index;

/**
 * A range of encoded index keys, relative to the index's own key prefix: {@code start} inclusive,
 * {@code end} exclusive ({@code null} = to the end of the index). A {@code point} range is one
 * exact key, looked up directly instead of iterated (an {@code _id} equality).
 */
public record KeyRange(byte[] start, byte[] end, boolean point) {

    public static KeyRange all() {
        return new KeyRange(new byte[0], null, false);
    }

    public static KeyRange exact(byte[] key) {
        return new KeyRange(key, null, true);
    }
}
