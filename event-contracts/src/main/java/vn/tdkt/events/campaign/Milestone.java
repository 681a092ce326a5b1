package vn.tdkt.events.campaign;

import java.time.LocalDate;

/** A dated point of a campaign, e.g. an anniversary to greet with results (seed 003). */
public record Milestone(LocalDate date, String title) {
}
