package vn.tdkt.events.unit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.tdkt.events.ValuesOf;

/** {@code tdkt.unit.updated.v1}: a unit's name, staff count or contacts changed; carries the new state. */
public record UnitUpdated(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                          String code, String name, @ValuesOf(UnitLevel.class) String level, String parentCode,
                          Integer staffCount, List<String> contactEmails) implements UnitEvent {

    public UnitUpdated {
        contactEmails = contactEmails == null ? List.of() : List.copyOf(contactEmails);
    }
}
