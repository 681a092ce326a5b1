package vn.tdkt.events.unit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.tdkt.events.ValuesOf;

/** {@code tdkt.unit.registered.v1}: a unit joined the registry. {@code aggregateId} is the unit code. */
public record UnitRegistered(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                             String code, String name, @ValuesOf(UnitLevel.class) String level, String parentCode,
                             Integer staffCount, List<String> contactEmails,
                             @ValuesOf(UnitStatus.class) String status, String successorCode,
                             List<String> predecessorCodes, LocalDate statusEffectiveDate, UnitContact officer,
                             UnitContact leader) implements UnitEvent {

    public UnitRegistered {
        contactEmails = contactEmails == null ? List.of() : List.copyOf(contactEmails);
        status = status == null ? UnitStatus.ACTIVE.name() : status; // written before #11: active
        predecessorCodes = predecessorCodes == null ? List.of() : List.copyOf(predecessorCodes);
    }

    /** An active unit without named contacts or merger history: the shape of events before #11. */
    public UnitRegistered(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion, String code,
            String name, String level, String parentCode, Integer staffCount, List<String> contactEmails) {
        this(eventId, occurredAt, aggregateId, aggregateVersion, code, name, level, parentCode, staffCount,
                contactEmails, UnitStatus.ACTIVE.name(), null, List.of(), null, null, null);
    }
}
