package vn.tdkt.nomination.initiative;

import java.time.Instant;

/**
 * The one proposal an initiative backs: for which nominee and award, counting which achievement years
 * ({@code from}–{@code to}, inclusive).
 */
record Usage(String proposalId, String nomineeId, String awardCode, int from, int to, Instant usedAt) {

    boolean overlaps(int otherFrom, int otherTo) {
        return from <= otherTo && otherFrom <= to;
    }

    String period() {
        return from == to ? String.valueOf(from) : from + "–" + to;
    }
}
