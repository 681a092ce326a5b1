package vn.tdkt.events.bloc;

import java.math.BigDecimal;
import java.util.List;

/**
 * One member's place in a bloc's ranking. {@code rank} is shared by members the tie-breakers could not
 * separate (the council decides between them); {@code explanation} says which tie-breakers were tried.
 */
public record BlocRankingEntry(int rank, String unitCode, BigDecimal total, BigDecimal selfTotal,
                               BigDecimal leaderTotal, BigDecimal peerMean, int criteriaAtMax,
                               List<String> tiedWith, String explanation) {

    public BlocRankingEntry {
        tiedWith = tiedWith == null ? List.of() : List.copyOf(tiedWith);
    }
}
