package vn.tdkt.nomination.rulepack;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.support.outbox.PendingEvent;

/**
 * What the service last loaded of a pack (its hash), so that the next start-up knows whether the pack is
 * new, changed or the same, and publishes that through the outbox in this document.
 */
@Document(RulePackRecord.COLLECTION)
record RulePackRecord(@Id String id, String name, String jurisdiction, String basePackId, LocalDate effectiveFrom,
                      LocalDate effectiveTo, String sha256, List<String> awardCodes, Instant loadedAt,
                      @Version Long version, List<PendingEvent> pendingEvents) {

    static final String COLLECTION = "rule_packs";
}
