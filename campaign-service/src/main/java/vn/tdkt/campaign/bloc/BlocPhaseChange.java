package vn.tdkt.campaign.bloc;

import java.time.Instant;

/** One move of a bloc year's phase, kept so its history can be shown. */
record BlocPhaseChange(BlocPhase from, BlocPhase to, Instant at) {
}
