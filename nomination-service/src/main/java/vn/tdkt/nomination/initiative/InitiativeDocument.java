package vn.tdkt.nomination.initiative;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.events.nomination.InitiativeScope;
import vn.tdkt.support.outbox.PendingEvent;

/** An initiative as stored, with its usage (the ledger entry) and its events until published. */
@Document(InitiativeDocument.COLLECTION)
@CompoundIndex(name = "usage_nominee_award", def = "{'usage.nomineeId': 1, 'usage.awardCode': 1}")
record InitiativeDocument(@Id String id, String title, @Indexed String unitCode, @Indexed List<String> authorIds,
                          InitiativeScope scope, LocalDate recognizedOn, String recognizedBy,
                          boolean effectivelyApplied, Usage usage, @Version Long version,
                          List<PendingEvent> pendingEvents) {

    static final String COLLECTION = "initiatives";

    static InitiativeDocument of(Initiative initiative, List<PendingEvent> events) {
        Initiative.Recognition r = initiative.recognition();
        return new InitiativeDocument(initiative.id().value(), r.title(), r.unitCode(), r.authorIds(), r.scope(),
                r.recognizedOn(), r.recognizedBy(), Boolean.TRUE.equals(r.effectivelyApplied()), initiative.usage(),
                initiative.version(), events);
    }

    Initiative toInitiative() {
        return Initiative.restore(new InitiativeId(id), new Initiative.Recognition(title, unitCode,
                authorIds == null ? List.of() : authorIds, scope, recognizedOn, recognizedBy, effectivelyApplied),
                usage, version);
    }
}
