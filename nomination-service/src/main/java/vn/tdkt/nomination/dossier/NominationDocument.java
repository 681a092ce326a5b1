package vn.tdkt.nomination.dossier;

import vn.tdkt.support.text.SearchTerms;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.support.outbox.PendingEvent;

/**
 * A nomination as stored, with its events until the relay publishes them. {@code liveKey} (nominee, award,
 * year) is present only while the dossier counts, under a unique partial index: two live dossiers of one
 * nominee for one award and year cannot both be written, whatever the race. {@code searchTerms} are the folded
 * words the text filter matches.
 */
@Document(NominationDocument.COLLECTION)
record NominationDocument(@Id String id, String nominatingUnitCode, String addressedTo, String forwardedFrom,
                          Dossier dossier, String awardCode, int year, String campaignId, String nomineeId,
                          Status status, Nomination.Appraisal appraisal, List<String> returnReasons,
                          Nomination.Vote vote, Nomination.Decision decision, Nomination.Forward forward,
                          List<Nomination.Step> history, Instant createdAt, Instant updatedAt, String liveKey,
                          List<String> searchTerms, @Version Long version, List<PendingEvent> pendingEvents) {

    static final String COLLECTION = "nominations";

    static NominationDocument of(Nomination n, List<PendingEvent> events) {
        Dossier d = n.dossier();
        return new NominationDocument(n.id().value(), n.nominatingUnitCode(), n.addressedTo(),
                n.forwardedFrom() == null ? null : n.forwardedFrom().value(), d, d.awardCode(), d.year(),
                d.campaignId(), d.nominee().nomineeId(), n.status(), n.appraisal(), n.returnReasons(), n.vote(),
                n.decision(), n.forward(), n.history(), n.createdAt(), n.updatedAt(), n.liveKey(),
                SearchTerms.of(List.of(d.nominee().name(), String.valueOf(d.nominee().position()),
                        d.achievements() == null ? "" : d.achievements(), d.award().name())),
                n.version(), events);
    }

    Nomination toNomination() {
        return Nomination.restore(new NominationId(id), nominatingUnitCode, addressedTo,
                forwardedFrom == null ? null : new NominationId(forwardedFrom), dossier, status, appraisal,
                returnReasons, vote, decision, forward, history == null ? List.of() : history, createdAt, updatedAt,
                version);
    }
}
