package vn.tdkt.campaign.unit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A merger as recorded before any unit is touched: the intent that makes it complete after a crash (see
 * {@link UnitService#merge}). {@code status} is {@code PENDING} until every unit is written.
 */
@Document(UnitMergerDocument.COLLECTION)
record UnitMergerDocument(@Id String id, LocalDate effectiveDate, List<String> sourceCodes, String successorCode,
                          String successorName, UnitLevel successorLevel, String successorParentCode,
                          Integer successorStaffCount, List<String> successorContactEmails, @Indexed String status,
                          String requestedBy, Instant createdAt, Instant completedAt, List<String> movedCodes) {

    static final String COLLECTION = "unit_mergers";
    static final String PENDING = "PENDING";
    static final String COMPLETED = "COMPLETED";

    static UnitMergerDocument pending(String id, Merger merger, String requestedBy, Instant now) {
        Merger.Successor successor = merger.successor();
        return new UnitMergerDocument(id, merger.effectiveDate(),
                merger.sourceCodes().stream().map(UnitCode::value).toList(), successor.code().value(), successor.name(),
                successor.level(), successor.parentCode() == null ? null : successor.parentCode().value(),
                successor.staffCount(), successor.contactEmails(), PENDING, requestedBy, now, null, List.of());
    }

    Merger merger() {
        return new Merger(effectiveDate, sourceCodes.stream().map(UnitCode::new).toList(),
                new Merger.Successor(new UnitCode(successorCode), successorName, successorLevel,
                        successorParentCode == null ? null : new UnitCode(successorParentCode), successorStaffCount,
                        successorContactEmails));
    }

    /** Still pending, with the units moved so far (the recovery finishes it). */
    UnitMergerDocument moved(List<String> moved) {
        return new UnitMergerDocument(id, effectiveDate, sourceCodes, successorCode, successorName, successorLevel,
                successorParentCode, successorStaffCount, successorContactEmails, PENDING, requestedBy, createdAt, null,
                List.copyOf(moved));
    }

    UnitMergerDocument completed(List<String> moved, Instant now) {
        return new UnitMergerDocument(id, effectiveDate, sourceCodes, successorCode, successorName, successorLevel,
                successorParentCode, successorStaffCount, successorContactEmails, COMPLETED, requestedBy, createdAt, now,
                List.copyOf(moved));
    }
}
