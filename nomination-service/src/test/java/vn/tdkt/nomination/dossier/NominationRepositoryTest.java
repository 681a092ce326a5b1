package vn.tdkt.nomination.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tdkt.nomination.dossier.Dossiers.CLOCK;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.tdkt.events.nomination.RecipientKind;
import vn.tdkt.nomination.EmbeddedMongo;
import vn.tdkt.nomination.MongoConfiguration;
import vn.tdkt.nomination.award.AwardBasis;
import vn.tdkt.support.outbox.OutboxProperties;
import vn.tdkt.support.outbox.OutboxWrites;
import vn.tdkt.support.testing.RecordCoverage;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.unitdirectory.DirectoryUnit;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/** Dossiers on the embedded MongoDB: state and events in one write, the version guard, the unique live key. */
@DataMongoTest
@Import({NominationRepository.class, OutboxWrites.class, MongoConfiguration.class})
@EnableConfigurationProperties(OutboxProperties.class)
class NominationRepositoryTest {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        EmbeddedMongo.register(registry, "tdkt_nomination_dossier_repository");
    }

    @Autowired
    NominationRepository nominations;
    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void empty() {
        mongo.remove(new Query(), NominationDocument.COLLECTION);
        mongo.remove(new Query(), UnitDirectory.COLLECTION);
    }

    @Test
    void theWorkflowRoundTripsWithItsEventsInTheDocument() {
        Nomination n = Dossiers.draft();
        nominations.insert(n, List.of());
        Nomination read = nominations.find(Dossiers.ID).orElseThrow();
        assertThat(read.version()).isZero();
        assertThat(read.dossier()).isEqualTo(Dossiers.dossier());
        nominations.update(read, read.submit("thiduakt.nhanly", CLOCK));
        Nomination submitted = nominations.find(Dossiers.ID).orElseThrow();
        nominations.update(submitted, submitted.appraise(Appraisals.of(Dossiers.unknownStandard(), List.of(),
                java.util.Map.of("STANDARD", "Đạt theo quy định của tỉnh"), "thiduakt.chilang", Dossiers.NOW),
                "thiduakt.chilang", CLOCK));
        Nomination appraised = nominations.find(Dossiers.ID).orElseThrow();
        assertThat(appraised.status()).isEqualTo(Status.APPRAISED);
        assertThat(appraised.version()).isEqualTo(2);
        assertThat(appraised.appraisal().rulePackId()).isEqualTo("vn-2024");
        assertThat(appraised.appraisal().criteria()).extracting(Nomination.AppraisedCriterion::note)
                .containsExactly(null, "Đạt theo quy định của tỉnh");
        assertThat(appraised.history()).extracting(Nomination.Step::action)
                .containsExactly("DRAFTED", "SUBMITTED", "APPRAISED");
        Document stored = mongo.getCollection(NominationDocument.COLLECTION).find(new Document("_id",
                Dossiers.ID.value())).first();
        assertThat(stored.getList("pendingEvents", Document.class)).extracting(e -> e.getString("type"))
                .containsExactly("tdkt.nomination.nomination-submitted.v1", "tdkt.nomination.nomination-appraised.v1");
        assertThat(stored.getString("liveKey")).isEqualTo("CB-0042|CSTD_CO_SO|2024");
    }

    @Test
    void aConcurrentChangeLoses() {
        nominations.insert(Dossiers.draft(), List.of());
        Nomination first = nominations.find(Dossiers.ID).orElseThrow();
        Nomination second = nominations.find(Dossiers.ID).orElseThrow();
        nominations.update(first, first.submit("a", CLOCK));
        var events = second.edit(Dossiers.dossier(), "b", CLOCK);
        assertThatThrownBy(() -> nominations.update(second, events))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(nominations.find(Dossiers.ID).orElseThrow().status()).isEqualTo(Status.SUBMITTED);
    }

    @Test
    void oneLiveDossierPerNomineeAwardAndYearWhateverTheRace() {
        nominations.insert(Dossiers.draft(), List.of());
        Nomination twin = Nomination.draft(NominationId.newId(), "LS-CL-NL", "LS-CL", Dossiers.dossier(), "x", CLOCK);
        assertThatThrownBy(() -> nominations.insert(twin, List.of())).isInstanceOf(DuplicateKeyException.class);
        assertThat(nominations.findLive("CB-0042|CSTD_CO_SO|2024")).map(Nomination::id).contains(Dossiers.ID);

        Nomination rejected = Dossiers.appraised();
        rejected.recordVote(Dossiers.vote("s-1", false), CLOCK);
        mongo.remove(new Query(), NominationDocument.COLLECTION);
        rejected.stored(0);
        mongo.insert(NominationDocument.of(rejected, List.of()));
        Nomination again = Nomination.draft(NominationId.newId(), "LS-CL-NL", "LS-CL", Dossiers.dossier(), "x", CLOCK);
        nominations.insert(again, List.of());
        assertThat(nominations.findLive("CB-0042|CSTD_CO_SO|2024")).map(Nomination::id).contains(again.id());
    }

    /** Every create asks for the live key: a collection scan there made intake slower the more dossiers exist. */
    @Test
    void theLiveKeyIsFoundThroughItsIndexNotAScan() {
        for (int i = 0; i < 20; i++) {
            Dossier d = Dossiers.dossier();
            Dossier other = new Dossier(new Dossier.Nominee(d.nominee().kind(), "CB-" + i, d.nominee().name(),
                    d.nominee().position(), d.nominee().unitCode(), d.nominee().gender(), d.nominee().ethnicity(),
                    d.nominee().birthYear(), d.nominee().category()), d.awardCode(), d.basis(),
                    null, d.year(), d.achievements(), d.evidence(), d.attachments());
            nominations.insert(Nomination.draft(NominationId.newId(), "LS-CL-NL", "LS-CL", other, "x", CLOCK),
                    List.of());
        }
        Document explained = mongo.getCollection(NominationDocument.COLLECTION)
                .find(NominationRepository.live("CB-7|CSTD_CO_SO|2024").getCriteriaObject()).explain();
        assertThat(explained.toJson()).contains("\"indexName\": \"live_key\"");
        assertThat(explained.get("executionStats", Document.class).get("totalDocsExamined", Number.class).longValue())
                .isOne();
        assertThat(nominations.findLive("CB-7|CSTD_CO_SO|2024")).isPresent();

        // an import's batch lookup too
        Document batch = mongo.getCollection(NominationDocument.COLLECTION).find(NominationRepository.liveAmong(
                List.of("CB-7|CSTD_CO_SO|2024", "CB-9|CSTD_CO_SO|2024")).getCriteriaObject()).explain();
        assertThat(batch.toJson()).contains("\"indexName\": \"live_key\"");
        assertThat(batch.get("executionStats", Document.class).get("totalDocsExamined", Number.class).longValue())
                .isEqualTo(2);
        assertThat(nominations.liveIds(List.of("CB-7|CSTD_CO_SO|2024", "CB-99|CSTD_CO_SO|2024"))).hasSize(1);
    }

    @Test
    void listsFilterOnSubtreesStatusYearAwardAndFoldedWords() {
        nominations.insert(Dossiers.draft(), List.of());
        Nomination other = Nomination.draft(NominationId.newId(), "LS-HL", "LS-HL", new Dossier(
                new Dossier.Nominee(Dossiers.mai().kind(), "CB-77", "Đặng Văn Đức", "Chuyên viên", "LS-HL", null, null,
                        null, null), "LAO_DONG_TIEN_TIEN", Dossiers.dossier().basis(), null, 2025, "Đạt", null,
                List.of()), "x", CLOCK);
        nominations.insert(other, List.of());
        PageQuery page = new PageQuery(0, 20);
        assertThat(nominations.search(filter(Set.of("LS-CL", "LS-CL-NL"), null, null, null, List.of()), page)
                .items()).extracting(Nomination::id).containsExactly(Dossiers.ID);
        assertThat(nominations.search(filter(null, null, null, null, List.of("dang", "duc")), page).items())
                .extracting(Nomination::id).containsExactly(other.id());
        assertThat(nominations.search(filter(null, Status.DRAFT, 2025, null, List.of()), page).totalItems()).isOne();
        assertThat(nominations.search(filter(null, null, null, "CSTD_CO_SO", List.of("hoang")), page).totalItems())
                .isOne();
        assertThat(nominations.search(new NominationRepository.Filter(Set.of("LS-CL-NL"), null, null, null, null,
                null, null, List.of()), page).totalItems()).as("readable by the nominating unit").isOne();
        assertThat(nominations.addressedFor("LS-HL", 2025)).containsExactly(java.util.Map.entry("LAO_DONG_TIEN_TIEN",
                Status.DRAFT));
    }

    @Test
    void aSubtreeFollowsTheProjectionMergersIncluded() {
        unit("LS", null, null);
        unit("LS-CL", "LS", null);
        unit("LS-CL-NL", "LS-CL", null);
        unit("LS-CL-DM", "LS-CL", null);
        unit("LS-HL", "LS", null);
        unit("LS-CL-OLD", "LS-HL", "LS-CL-DM");
        assertThat(nominations.subtree("LS-CL")).containsExactlyInAnyOrder("LS-CL", "LS-CL-NL", "LS-CL-DM",
                "LS-CL-OLD");
        assertThat(nominations.subtree("LS-HL")).containsExactly("LS-HL");
        assertThat(nominations.subtree("LS")).hasSize(6);
    }

    private void unit(String code, String parent, String successor) {
        mongo.insert(new DirectoryUnit(code, code, "DISTRICT", parent, 1, List.of(), 1, Instant.EPOCH,
                successor == null ? DirectoryUnit.ACTIVE : DirectoryUnit.MERGED, successor, List.of(), null));
    }

    private static NominationRepository.Filter filter(Set<String> addressed, Status status, Integer year, String award,
                                                      List<String> terms) {
        return new NominationRepository.Filter(null, addressed, null, status, year, award, null, terms);
    }

    /** The import's own encoder must write exactly what the converter writes, or imported drafts would read differently. */
    @Test
    void theImportsEncoderWritesTheConvertersBytes() {
        Dossier rich = Dossiers.dossier();
        Dossier bare = new Dossier(new Dossier.Nominee(RecipientKind.COLLECTIVE, "TT-1", "Tổ Văn phòng", null,
                "LS-CL-NL", null, null, null, null), "LAO_DONG_TIEN_TIEN", AwardBasis.REGULAR, "CD-2025", 2025, null,
                new Dossier.Evidence(List.of(), null, null, null, Dossier.TaskRating.HTTNV, 12, 9), List.of());
        List<NominationDocument> documents = new ArrayList<>();
        for (Dossier dossier : List.of(rich, bare)) {
            Nomination draft = Nomination.draft(NominationId.newId(), "LS-CL-NL", "LS-CL", dossier, "thiduakt.nhanly",
                    CLOCK);
            draft.stored(0);
            documents.add(NominationDocument.of(draft, List.of()));
        }
        // every field a new draft can have is filled by some fixture (or both sides would leave it out unseen);
        // these a new draft never has: no appraisal, vote, decision or forward yet, no event, its step no note
        assertThat(RecordCoverage.unfilled(NominationDocument.class, documents)).containsExactly("appraisal",
                "decision", "forward", "forwardedFrom", "history.note", "pendingEvents", "returnReasons", "vote");
        for (NominationDocument document : documents) {
            Document converted = new Document();
            mongo.getConverter().write(document, converted);
            RawBsonDocument expected = new RawBsonDocument(converted,
                    mongo.getDb().getCodecRegistry().get(Document.class));

            assertThat(NominationBson.encodeDraft(document).toJson()).isEqualTo(expected.toJson());
            assertThat(NominationBson.encodeDraft(document).getByteBuffer().asNIO())
                    .isEqualTo(expected.getByteBuffer().asNIO());
        }
    }

    /** An import that cannot finish takes back its drafts, but never one somebody has worked on since. */
    @Test
    void onlyUntouchedDraftsAreTakenBack() {
        Nomination touched = Dossiers.draft();
        nominations.insert(touched, List.of());
        Nomination read = nominations.find(Dossiers.ID).orElseThrow();
        nominations.update(read, read.submit("thiduakt.nhanly", CLOCK));
        Dossier d = Dossiers.dossier();
        Nomination untouched = Nomination.draft(NominationId.newId(), "LS-CL-NL", "LS-CL", new Dossier(
                new Dossier.Nominee(d.nominee().kind(), "CB-9", d.nominee().name(), d.nominee().position(),
                        d.nominee().unitCode(), d.nominee().gender(), d.nominee().ethnicity(), d.nominee().birthYear(),
                        d.nominee().category()), d.awardCode(), d.basis(), null, d.year(), d.achievements(),
                d.evidence(), d.attachments()), "thiduakt.nhanly", CLOCK);
        nominations.insertEncoded(nominations.encodeDrafts(List.of(untouched)));

        assertThat(nominations.removeUntouchedDrafts(List.of(Dossiers.ID.value(), untouched.id().value(), "none")))
                .isOne();
        assertThat(nominations.existing(List.of(Dossiers.ID.value(), untouched.id().value())))
                .containsExactly(Dossiers.ID.value());
    }
}
