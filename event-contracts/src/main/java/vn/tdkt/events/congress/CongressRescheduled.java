package vn.tdkt.events.congress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code tdkt.congress.rescheduled.v1}: a congress moved from {@code previousDate} to {@code date}. When the new
 * date breaks the order of levels (a lower congress on or after its upper one) the organiser overrode it:
 * {@code overridden}, its {@code overrideReason} and the {@code conflicts} it accepted are recorded.
 */
public record CongressRescheduled(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                                  String organiserUnitCode, String upperCongressId, LocalDate previousDate,
                                  LocalDate date, boolean overridden, String overrideReason, List<String> conflicts)
        implements CongressEvent {

    public CongressRescheduled {
        conflicts = CongressEvent.listOf(conflicts);
    }
}
