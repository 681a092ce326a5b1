package vn.tdkt.events.bloc;

/**
 * The values of {@code kind} in {@link ScorecardSubmitted}: a member's self-assessment (tự chấm), the
 * bloc leader's scoring of a member (the deputy's, for the leader itself), or a member's cross-scoring
 * of another member (chấm chéo).
 */
public enum ScorecardKind {
    SELF, LEADER, PEER
}
