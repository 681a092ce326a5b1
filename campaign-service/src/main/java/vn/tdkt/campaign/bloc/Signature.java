package vn.tdkt.campaign.bloc;

import java.time.Instant;
import vn.tdkt.campaign.unit.UnitCode;

/** A member's signing of the covenant; who signed in person is in the audit trail. */
record Signature(UnitCode unitCode, Instant signedAt) {
}
