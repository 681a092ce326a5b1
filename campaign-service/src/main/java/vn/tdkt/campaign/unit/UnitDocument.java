package vn.tdkt.campaign.unit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.support.outbox.PendingEvent;

/** How a unit is stored: its state, the optimistic-lock version and its events not yet published. */
@Document(UnitDocument.COLLECTION)
record UnitDocument(@Id String code, String name, UnitLevel level, @Indexed String parentCode, Integer staffCount,
                    List<String> contactEmails, Instant registeredAt, Instant updatedAt, @Version Long version,
                    List<PendingEvent> pendingEvents) {

    static final String COLLECTION = "units";

    static UnitDocument of(Unit unit, List<PendingEvent> newEvents) {
        return new UnitDocument(unit.code().value(), unit.name(), unit.level(),
                unit.parentCode() == null ? null : unit.parentCode().value(), unit.staffCount(),
                unit.contactEmails(), unit.registeredAt(), unit.updatedAt(), unit.version(), newEvents);
    }

    Unit toUnit() {
        return Unit.restore(new UnitCode(code), name, level, parentCode == null ? null : new UnitCode(parentCode),
                staffCount, contactEmails == null ? List.of() : contactEmails, registeredAt, updatedAt, version);
    }
}
