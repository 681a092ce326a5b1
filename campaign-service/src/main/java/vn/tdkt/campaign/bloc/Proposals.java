package vn.tdkt.campaign.bloc;

import java.util.ArrayList;
import java.util.List;

/**
 * Whom a bloc proposes, from its ranking: the members ranked within the first {@code flagCount}
 * places for the flag, those within the next {@code commendationCount} places for a Bằng khen. Ranks
 * are shared by members nobody could separate, so a tie across the last place puts every tied member
 * on the list, marked {@code contested}: the council chooses among them.
 */
final class Proposals {

    private Proposals() {
    }

    record Proposal(String unitCode, Award award, int rank, boolean contested) {
    }

    static List<Proposal> propose(List<Ranking.Entry> ranking, AwardSlots slots) {
        List<Ranking.Entry> ranked = ranking.stream().filter(e -> e.rank() != null).toList();
        int flagPlaces = slots.flagCount();
        int allPlaces = flagPlaces + slots.commendationCount();
        boolean flagContested = ranked.stream().filter(e -> e.rank() <= flagPlaces).count() > flagPlaces;
        boolean commendationContested = ranked.stream().filter(e -> e.rank() <= allPlaces).count() > allPlaces;
        List<Proposal> proposals = new ArrayList<>();
        for (Ranking.Entry entry : ranked) {
            if (entry.rank() <= flagPlaces) {
                proposals.add(new Proposal(entry.unitCode(), Award.FLAG, entry.rank(), flagContested));
            } else if (entry.rank() <= allPlaces) {
                proposals.add(new Proposal(entry.unitCode(), Award.COMMENDATION, entry.rank(), commendationContested));
            }
        }
        return List.copyOf(proposals);
    }
}
