package vn.tdkt.campaign.bloc;

/**
 * Whose assessment a scorecard is, decided by who scores whom: a member scoring itself (tự chấm), the
 * bloc's leader scoring another member or the deputy scoring the leader (trưởng khối chấm), any other
 * member scoring a member (chấm chéo).
 */
enum ScorecardKind {
    SELF, LEADER, PEER
}
