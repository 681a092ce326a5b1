package vn.tdkt.embeddedmongo.storage;

import java.util.Arrays;

/**
 * A byte array as a hash key. ByteBuffer would do, but its hashCode reads byte by byte through
 * bounds-checked accessors, which showed as the hottest frame of bulk inserts.
 */
record BytesKey(byte[] bytes) {

    @Override
    public boolean equals(Object o) {
        return o instanceof BytesKey k && Arrays.equals(bytes, k.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "BytesKey" + Arrays.toString(bytes);
    }
}
