package vn.tdkt.nomination.dossier;

import java.nio.charset.StandardCharsets;

/**
 * The first line of each key seen, kept as a 64-bit hash of the key and an int line in two flat arrays: about 24
 * bytes a row where a map of strings would take some 150, so that a million rows' duplicate check stays small.
 * Two keys may share a hash; a hit is therefore only a suspicion, which the import confirms by reading both lines'
 * real keys again.
 */
final class KeyLines {

    private long[] hashes = new long[1 << 12];
    private int[] lines = new int[1 << 12];
    private int size;

    /** Remembers {@code line} for the key unless its hash is known: then answers the earlier line, else 0. */
    int putIfAbsent(long hash, int line) {
        if (size * 2 >= hashes.length) {
            grow();
        }
        int mask = hashes.length - 1;
        for (int i = slot(hash, mask); ; i = (i + 1) & mask) {
            if (hashes[i] == 0) {
                hashes[i] = hash;
                lines[i] = line;
                size++;
                return 0;
            }
            if (hashes[i] == hash) {
                return lines[i];
            }
        }
    }

    /** A 64-bit hash of the key (FNV-1a over its UTF-8 bytes, then mixed); never 0, the empty slot's mark. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    private static int slot(long hash, int mask) {
        return (int) (hash ^ (hash >>> 32)) & mask;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldLines = lines;
        hashes = new long[oldHashes.length * 2];
        lines = new int[oldLines.length * 2];
        int mask = hashes.length - 1;
        for (int j = 0; j < oldHashes.length; j++) {
            if (oldHashes[j] != 0) {
                int i = slot(oldHashes[j], mask);
                while (hashes[i] != 0) {
                    i = (i + 1) & mask;
                }
                hashes[i] = oldHashes[j];
                lines[i] = oldLines[j];
            }
        }
    }
}
