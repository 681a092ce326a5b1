package vn.tdkt.campaign.campaign;

import java.time.Instant;

/** One move of a campaign's phase, kept so its history can be shown and audited. */
record PhaseChange(Phase from, Phase to, Instant at) {
}
