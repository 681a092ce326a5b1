package vn.tdkt.support.audit;

/**
 * The result of walking the chain: {@code intact}, how many records were checked, the first record
 * that does not hold with the reason (null when intact), and the hash of the newest record, which an
 * operator may copy elsewhere so that even a rewrite of the whole trail would show.
 */
public record Verification(boolean intact, long checked, Long firstBrokenSeq, String reason, String headHash) {

    static Verification intact(long checked, String headHash) {
        return new Verification(true, checked, null, null, headHash);
    }

    static Verification brokenAt(long checked, long seq, String reason) {
        return new Verification(false, checked, seq, reason, null);
    }
}
