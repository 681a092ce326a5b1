package vn.tdkt.nomination.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.support.testing.Problems.problem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.test.autoconfigure.AutoConfigureDataMongo;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tdkt.events.nomination.HonourSource;
import vn.tdkt.events.nomination.RecipientKind;
import vn.tdkt.nomination.EmbeddedMongo;
import vn.tdkt.nomination.FixedClock;
import vn.tdkt.nomination.MongoConfiguration;
import vn.tdkt.nomination.eligibility.EligibilityExplainer;
import vn.tdkt.nomination.honours.HonoursHistory;
import vn.tdkt.nomination.initiative.InitiativeLedger;
import vn.tdkt.support.audit.AuditRecord;
import vn.tdkt.support.campaigndirectory.CampaignDirectoryConfiguration;
import vn.tdkt.support.outbox.OutboxProperties;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.outbox.OutboxWrites;
import vn.tdkt.support.security.Role;
import vn.tdkt.support.testing.TestTokens;
import vn.tdkt.support.unitdirectory.DirectoryUnit;
import vn.tdkt.support.unitdirectory.UnitDirectory;
import vn.tdkt.support.unitdirectory.UnitDirectoryConfiguration;

/**
 * The import over HTTP on the embedded MongoDB, with the real repositories, unit tree and job store: 202 with the
 * job, its progress to SUCCEEDED with the drafts stored as POST stores them; REJECTED with every bad line and nothing
 * written; 403 before anything is read; a re-sent file skips what it wrote.
 */
@WebMvcTest(NominationImportController.class)
@AutoConfigureDataMongo
@Import({NominationImport.class, NominationService.class, NominationRepository.class, ImportJobRepository.class,
        OutboxWrites.class, MongoConfiguration.class, UnitDirectoryConfiguration.class,
        CampaignDirectoryConfiguration.class, DossierSlice.class, DossierProblems.class, FixedClock.class})
@org.springframework.boot.autoconfigure.ImportAutoConfiguration(vn.tdkt.support.audit.AuditAutoConfiguration.class)
@EnableConfigurationProperties({OutboxProperties.class, ImportProperties.class})
class NominationImportTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
        EmbeddedMongo.register(registry, "tdkt_nomination_import");
    }

    static final String CHI_LANG = TestTokens.officer("LS-CL");
    static final String HEADER = "kind,nomineeId,name,position,unitCode,gender,ethnicity,birthYear,award,basis,year,"
            + "achievements,taskRatings\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    JsonMapper json;
    @MockitoBean
    HonoursHistory honours;
    @MockitoBean
    InitiativeLedger initiatives;
    @MockitoBean
    EligibilityExplainer explainer;
    @MockitoBean
    OutboxRelay relay;

    @BeforeEach
    void demoTree() {
        for (String collection : List.of(NominationDocument.COLLECTION, ImportJobDocument.COLLECTION,
                UnitDirectory.COLLECTION)) {
            mongo.remove(new Query(), collection);
        }
        DossierSlice.LEVELS.forEach((code, level) -> mongo.insert(new DirectoryUnit(code, "Đơn vị " + code, level,
                vn.tdkt.support.testing.DemoUnitTree.PARENTS.get(code), 10, List.of(), 1, Instant.EPOCH)));
        org.mockito.Mockito.when(honours.ofAll(org.mockito.ArgumentMatchers.any())).thenReturn(Map.of());
        org.mockito.Mockito.when(initiatives.byAuthors(org.mockito.ArgumentMatchers.any())).thenReturn(Map.of());
    }

    /** A department's list of advanced workers, Vietnamese names and all. */
    static String list(int rows) {
        StringBuilder csv = new StringBuilder(HEADER);
        String[] names = {"Hoàng Thị Mai", "Nguyễn Văn Đức", "Lường Thị Thuỷ", "Đặng Quốc Việt", "Vi Văn Hưởng"};
        for (int i = 1; i <= rows; i++) {
            csv.append("INDIVIDUAL,CB-").append(i).append(',').append(names[i % names.length]).append(' ').append(i)
                    .append(",Chuyên viên,").append(i % 2 == 0 ? "LS-CL-NL" : "LS-CL-DM").append(",")
                    .append(i % 2 == 0 ? "FEMALE" : "MALE").append(",Tày,1985,Lao động tiên tiến,REGULAR,2025,")
                    .append("\"Hoàn thành tốt nhiệm vụ, tích cực chuyển đổi số\",2025:HTTNV\n");
        }
        return csv.toString();
    }

    private MockHttpServletRequestBuilder upload(String token, String query, String csv) {
        byte[] body = csv.getBytes(StandardCharsets.UTF_8);
        return post("/api/v1/nominations/imports" + query).header("Authorization", token)
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).content(body);
    }

    private String start(String token, String query, String csv) throws Exception {
        String location = mvc.perform(upload(token, query, csv))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("VALIDATING"))
                .andExpect(jsonPath("$.unitCode").value("LS-CL"))
                .andReturn().getResponse().getHeader("Location");
        assertThat(location).matches(".*/api/v1/nominations/imports/[0-9a-f-]{36}");
        return location.substring(location.indexOf("/api/v1/"));
    }

    private JsonNode finished(String location) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> json.readTree(
                mvc.perform(get(location).header("Authorization", CHI_LANG)).andExpect(status().isOk()).andReturn()
                        .getResponse().getContentAsString()), job -> !job.get("status").asString().equals("VALIDATING")
                && !job.get("status").asString().equals("WRITING"));
    }

    @Test
    void aListBecomesDraftsStoredAsPostStoresThem() throws Exception {
        String location = start(CHI_LANG, "?dryRun=false", list(1_200));

        JsonNode job = finished(location);
        assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("rowsRead").asLong()).isEqualTo(1_200);
        assertThat(job.get("rowsWritten").asLong()).isEqualTo(1_200);
        assertThat(job.get("errorCount").asLong()).isZero();
        assertThat(job.get("finishedAt").isNull()).isFalse();
        assertThat(mongo.getCollection(NominationDocument.COLLECTION).countDocuments()).isEqualTo(1_200);

        Document stored = mongo.getCollection(NominationDocument.COLLECTION)
                .find(new Document("nomineeId", "CB-8")).first();
        assertThat(stored.getString("status")).isEqualTo("DRAFT");
        assertThat(stored.getString("nominatingUnitCode")).isEqualTo("LS-CL");
        assertThat(stored.getString("addressedTo")).isEqualTo("LS-CL");
        assertThat(stored.getString("liveKey")).isEqualTo("CB-8|LAO_DONG_TIEN_TIEN|2025");
        assertThat(stored.get("dossier", Document.class).get("nominee", Document.class).getString("name"))
                .isEqualTo("Đặng Quốc Việt 8");
        assertThat(stored.getList("pendingEvents", Document.class)).as("a draft has no event, as POST").isEmpty();
        assertThat(stored.getLong("version")).isZero();
        assertThat(stored.getList("history", Document.class).getFirst().getString("actor"))
                .isEqualTo("thiduakt.ls-cl");
        // the document has exactly the fields a dossier created by POST has
        Document byPost = postShaped();
        assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(byPost.keySet());

        mvc.perform(get("/api/v1/nominations/imports").header("Authorization", CHI_LANG))
                .andExpect(jsonPath("$.totalItems").value(1)).andExpect(jsonPath("$.items[0].rowsWritten").value(1_200));
        assertThat(auditedOutcome(job)).isEqualTo("thiduakt.ls-cl LS-CL nomination.import SUCCEEDED");
    }

    /** The job's end in the audit trail (the POST's own record says only that it was accepted). */
    private String auditedOutcome(JsonNode job) {
        Document record = await().atMost(Duration.ofSeconds(10)).until(() -> mongo.getCollection(
                AuditRecord.COLLECTION).find(new Document("target", "nomination-import:" + job.get("id").asString())
                .append("method", "JOB")).first(), java.util.Objects::nonNull);
        return record.getString("actor") + " " + record.getString("actingUnit") + " " + record.getString("action")
                + " " + record.getString("outcome");
    }

    /** A dossier drafted through the same service POST uses, read back raw. */
    private Document postShaped() throws Exception {
        String body = """
                {"nominatingUnitCode":"LS-CL","addressedTo":"LS-CL",
                 "nominee":{"kind":"INDIVIDUAL","nomineeId":"CB-POST","name":"Hoàng Thị Mai","position":"Chuyên viên",
                            "unitCode":"LS-CL-NL","gender":"FEMALE","ethnicity":"Tày","birthYear":1985},
                 "award":"Lao động tiên tiến","basis":"REGULAR","year":2025,"achievements":"Hoàn thành tốt",
                 "evidence":{"taskRatings":[{"year":2025,"rating":"HTTNV"}]}}""";
        NominationService.Draft draft = json.readValue(body, NominationController.NominationRequest.class).draft();
        nominationService.create(draft, false, "thiduakt.ls-cl");
        return mongo.getCollection(NominationDocument.COLLECTION).find(new Document("nomineeId", "CB-POST")).first();
    }

    @Autowired
    NominationService nominationService;

    @Test
    void anyBadLineRejectsTheFileNamingEveryLineAndWritesNothing() throws Exception {
        String csv = list(1_200)
                .replace("CB-17,Lường Thị Thuỷ 17,Chuyên viên,LS-CL-DM,MALE,Tày,1985",
                        "CB-17,Lường Thị Thuỷ 17,Chuyên viên,LS-CL-DM,MALE,Tày,1885")
                .replace("CB-30,Hoàng Thị Mai 30,Chuyên viên,LS-CL-NL", "CB-30,Hoàng Thị Mai 30,Chuyên viên,LS-HL")
                .replace("CB-1100,", "CB-5,");
        String location = start(CHI_LANG, "", csv);

        JsonNode job = finished(location);
        assertThat(job.get("status").asString()).isEqualTo("REJECTED");
        assertThat(job.get("rowsWritten").asLong()).isZero();
        assertThat(job.get("errorCount").asLong()).isEqualTo(3);
        assertThat(job.get("errors").valueStream().map(e -> e.get("field").asString() + " " + e.get("message")
                .asString()).toList()).containsExactlyInAnyOrder(
                "line 18: birthYear must be between 1900 and 2100",
                "line 31: unitCode LS-HL is not LS-CL or under it: the import's nominating unit may propose only its "
                        + "own subtree",
                "line 1101: nomineeId CB-5 is proposed for LAO_DONG_TIEN_TIEN in 2025 on line 6 already");
        assertThat(mongo.getCollection(NominationDocument.COLLECTION).countDocuments()).isZero();
        assertThat(auditedOutcome(job)).isEqualTo("thiduakt.ls-cl LS-CL nomination.import REJECTED");
    }

    @Test
    void aLiveDossierInTheDatabaseAndAnHonourRecordedRejectTheirLines() throws Exception {
        String first = start(CHI_LANG, "", list(3));
        assertThat(finished(first).get("status").asString()).isEqualTo("SUCCEEDED");
        org.mockito.Mockito.when(honours.ofAll(org.mockito.ArgumentMatchers.any())).thenReturn(Map.of("CB-4",
                List.of(new HonoursHistory.Line("CB-4", RecipientKind.INDIVIDUAL, "LS-CL-NL", 2025,
                        "LAO_DONG_TIEN_TIEN"))));

        String other = list(4).replace("Chuyên viên", "Chuyên viên chính");
        JsonNode job = finished(start(CHI_LANG, "", other));

        assertThat(job.get("status").asString()).isEqualTo("REJECTED");
        assertThat(job.get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("line 2: nomineeId", "line 3: nomineeId", "line 4: nomineeId",
                        "line 5: award");
        assertThat(job.get("errors").get(0).get("message").asString()).contains("already has a live dossier");
        assertThat(mongo.getCollection(NominationDocument.COLLECTION).countDocuments()).isEqualTo(3);
    }

    @Test
    void theSameFileSentAgainSkipsWhatItWrote() throws Exception {
        String csv = list(1_100);
        assertThat(finished(start(CHI_LANG, "", csv)).get("rowsWritten").asLong()).isEqualTo(1_100);
        // as if the first run had stopped after its first batch: the rest is missing
        mongo.getCollection(NominationDocument.COLLECTION).deleteMany(new Document("nomineeId",
                new Document("$in", java.util.stream.IntStream.rangeClosed(1_001, 1_100).mapToObj(i -> "CB-" + i)
                        .toList())));

        JsonNode again = finished(start(CHI_LANG, "", csv));

        assertThat(again.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(again.get("rowsWritten").asLong()).isEqualTo(100);
        assertThat(again.get("rowsSkipped").asLong()).isEqualTo(1_000);
        assertThat(mongo.getCollection(NominationDocument.COLLECTION).countDocuments()).isEqualTo(1_100);
    }

    @Autowired
    NominationImport imports;

    @Test
    void aJobWhoseInstanceStoppedIsMarkedFailedByAnyInstance() throws Exception {
        Instant long_ago = FixedClock.NOW.minus(Duration.ofMinutes(10));
        mongo.insert(new ImportJobDocument("6f1c0b9e-0000-4000-8000-000000000001", ImportJobStatus.WRITING, false,
                "LS-CL", "LS-CL", "thiduakt.ls-cl", "ab".repeat(32), 5_000, 3_000, 0, 0, List.of(), long_ago, null,
                long_ago));

        imports.heartbeat();

        mvc.perform(get("/api/v1/nominations/imports/6f1c0b9e-0000-4000-8000-000000000001")
                        .header("Authorization", CHI_LANG))
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.rowsWritten").value(3_000))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("send the file "
                        + "again")));
    }

    /**
     * An instance holds at most concurrency + waiting imports (2 + 2 by default), each with its file on disk: the
     * next is refused with a 503 problem and leaves no job; once they end, imports are taken again.
     */
    @Test
    void anInstanceHoldingAllTheImportsItMayRefusesTheNextWith503() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        org.mockito.Mockito.when(honours.ofAll(org.mockito.ArgumentMatchers.any())).thenAnswer(call -> {
            release.await(60, java.util.concurrent.TimeUnit.SECONDS);
            return Map.of();
        });
        List<String> held = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                held.add(start(CHI_LANG, "?dryRun=true", list(i + 1))); // each held in its check of the record
            }
            mvc.perform(upload(CHI_LANG, "", list(5))).andExpect(problem(503));
            assertThat(mongo.getCollection(ImportJobDocument.COLLECTION).countDocuments()).isEqualTo(4);
        } finally {
            release.countDown();
        }
        for (String location : held) {
            assertThat(finished(location).get("status").asString()).isEqualTo("SUCCEEDED");
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(finished(start(CHI_LANG, "?dryRun=true",
                list(5))).get("status").asString()).isEqualTo("SUCCEEDED"));
    }

    @Test
    void aDryRunOnlyCounts() throws Exception {
        JsonNode job = finished(start(CHI_LANG, "?dryRun=true", list(10)));

        assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("dryRun").asBoolean()).isTrue();
        assertThat(job.get("rowsRead").asLong()).isEqualTo(10);
        assertThat(job.get("rowsWritten").asLong()).isZero();
        assertThat(mongo.getCollection(NominationDocument.COLLECTION).countDocuments()).isZero();
    }

    @Test
    void outsideTheOfficersSubtreeIsA403BeforeAnythingIsStored() throws Exception {
        mvc.perform(upload(CHI_LANG, "?nominatingUnit=LS-HL", list(2))).andExpect(problem(403));
        mvc.perform(upload(TestTokens.bearer("lanhdao.chilang", "LS-CL", Role.UNIT_LEADER), "", list(2)))
                .andExpect(problem(403));
        assertThat(mongo.getCollection(ImportJobDocument.COLLECTION).countDocuments()).isZero();

        String location = start(CHI_LANG, "", list(2));
        finished(location);
        mvc.perform(get(location).header("Authorization", TestTokens.officer("LS-HL"))).andExpect(problem(403));
        mvc.perform(get("/api/v1/nominations/imports").header("Authorization", TestTokens.officer("LS-HL")))
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void aFileThatCannotBeImportedIsRefusedAtOnce() throws Exception {
        mvc.perform(upload(CHI_LANG, "", "")).andExpect(problem(400, "line 1"));
        mvc.perform(upload(CHI_LANG, "", "kind,nomineeId,name\n")).andExpect(problem(400, "line 1"));
        mvc.perform(upload(CHI_LANG, "", HEADER)).andExpect(problem(400, "body"));
        mvc.perform(upload(CHI_LANG, "", HEADER + "\n\n")).andExpect(problem(400, "body"));
        byte[] latin1 = (HEADER + "INDIVIDUAL,CB-1,Hoàng Thị Mai").getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(post("/api/v1/nominations/imports").header("Authorization", CHI_LANG)
                .contentType(new MediaType("text", "csv")).content(latin1)).andExpect(problem(400, "line 2"));
        mvc.perform(upload(CHI_LANG, "?addressedTo=LS-CL-NL", list(1))).andExpect(problem(422, "addressedTo"));
        mvc.perform(upload(TestTokens.admin(), "", list(1))).andExpect(problem(400, "nominatingUnit"));
        assertThat(mongo.getCollection(ImportJobDocument.COLLECTION).countDocuments()).isZero();
        mvc.perform(get("/api/v1/nominations/imports/nope").header("Authorization", CHI_LANG)).andExpect(problem(404));
    }
}
