package vn.tdkt.nomination.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.support.outbox.PendingEvent;

/**
 * A decision as stored, with its HonourConferred events until published. {@code numberKey} is unique per
 * grantor unit and {@code nominationIds} unique across decisions (indexes in DecisionRepository), so two
 * requests racing with one number, or one dossier, cannot both be stored.
 */
@Document(DecisionDocument.COLLECTION)
record DecisionDocument(@Id String id, String number, String numberKey, LocalDate date, String signerName,
                        String signerTitle, String grantorUnitCode, String grantorLevel,
                        List<DecisionSubjects.Subject> honours, List<String> nominationIds, DecisionStatus status,
                        String issuedBy, Instant issuedAt, @Version Long version, List<PendingEvent> pendingEvents) {

    static final String COLLECTION = "decisions";

    static DecisionDocument of(Decision d, List<PendingEvent> events) {
        return new DecisionDocument(d.id().value(), d.number(), Decision.numberKey(d.number()), d.date(),
                d.signer().name(), d.signer().title(), d.grantorUnitCode(), d.grantorLevel(), d.honours(),
                d.nominationIds(), d.status(), d.issuedBy(), d.issuedAt(), d.version(), events);
    }

    Decision decision() {
        return Decision.restore(new DecisionId(id), number, date, new Signer(signerName, signerTitle), grantorUnitCode,
                grantorLevel, honours, issuedBy, issuedAt, status, version);
    }
}
