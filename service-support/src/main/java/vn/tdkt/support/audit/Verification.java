package vn.tdkt.support.audit;

/**
 * The result of walking the chain: {@code intact}, how many records were checked, and the first record
 * that does not hold with the reason (null when intact).
 */
public record Verification(boolean intact, long checked, Long firstBrokenSeq, String reason) {

    static Verification intact(long checked) {
        return new Verification(true, checked, null, null);
    }

    static Verification brokenAt(long checked, long seq, String reason) {
        return new Verification(false, checked, seq, reason);
    }
}
