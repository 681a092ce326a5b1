package vn.tdkt.embeddedmongo.storage;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The key layout of the single RocksDB keyspace (default column family), one prefix byte per kind:
 * <pre>
 *   'M' + namespace                     -> catalog entry of a collection (BSON)
 *   'N'                                 -> last allocated collection/index id (8 bytes)
 *   'S' + collectionId                  -> document count and data size (2 x 8 bytes)
 *   'D' + collectionId + enc(_id)       -> the document, raw BSON
 *   'I' + indexId + enc(key...) + enc(_id) -> enc(_id)
 * </pre>
 * Ids are 8-byte big-endian so that one collection's documents (or one index's entries) form a
 * contiguous range: a scan is one iterator, a drop is one range delete.
 */
final class Keys {

    static final byte META = 'M';
    static final byte SEQUENCE = 'N';
    static final byte STATS = 'S';
    static final byte DOCUMENT = 'D';
    static final byte INDEX = 'I';

    private Keys() {
    }

    static byte[] meta(String namespace) {
        byte[] ns = namespace.getBytes(StandardCharsets.UTF_8);
        byte[] key = new byte[ns.length + 1];
        key[0] = META;
        System.arraycopy(ns, 0, key, 1, ns.length);
        return key;
    }

    static byte[] prefix(byte kind, long id) {
        byte[] key = new byte[9];
        key[0] = kind;
        putLong(key, 1, id);
        return key;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static byte[] concat(byte[] a, byte[] b, byte[] c) {
        byte[] out = Arrays.copyOf(a, a.length + b.length + c.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        System.arraycopy(c, 0, out, a.length + b.length, c.length);
        return out;
    }

    /** The smallest key greater than every key starting with {@code prefix}; null if none exists. */
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

    static boolean startsWith(byte[] key, byte[] prefix) {
        return key.length >= prefix.length && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
    }

    static void putLong(byte[] target, int offset, long value) {
        for (int i = 7; i >= 0; i--) {
            target[offset + i] = (byte) value;
            value >>>= 8;
        }
    }

    static long getLong(byte[] source, int offset) {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (source[offset + i] & 0xFF);
        }
        return value;
    }
}
