package vn.tdkt.events.unit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.tdkt.events.ValuesOf;

/** {@code tdkt.unit.registered.v1}: a unit joined the registry. {@code aggregateId} is the unit code. */
public record UnitRegistered(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                             String code, String name, @ValuesOf(UnitLevel.class) String level, String parentCode,
                             Integer staffCount, List<String> contactEmails) implements UnitEvent {

    public UnitRegistered {
        contactEmails = contactEmails == null ? List.of() : List.copyOf(contactEmails);
    }
}
