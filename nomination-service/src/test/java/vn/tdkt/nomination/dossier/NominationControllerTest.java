package vn.tdkt.nomination.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.support.testing.Problems.problem;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import vn.tdkt.events.nomination.RecipientKind;
import vn.tdkt.nomination.FixedClock;
import vn.tdkt.nomination.council.VotingAgenda;
import vn.tdkt.nomination.decision.DecisionSubjects;
import vn.tdkt.nomination.eligibility.EligibilityExplainer;
import vn.tdkt.nomination.honours.HonoursHistory;
import vn.tdkt.nomination.initiative.InitiativeLedger;
import vn.tdkt.support.campaigndirectory.CampaignDirectory;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.testing.SignedInAsAdmin;
import vn.tdkt.support.testing.TestTokens;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/**
 * The dossiers' API over the real service, the ports and the shipped rule packs, storage in a map: the workflow
 * from draft to forward and decision, and every refusal as problem+json that stores nothing.
 */
@WebMvcTest(NominationController.class)
@Import({NominationService.class, DossierVotingAgenda.class, DossierDecisionSubjects.class, DossierProblems.class,
        DossierSlice.class, DemoUnitTree.class, FixedClock.class, SignedInAsAdmin.class})
class NominationControllerTest {

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    static final String MAI = """
            {"nominatingUnitCode":"LS-CL-NL","addressedTo":"LS-CL",
             "nominee":{"kind":"INDIVIDUAL","nomineeId":"CB-0042","name":"Hoàng Thị Mai",
                        "position":"Công chức Văn phòng – Thống kê","unitCode":"LS-CL-NL","gender":"FEMALE",
                        "ethnicity":"Tày","birthYear":1988,"category":"công chức"},
             "award":"Chiến sĩ thi đua cơ sở","basis":"REGULAR","year":2024,
             "achievements":"Hoàn thành xuất sắc nhiệm vụ; sáng kiến số hoá hồ sơ một cửa.",
             "evidence":{"taskRatings":[{"year":2024,"rating":"HTXSNV"}],"discipline":"NONE"},
             "attachments":[{"name":"báo cáo thành tích.pdf","mediaType":"application/pdf","size":182344,
                             "sha256":"%s"}]}""".formatted("ab".repeat(32));

    /** The request attributes the audit filter reads (service-support's {@code Audit}). */
    static final String AUDIT = "vn.tdkt.support.audit.Audit.";

    @Autowired
    MockMvc mvc;
    @Autowired
    VotingAgenda agenda;
    @Autowired
    DecisionSubjects decisions;
    @Autowired
    JsonMapper json;
    @MockitoBean
    NominationRepository repository;
    @MockitoBean
    UnitDirectory units;
    @MockitoBean
    CampaignDirectory campaigns;
    @MockitoBean
    HonoursHistory honours;
    @MockitoBean
    InitiativeLedger initiatives;
    @MockitoBean
    EligibilityExplainer explainer;
    @MockitoBean
    OutboxRelay relay;

    Map<String, Nomination> store;

    @BeforeEach
    void storage() {
        store = DossierSlice.wire(repository, units, campaigns, honours, initiatives);
        when(explainer.explain(any())).thenReturn(Dossiers.eligible());
    }

    private String create(String body) throws Exception {
        String answer = mvc.perform(post("/api/v1/nominations").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("id").asString();
    }

    private void step(String id, String action, String body) throws Exception {
        var call = post("/api/v1/nominations/" + id + "/" + action);
        if (body != null) {
            call.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        mvc.perform(call).andExpect(status().isOk());
    }

    @Test
    void draftsWithTheRecordPrefilled() throws Exception {
        when(honours.of("CB-0042")).thenReturn(List.of(new HonoursHistory.Line("CB-0042", RecipientKind.INDIVIDUAL,
                "LS-CL-NL", 2023, "LAO_DONG_TIEN_TIEN")));
        when(initiatives.byAuthor("CB-0042")).thenReturn(List.of(
                new InitiativeLedger.Entry("SK-NL-1", "CO_SO", true, "Hội đồng sáng kiến xã", ""),
                new InitiativeLedger.Entry("SK-NL-0", "CO_SO", true, "Hội đồng sáng kiến xã", "DX-2022-1")));
        mvc.perform(post("/api/v1/nominations").contentType(MediaType.APPLICATION_JSON).content(MAI))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.containsString("/api/v1/nominations/")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.award.code").value("CSTD_CO_SO"))
                .andExpect(jsonPath("$.nominee.name").value("Hoàng Thị Mai"))
                .andExpect(jsonPath("$.evidence.earlierHonours[0].awardCode").value("LAO_DONG_TIEN_TIEN"))
                .andExpect(jsonPath("$.evidence.initiativeIds").value(org.hamcrest.Matchers.contains("SK-NL-1")))
                .andExpect(jsonPath("$.attachments[0].name").value("báo cáo thành tích.pdf"));
    }

    @Test
    void badFieldsAreNamedAndNothingIsStored() throws Exception {
        String bad = MAI.replace("\"name\":\"Hoàng Thị Mai\"", "\"name\":\" \"").replace("\"year\":2024", "\"year\":1800")
                .replace("ab".repeat(32), "not-a-hash").replace("\"rating\":\"HTXSNV\"", "\"rating\":null");
        mvc.perform(post("/api/v1/nominations").contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(problem(400, "nominee.name", "year", "attachments[0].sha256", "evidence.taskRatings[0].rating"));
        mvc.perform(post("/api/v1/nominations").contentType(MediaType.APPLICATION_JSON)
                        .content(MAI.replace("Chiến sĩ thi đua cơ sở", "Huân chương Lao động")))
                .andExpect(problem(400, "award"));
        mvc.perform(post("/api/v1/nominations").contentType(MediaType.APPLICATION_JSON)
                        .content(MAI.replace("\"gender\":\"FEMALE\"", "\"gender\":\"F\"")))
                .andExpect(problem(400, "nominee.gender"));
        mvc.perform(post("/api/v1/nominations").contentType(MediaType.APPLICATION_JSON)
                        .content(MAI.replaceFirst("\"year\":2024,", "\"year\":2024,\"colour\":1,")))
                .andExpect(problem(400, "colour"));
        verify(repository, never()).insert(any(), any());
    }

    @Test
    void unitsMustBeKnownAndAddressedUpwards() throws Exception {
        mvc.perform(post("/api/v1/nominations").contentType(MediaType.APPLICATION_JSON)
                        .content(MAI.replace("\"addressedTo\":\"LS-CL\"", "\"addressedTo\":\"LS-HL\"")))
                .andExpect(problem(422, "addressedTo"));
        mvc.perform(post("/api/v1/nominations").contentType(MediaType.APPLICATION_JSON)
                        .content(MAI.replace("\"unitCode\":\"LS-CL-NL\"", "\"unitCode\":\"LS-XX\"")))
                .andExpect(problem(422, "nominee.unitCode"));
        verify(repository, never()).insert(any(), any());
    }

    @Test
    void aSecondLiveNominationNamesTheFirst() throws Exception {
        String first = create(MAI);
        mvc.perform(post("/api/v1/nominations").contentType(MediaType.APPLICATION_JSON).content(MAI))
                .andExpect(problem(409, "nominee.nomineeId"))
                .andExpect(jsonPath("$.conflictingNominationId").value(first));
        assertThat(store).hasSize(1);
    }

    @Test
    void anHonourAlreadyRecordedForTheAwardAndYearRefusesTheDossier() throws Exception {
        when(honours.of("CB-0042")).thenReturn(List.of(new HonoursHistory.Line("CB-0042", RecipientKind.INDIVIDUAL,
                "LS-CL-NL", 2024, "CSTD_CO_SO")));
        mvc.perform(post("/api/v1/nominations").contentType(MediaType.APPLICATION_JSON).content(MAI))
                .andExpect(problem(422, "award"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("honours history")));
        assertThat(store).isEmpty();
    }

    /** A unit sending a finished dossier: one request, one write holding the dossier and its event. */
    @Test
    void aFinishedDossierIsFiledAndSubmittedInOneRequest() throws Exception {
        String body = MAI.replaceFirst("\\{", "{\"submit\":true,");
        String answer = mvc.perform(post("/api/v1/nominations").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(request().attribute(AUDIT + "action", "nomination.create-submit"))
                .andExpect(request().attribute(AUDIT + "versionAfter", 0L))
                .andReturn().getResponse().getContentAsString();
        String id = json.readTree(answer).get("id").asString();
        ArgumentCaptor<List<vn.tdkt.events.nomination.NominationEvent>> events = ArgumentCaptor.captor();
        verify(repository).insert(any(), events.capture());
        assertThat(events.getValue()).singleElement().isInstanceOfSatisfying(
                vn.tdkt.events.nomination.NominationSubmitted.class, e -> {
                    assertThat(e.aggregateVersion()).isZero();
                    assertThat(e.status()).isEqualTo("SUBMITTED");
                    assertThat(e.resubmission()).isFalse();
                });
        verify(repository, never()).update(any(), any());
        verify(repository, never()).findLive(anyString()); // the unique live key guards the insert itself
        mvc.perform(get("/api/v1/nominations/" + id + "/history"))
                .andExpect(jsonPath("$.items[*].action").value(org.hamcrest.Matchers.contains("DRAFTED", "SUBMITTED")));
        mvc.perform(post("/api/v1/nominations/" + id + "/submit")).andExpect(problem(409, "status"));
        step(id, "appraisal", "{}");

        // the same rules as a draft: a duplicate, a recorded honour, and "submit": false is a plain draft
        mvc.perform(post("/api/v1/nominations").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(problem(409, "nominee.nomineeId"));
        when(honours.of("CB-0043")).thenReturn(List.of(new HonoursHistory.Line("CB-0043", RecipientKind.INDIVIDUAL,
                "LS-CL-NL", 2024, "CSTD_CO_SO")));
        mvc.perform(post("/api/v1/nominations").contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("CB-0042", "CB-0043")))
                .andExpect(problem(422, "award"));
        mvc.perform(post("/api/v1/nominations").contentType(MediaType.APPLICATION_JSON)
                        .content(MAI.replaceFirst("\\{", "{\"submit\":false,").replace("CB-0042", "CB-0044")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(request().attribute(AUDIT + "action", "nomination.create"));
        assertThat(store).hasSize(2);
    }

    @Test
    void anEditCannotSubmitThroughItsBody() throws Exception {
        String id = create(MAI);
        mvc.perform(put("/api/v1/nominations/" + id).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content(MAI.replaceFirst("\\{", "{\"submit\":true,")))
                .andExpect(problem(400, "submit"));
        mvc.perform(get("/api/v1/nominations/" + id)).andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.version").value(0));
    }

    /** The submit acts on the dossier the request read: the audit line still has the version before and after. */
    @Test
    void aSubmitIsAuditedWithTheVersionsBeforeAndAfter() throws Exception {
        String id = create(MAI);
        mvc.perform(post("/api/v1/nominations/" + id + "/submit").header("If-Match", "\"0\""))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(request().attribute(AUDIT + "versionBefore", 0L))
                .andExpect(request().attribute(AUDIT + "versionAfter", 1L));
        verify(repository, org.mockito.Mockito.times(1)).find(new NominationId(id));
    }

    @Test
    void editsNeedTheVersionRead() throws Exception {
        String id = create(MAI);
        String edited = MAI.replace("sáng kiến số hoá", "sáng kiến chuyển đổi số");
        mvc.perform(put("/api/v1/nominations/" + id).contentType(MediaType.APPLICATION_JSON).content(edited))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/v1/nominations/" + id).header("If-Match", "\"7\"").contentType(MediaType.APPLICATION_JSON)
                .content(edited)).andExpect(problem(409, "If-Match"));
        mvc.perform(put("/api/v1/nominations/" + id).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content(edited))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.achievements").value(org.hamcrest.Matchers.containsString("chuyển đổi số")));
    }

    @Test
    void fromSubmissionThroughTheCouncilToTheLevelAbove() throws Exception {
        String id = create(MAI);
        step(id, "submit", null);
        step(id, "appraisal", "{}");
        mvc.perform(get("/api/v1/nominations/" + id)).andExpect(jsonPath("$.status").value("APPRAISED"))
                .andExpect(jsonPath("$.appraisal.rulePackId").value("vn-2024"));

        assertThat(agenda.itemsFor("LS-CL", List.of(id))).singleElement()
                .satisfies(item -> assertThat(item.awardName()).isEqualTo("Chiến sĩ thi đua cơ sở"));
        VotingAgenda.VoteResult result = new VotingAgenda.VoteResult(id, 7, 6, 6, 0, 0, true, "≥ 2/3 (ghi nhận)");
        agenda.applyResults("s-1", List.of(result));
        agenda.applyResults("s-1", List.of(result));
        mvc.perform(get("/api/v1/nominations/" + id)).andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.vote.approvals").value(6));

        // vn-2025-07 (today's pack) leaves the commune's and district's powers for CSTĐCS unconfirmed
        mvc.perform(post("/api/v1/nominations/" + id + "/forward"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FORWARDED"))
                .andExpect(jsonPath("$.forward.to").value("LS"))
                .andExpect(jsonPath("$.forward.reason").value(org.hamcrest.Matchers.startsWith("authority UNKNOWN")));
        String upper = Dossiers.ID.getClass().cast(new NominationId(id)).forwarded().value();
        mvc.perform(get("/api/v1/nominations/" + upper)).andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.nominatingUnitCode").value("LS-CL"))
                .andExpect(jsonPath("$.addressedTo").value("LS"))
                .andExpect(jsonPath("$.forwardedFrom").value(id));
        mvc.perform(get("/api/v1/nominations/" + upper + "/history"))
                .andExpect(jsonPath("$.totalItems").value(6))
                .andExpect(jsonPath("$.items[0].action").value("DRAFTED"))
                .andExpect(jsonPath("$.items[5].unitCode").value("LS"));
        mvc.perform(post("/api/v1/nominations/" + id + "/forward")).andExpect(status().isOk());
        assertThat(store).hasSize(2);
    }

    @Test
    void aDepartmentDecidesWhatIsWithinItsAuthorityAndForwardsNothingOfIt() throws Exception {
        String id = create(MAI.replace("LS-CL-NL", "LS-STC").replace("\"addressedTo\":\"LS-CL\"",
                "\"addressedTo\":\"LS-STC\""));
        step(id, "submit", null);
        step(id, "appraisal", null);
        agenda.applyResults("s-9", List.of(new VotingAgenda.VoteResult(id, 5, 5, 5, 0, 0, true, "đa số")));
        mvc.perform(post("/api/v1/nominations/" + id + "/forward")).andExpect(problem(422, "addressedTo"));
        assertThat(decisions.approvedFor("LS-STC", List.of(id))).singleElement()
                .satisfies(s -> assertThat(s.nomineeUnitCode()).isEqualTo("LS-STC"));
        decisions.markDecided("d-1", "125/QĐ-STC", java.time.LocalDate.of(2026, 1, 15), List.of(id));
        decisions.markDecided("d-1", "125/QĐ-STC", java.time.LocalDate.of(2026, 1, 15), List.of(id));
        mvc.perform(get("/api/v1/nominations/" + id)).andExpect(jsonPath("$.status").value("DECIDED"))
                .andExpect(jsonPath("$.decision.number").value("125/QĐ-STC"));
    }

    @Test
    void aDecisionIsRefusedWhereTheAuthorityIsUnknownSayingSo() throws Exception {
        String id = create(MAI);
        step(id, "submit", null);
        step(id, "appraisal", null);
        agenda.applyResults("s-1", List.of(new VotingAgenda.VoteResult(id, 7, 6, 6, 0, 0, true, "đa số")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> decisions.approvedFor("LS-CL", List.of(id)))
                .isInstanceOf(vn.tdkt.support.problem.RuleViolationException.class)
                .hasMessageContaining("may not be decided")
                .extracting(e -> ((vn.tdkt.support.problem.RuleViolationException) e).errors().getFirst().message())
                .asString().contains("authority UNKNOWN");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> agenda.itemsFor("LS-CL", List.of(id, "nope")))
                .isInstanceOf(vn.tdkt.support.problem.RuleViolationException.class);
    }

    @Test
    void anUnknownCriterionHoldsTheDossierUntilItIsNotedOrReturned() throws Exception {
        when(explainer.explain(any())).thenReturn(Dossiers.unknownStandard());
        String id = create(MAI);
        step(id, "submit", null);
        mvc.perform(post("/api/v1/nominations/" + id + "/appraisal").contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.appraisal.passed").value(false))
                .andExpect(jsonPath("$.appraisal.proposedReasons[0]").value(
                        org.hamcrest.Matchers.startsWith("Chưa xác định STANDARD")));
        mvc.perform(post("/api/v1/nominations/" + id + "/return"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.returnReasons[0]").value(org.hamcrest.Matchers.startsWith("Chưa xác định")));
        step(id, "submit", null);
        mvc.perform(post("/api/v1/nominations/" + id + "/appraisal").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"notes\":{\"STANDARD\":\"Đạt theo Quyết định 12/2024/QĐ-UBND tỉnh\"}}"))
                .andExpect(jsonPath("$.status").value("APPRAISED"));
    }

    @Test
    void illegalMovesAreConflictsThatNameWhatIsAllowed() throws Exception {
        String id = create(MAI);
        mvc.perform(post("/api/v1/nominations/" + id + "/appraisal")).andExpect(problem(409, "status"))
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.allowed").value(org.hamcrest.Matchers.contains("edit", "submit")));
        step(id, "submit", null);
        mvc.perform(post("/api/v1/nominations/" + id + "/submit")).andExpect(problem(409, "status"));
        mvc.perform(post("/api/v1/nominations/" + id + "/forward")).andExpect(problem(409, "status"));
        mvc.perform(post("/api/v1/nominations/" + id + "/return").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reasons\":[\" \"]}")).andExpect(problem(400, "reasons[0]"));
        mvc.perform(get("/api/v1/nominations/" + id)).andExpect(jsonPath("$.status").value("SUBMITTED"));
    }

    @Test
    void unknownIdsAreNotFound() throws Exception {
        mvc.perform(get("/api/v1/nominations/not-a-uuid")).andExpect(problem(404));
        mvc.perform(get("/api/v1/nominations/" + Dossiers.ID)).andExpect(problem(404));
        mvc.perform(post("/api/v1/nominations/" + Dossiers.ID + "/submit")).andExpect(problem(404));
    }

    @Test
    void listsFilterOnTheAddressedSubtreeAndFoldedWords() throws Exception {
        create(MAI);
        mvc.perform(get("/api/v1/nominations").param("addressedTo", "LS-CL").param("q", "hoang THI Mai")
                        .param("status", "DRAFT").param("award", "CSTĐCS").param("year", "2024"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].nomineeName").value("Hoàng Thị Mai"));
        ArgumentCaptor<NominationRepository.Filter> filter = ArgumentCaptor.forClass(NominationRepository.Filter.class);
        verify(repository).search(filter.capture(), any());
        assertThat(filter.getValue().addressedTo()).containsExactlyInAnyOrder("LS-CL", "LS-CL-NL", "LS-CL-DM");
        assertThat(filter.getValue().terms()).containsExactly("hoang", "thi", "mai");
        assertThat(filter.getValue().awardCode()).isEqualTo("CSTD_CO_SO");
        mvc.perform(get("/api/v1/nominations").param("status", "LOST")).andExpect(problem(400, "status"));
        mvc.perform(get("/api/v1/nominations").param("addressedTo", "LS CL")).andExpect(problem(400, "addressedTo"));
        mvc.perform(get("/api/v1/nominations").param("size", "500")).andExpect(problem(400, "size"));
    }

    @Test
    void theListExportsAsCsvOrExcelWithFormulasDisarmed() throws Exception {
        create(MAI.replace("Công chức Văn phòng – Thống kê", "=HYPERLINK(\\\"http://x\\\")"));

        byte[] csv = mvc.perform(get("/api/v1/nominations/export").param("addressedTo", "LS-CL"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".csv")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFSTT,Mã hồ sơ,Đối tượng,Họ tên / Tên tập thể")
                .contains("Hoàng Thị Mai", "Chiến sĩ thi đua cơ sở", "'=HYPERLINK");
        byte[] xlsx = mvc.perform(get("/api/v1/nominations/export").param("addressedTo", "LS-CL").param("format", "xlsx"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(xlsx).startsWith(new byte[] {'P', 'K'});
        mvc.perform(get("/api/v1/nominations/export").param("year", "1900")).andExpect(problem(400, "year"));
    }

    @Test
    void guardrailsGiveFiguresAgainstThePacksQuota() throws Exception {
        when(honours.countByAward(any(), org.mockito.ArgumentMatchers.eq(2023)))
                .thenReturn(Map.of("LAO_DONG_TIEN_TIEN", 20L, "CSTD_CO_SO", 4L));
        mvc.perform(get("/api/v1/nominations/guardrails").param("unit", "LS-CL").param("year", "2023")
                        .param("on", "2023-12-15"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rulePackId").value("vn-before-2024"))
                .andExpect(jsonPath("$.awards[0].awardCode").value("LAO_DONG_TIEN_TIEN"))
                .andExpect(jsonPath("$.awards[0].honours").value(20))
                .andExpect(jsonPath("$.awards[1].awardCode").value("CSTD_CO_SO"))
                .andExpect(jsonPath("$.awards[1].quota.limit").value(3))
                .andExpect(jsonPath("$.awards[1].warnings[0]").value(
                        org.hamcrest.Matchers.startsWith("Vượt chỉ tiêu")));
        mvc.perform(get("/api/v1/nominations/guardrails").param("unit", "LS-CL")).andExpect(problem(400, "year"));
        verify(repository, never()).insert(any(), any());
        verify(honours, never()).of(anyString());
    }
}
