package vn.tdkt.support.unitdirectory;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One unit as a consuming service knows it: the newest snapshot seen on {@code tdkt.unit.events}.
 * Stored in the consuming service's own database ({@code units}); never written by anything but
 * {@link UnitDirectory#apply}.
 *
 * @param version the {@code aggregateVersion} of the event this snapshot came from
 */
@Document(UnitDirectory.COLLECTION)
public record DirectoryUnit(@Id String code, String name, String level, String parentCode, Integer staffCount,
                            List<String> contactEmails, long version, Instant updatedAt) {

    public DirectoryUnit {
        contactEmails = contactEmails == null ? List.of() : List.copyOf(contactEmails);
    }
}
