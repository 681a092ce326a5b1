package vn.tdkt.campaign.bloc;

import java.time.Instant;
import java.util.List;

/**
 * A bloc year's final ranking and proposals, kept as computed when published: a later change to the
 * ranking rules never rewrites a result that was announced.
 */
record PublishedResult(List<Ranking.Entry> ranking, List<Ranking.Tie> ties, List<Proposals.Proposal> proposals,
                       Instant publishedAt) {

    PublishedResult {
        ranking = List.copyOf(ranking);
        ties = List.copyOf(ties);
        proposals = List.copyOf(proposals);
    }
}
