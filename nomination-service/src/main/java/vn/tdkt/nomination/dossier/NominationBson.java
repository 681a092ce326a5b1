package vn.tdkt.nomination.dossier;

import org.bson.RawBsonDocument;
import vn.tdkt.support.bson.DirectBson;

/**
 * Encodes a new draft's {@link NominationDocument} straight to BSON, byte for byte what Spring Data's converter
 * writes for it (NominationRepositoryTest holds the two equal). Only the CSV import uses it: mapping each
 * dossier through the converter took more of the import than reading and checking the file. A draft has no
 * appraisal, vote, decision or forward yet, so those are not encoded here; anything else goes through the
 * converter.
 */
final class NominationBson {

    /** The type hint Spring Data writes for a top-level document of this class. */
    static final String TYPE_HINT = NominationDocument.class.getName();

    private NominationBson() {
    }

    static RawBsonDocument encodeDraft(NominationDocument n) {
        if (n.appraisal() != null || n.vote() != null || n.decision() != null || n.forward() != null) {
            throw new IllegalArgumentException("only a new draft is encoded directly, not " + n.id());
        }
        return DirectBson.document(b -> b.id(n.id()).string("nominatingUnitCode", n.nominatingUnitCode())
                .string("addressedTo", n.addressedTo()).string("forwardedFrom", n.forwardedFrom())
                .embedded("dossier", n.dossier(), NominationBson::dossier)
                .string("awardCode", n.awardCode()).int32("year", n.year()).string("campaignId", n.campaignId())
                .string("nomineeId", n.nomineeId()).name("status", n.status())
                .strings("returnReasons", n.returnReasons())
                .embeddedList("history", n.history(), (h, step) -> h.instant("at", step.at())
                        .string("nominationId", step.nominationId()).string("unitCode", step.unitCode())
                        .string("actor", step.actor()).string("action", step.action()).name("status", step.status())
                        .string("note", step.note()))
                .instant("createdAt", n.createdAt()).instant("updatedAt", n.updatedAt())
                .string("liveKey", n.liveKey()).strings("searchTerms", n.searchTerms())
                .int64("version", n.version()).pendingEvents(n.pendingEvents())
                .string("_class", TYPE_HINT));
    }

    private static void dossier(DirectBson b, Dossier d) {
        b.embedded("nominee", d.nominee(), (m, nominee) -> m.name("kind", nominee.kind())
                        .string("nomineeId", nominee.nomineeId()).string("name", nominee.name())
                        .string("position", nominee.position()).string("unitCode", nominee.unitCode())
                        .name("gender", nominee.gender()).string("ethnicity", nominee.ethnicity())
                        .int32("birthYear", nominee.birthYear()).string("category", nominee.category()))
                .string("awardCode", d.awardCode()).name("basis", d.basis()).string("campaignId", d.campaignId())
                .int32("year", d.year()).string("achievements", d.achievements())
                .embedded("evidence", d.evidence(), NominationBson::evidence)
                .embeddedList("attachments", d.attachments(), (a, attachment) -> a.string("name", attachment.name())
                        .string("mediaType", attachment.mediaType()).int64("size", attachment.size())
                        .string("sha256", attachment.sha256()));
    }

    private static void evidence(DirectBson b, Dossier.Evidence e) {
        b.embeddedList("taskRatings", e.taskRatings(), (r, rating) -> r.int32("year", rating.year())
                        .name("rating", rating.rating()))
                .embeddedList("earlierHonours", e.earlierHonours(), (h, honour) -> h.string("awardCode",
                        honour.awardCode()).int32("year", honour.year()).string("decisionNumber", honour.decisionNumber()))
                .strings("initiativeIds", e.initiativeIds()).name("discipline", e.discipline())
                .name("collectiveRating", e.collectiveRating()).int32("members", e.members())
                .int32("membersAdvancedWorkers", e.membersAdvancedWorkers());
    }
}
