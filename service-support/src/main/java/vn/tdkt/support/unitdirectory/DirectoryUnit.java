package vn.tdkt.support.unitdirectory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One unit as a consuming service knows it: the newest snapshot seen on {@code tdkt.unit.events}.
 * Stored in the consuming service's own database ({@code units}); never written by anything but
 * {@link UnitDirectory#apply}.
 *
 * @param version       the {@code aggregateVersion} of the event this snapshot came from
 * @param status        {@code ACTIVE}, {@code INACTIVE} or {@code MERGED} (a snapshot stored before the field
 *                      existed reads as {@code ACTIVE})
 * @param successorCode the unit this one was merged into; null unless {@code MERGED}
 */
@Document(UnitDirectory.COLLECTION)
public record DirectoryUnit(@Id String code, String name, String level, String parentCode, Integer staffCount,
                            List<String> contactEmails, long version, Instant updatedAt, String status,
                            String successorCode, List<String> predecessorCodes, LocalDate statusEffectiveDate) {

    public static final String ACTIVE = "ACTIVE";
    public static final String MERGED = "MERGED";

    public DirectoryUnit {
        contactEmails = contactEmails == null ? List.of() : List.copyOf(contactEmails);
        status = status == null ? ACTIVE : status;
        predecessorCodes = predecessorCodes == null ? List.of() : List.copyOf(predecessorCodes);
    }

    /** An active unit that has never merged: the snapshot before unit statuses existed. */
    public DirectoryUnit(String code, String name, String level, String parentCode, Integer staffCount,
                         List<String> contactEmails, long version, Instant updatedAt) {
        this(code, name, level, parentCode, staffCount, contactEmails, version, updatedAt, ACTIVE, null, List.of(),
                null);
    }

    public boolean merged() {
        return MERGED.equals(status) && successorCode != null;
    }

    /**
     * The parent for authorization: a merged unit hangs under its successor, so the successor's subtree
     * holds its predecessors and their history (its children were moved to the successor by the merger).
     */
    public String treeParent() {
        return merged() ? successorCode : parentCode;
    }
}
