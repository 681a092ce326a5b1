package vn.tdkt.events.congress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.tdkt.events.ValuesOf;
import vn.tdkt.events.unit.UnitLevel;

/**
 * {@code tdkt.congress.planned.v1}: a congress was planned; carries its whole state. {@code form} is null and
 * {@code formUndecided} true when the organiser's staff count leaves the form open (exactly 200) and no choice
 * was made yet. {@code scheduleOverridden} says the organiser kept a date that breaks the order of levels
 * ({@code conflicts} name them, {@code overrideReason} says why).
 */
public record CongressPlanned(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                              String organiserUnitCode, String title, @ValuesOf(UnitLevel.class) String level,
                              @ValuesOf(CongressForm.class) String form, boolean formUndecided,
                              @ValuesOf(CongressStatus.class) String status, LocalDate date, int maxDelegates,
                              int exemplaryPercent, List<CongressTarget> targets, List<String> agenda,
                              String upperCongressId, boolean pilot, boolean scheduleOverridden,
                              String overrideReason, List<String> conflicts) implements CongressEvent {

    public CongressPlanned {
        targets = CongressEvent.listOf(targets);
        agenda = CongressEvent.listOf(agenda);
        conflicts = CongressEvent.listOf(conflicts);
    }
}
