package vn.tdkt.campaign.bloc;

/** The points, in hundredths, that a scorecard gives on one criterion. */
record Score(String criterion, long points) {
}
