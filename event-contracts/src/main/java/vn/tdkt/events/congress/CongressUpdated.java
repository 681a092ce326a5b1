package vn.tdkt.events.congress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.tdkt.events.ValuesOf;
import vn.tdkt.events.unit.UnitLevel;

/**
 * {@code tdkt.congress.updated.v1}: the form, size, composition policy, agenda, title, pilot mark or status of a
 * congress changed ({@code changes} names which); carries its whole state, as {@link CongressPlanned}.
 */
public record CongressUpdated(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                              List<String> changes, String organiserUnitCode, String title,
                              @ValuesOf(UnitLevel.class) String level, @ValuesOf(CongressForm.class) String form,
                              boolean formUndecided, @ValuesOf(CongressStatus.class) String status, LocalDate date,
                              int maxDelegates, int exemplaryPercent, List<CongressTarget> targets,
                              List<String> agenda, String upperCongressId, boolean pilot,
                              boolean scheduleOverridden, String overrideReason, List<String> conflicts)
        implements CongressEvent {

    public CongressUpdated {
        changes = CongressEvent.listOf(changes);
        targets = CongressEvent.listOf(targets);
        agenda = CongressEvent.listOf(agenda);
        conflicts = CongressEvent.listOf(conflicts);
    }
}
