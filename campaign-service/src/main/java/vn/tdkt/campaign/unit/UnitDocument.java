package vn.tdkt.campaign.unit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.support.outbox.PendingEvent;

/**
 * How a unit is stored: its state, its history, the optimistic-lock version and its events not yet
 * published. A document written before statuses existed has none and reads as {@code ACTIVE}.
 */
@Document(UnitDocument.COLLECTION)
record UnitDocument(@Id String code, String name, UnitLevel level, @Indexed String parentCode, Integer staffCount,
                    List<String> contactEmails, Contact officer, Contact leader, UnitStatus status,
                    String successorCode, List<String> predecessorCodes, LocalDate statusEffectiveDate,
                    List<HistoryEntry> history, Instant registeredAt, Instant updatedAt, @Version Long version,
                    List<PendingEvent> pendingEvents) {

    static final String COLLECTION = "units";

    static UnitDocument of(Unit unit, List<PendingEvent> newEvents) {
        return new UnitDocument(unit.code().value(), unit.name(), unit.level(),
                unit.parentCode() == null ? null : unit.parentCode().value(), unit.staffCount(),
                unit.contactEmails(), unit.officer(), unit.leader(), unit.status(),
                unit.successorCode() == null ? null : unit.successorCode().value(),
                unit.predecessorCodes().stream().map(UnitCode::value).toList(), unit.statusEffectiveDate(),
                unit.history(), unit.registeredAt(), unit.updatedAt(), unit.version(), newEvents);
    }

    Unit toUnit() {
        return Unit.restore(new Unit.State(new UnitCode(code), name, level,
                        parentCode == null ? null : new UnitCode(parentCode), staffCount,
                        contactEmails == null ? List.of() : contactEmails, officer, leader,
                        status == null ? UnitStatus.ACTIVE : status,
                        successorCode == null ? null : new UnitCode(successorCode),
                        predecessorCodes == null ? List.of() : predecessorCodes.stream().map(UnitCode::new).toList(),
                        statusEffectiveDate, registeredAt, updatedAt),
                history == null ? List.of() : history, version);
    }
}
