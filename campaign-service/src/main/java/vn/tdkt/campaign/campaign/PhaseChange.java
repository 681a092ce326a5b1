package vn.tdkt.campaign.campaign;

import java.time.Instant;

/**
 * One move of a campaign's phase, kept so its history can be shown and audited; {@code summary} is the
 * review's findings (sơ kết, tổng kết) or the reason given for the move, if any.
 */
record PhaseChange(Phase from, Phase to, Instant at, String summary) {
}
