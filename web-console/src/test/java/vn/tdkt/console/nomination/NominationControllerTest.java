package vn.tdkt.console.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.tdkt.console.support.ConsoleWebTest;
import vn.tdkt.console.support.NominationApi;
import vn.tdkt.console.support.ServiceProblem;
import vn.tdkt.console.support.TestUsers;

@ConsoleWebTest(NominationController.class)
@Import(NominationController.NominationNavigation.class)
class NominationControllerTest {

    static final String AWARDS = Stubs.page(
            "{\"code\":\"LAO_DONG_TIEN_TIEN\",\"name\":\"Lao động tiên tiến\"}",
            "{\"code\":\"BANG_KHEN_TINH\",\"name\":\"Bằng khen của Chủ tịch UBND tỉnh\"}");
    static final String SUMMARY = """
            {"id":"n1","status":"SUBMITTED","nominatingUnitCode":"LS-CL-NL","addressedTo":"LS-CL","nomineeId":"CB-NL-0007",
             "nomineeName":"Hoàng Thị Lan","nomineeUnitCode":"LS-CL-NL","awardCode":"BANG_KHEN_TINH",
             "awardName":"Bằng khen của Chủ tịch UBND tỉnh","year":2025,"version":1,"updatedAt":"2025-09-01T01:00:00Z"}""";
    static final String DOSSIER = """
            {"id":"n1","status":"SUBMITTED","nominatingUnitCode":"LS-CL-NL","addressedTo":"LS-CL","forwardedFrom":null,
             "nominee":{"kind":"INDIVIDUAL","nomineeId":"CB-NL-0007","name":"Hoàng Thị Lan","position":"Công chức Văn hoá – Xã hội",
                        "unitCode":"LS-CL-NL","gender":"FEMALE","ethnicity":"Tày","birthYear":1986,"category":null},
             "award":{"code":"BANG_KHEN_TINH","name":"Bằng khen của Chủ tịch UBND tỉnh"},"basis":"REGULAR","campaignId":null,
             "year":2025,"achievements":"Hoàn thành xuất sắc nhiệm vụ hai năm liền",
             "evidence":{"taskRatings":[{"year":2024,"rating":"HTXSNV"},{"year":2025,"rating":"HTXSNV"}],
                         "earlierHonours":[],"initiativeIds":[],"discipline":"NONE"},
             "attachments":[],
             "appraisal":{"rulePackId":"vn-2025-07","verdict":"UNKNOWN","passed":false,"gaps":[],
                          "criteria":[{"code":"TASK_RATING","status":"MET","reason":"HTXSNV 2 năm","citation":"Điều 74 Luật 06/2022/QH15","note":null},
                                      {"code":"EXEMPLARY","status":"UNKNOWN","reason":"cần Hội đồng đánh giá","citation":"Điều 74 khoản 1 điểm a Luật 06/2022/QH15","note":null}],
                          "proposedReasons":["Chưa xác định EXEMPLARY: cần Hội đồng đánh giá"],"appraiser":"thuky.hoidong","at":"2025-09-02T02:00:00Z"},
             "returnReasons":[],"vote":null,"decision":null,"forward":null,"version":3,
             "createdAt":"2025-09-01T01:00:00Z","updatedAt":"2025-09-02T02:00:00Z"}""";
    static final String HISTORY = Stubs.page(
            "{\"at\":\"2025-09-01T01:00:00Z\",\"nominationId\":\"n1\",\"unitCode\":\"LS-CL-NL\",\"actor\":\"thiduakt.nhanly\",\"action\":\"DRAFTED\",\"status\":\"DRAFT\",\"note\":null}",
            "{\"at\":\"2025-09-01T02:00:00Z\",\"nominationId\":\"n1\",\"unitCode\":\"LS-CL-NL\",\"actor\":\"thiduakt.nhanly\",\"action\":\"SUBMITTED\",\"status\":\"SUBMITTED\",\"note\":null}");
    static final String ANSWER = """
            {"award":"LAO_DONG_TIEN_TIEN","awardName":"Lao động tiên tiến","verdict":"NOT_ELIGIBLE",
             "rulePack":{"id":"vn-2025-07","name":"Luật 06/2022/QH15 và Nghị định 152/2025/NĐ-CP"},
             "criteria":[{"code":"TASK_RATING","status":"NOT_MET","reason":"2025: chỉ hoàn thành nhiệm vụ",
                          "citation":"Điều 24 khoản 1 điểm a Luật 06/2022/QH15"}]}""";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    NominationApi nominations;
    Stubs stubs;

    @BeforeEach
    void stubs() {
        stubs = Stubs.gets(nominations)
                .on("/api/v1/awards", AWARDS)
                .on("/api/v1/campaigns", Stubs.page("{\"id\":\"c1\",\"title\":\"Thi đua chào mừng Đại hội\"}"))
                .on("/api/v1/nominations", Stubs.page(SUMMARY))
                .on("/api/v1/nominations/n1/history", HISTORY);
        when(nominations.get("/api/v1/nominations/{id}", "n1")).thenReturn(Stubs.json(DOSSIER));
    }

    @Test
    void theListRelaysTheFiltersAndASearchWithoutDiacritics() throws Exception {
        String html = mvc.perform(get("/nominations").param("q", "hoang thi lan").param("status", "SUBMITTED").param("year", "2025")
                        .with(TestUsers.chiLangOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(URLDecoder.decode(stubs.queryOf("/api/v1/nominations"), StandardCharsets.UTF_8))
                .contains("status=SUBMITTED", "year=2025", "q=hoang thi lan", "size=20");
        assertThat(html).contains("Hoàng Thị Lan").contains("Đã gửi, chờ thẩm định").contains("<caption")
                .contains("Lập hồ sơ đề nghị khen thưởng")
                .contains("/nominations/export?status=SUBMITTED&amp;year=2025&amp;q=hoang%20thi%20lan&amp;format=csv");
    }

    @Test
    void aCouncilMemberSeesTheListButNoDraftingButton() throws Exception {
        String html = mvc.perform(get("/nominations").with(TestUsers.councilMember()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Hoàng Thị Lan").doesNotContain("/nominations/new");
    }

    @Test
    void aNewDossierIsPostedAsTheServiceNamesItsFieldsAndOpensAfterwards() throws Exception {
        when(nominations.post(eq("/api/v1/nominations"), any())).thenReturn(Stubs.json("{\"id\":\"n9\"}"));
        mvc.perform(post("/nominations").with(TestUsers.chiLangOfficer()).with(csrf())
                        .param("nominatingUnitCode", "LS-CL").param("addressedTo", "LS-CL")
                        .param("nominee.kind", "INDIVIDUAL").param("nominee.nomineeId", "CB-0042")
                        .param("nominee.name", "Hoàng Thị Mai").param("nominee.position", "Công chức Văn phòng – Thống kê")
                        .param("nominee.unitCode", "LS-CL").param("nominee.birthYear", "1988")
                        .param("award", "LAO_DONG_TIEN_TIEN").param("basis", "REGULAR").param("year", "2025")
                        .param("achievements", "Hoàn thành tốt nhiệm vụ")
                        .param("evidence.taskRatings[0].year", "2024").param("evidence.taskRatings[0].rating", "")
                        .param("evidence.taskRatings[1].year", "2025").param("evidence.taskRatings[1].rating", "HTTNV")
                        .param("action", "submit"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/nominations/n9?done=submitted"));
        ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
        verify(nominations).post(eq("/api/v1/nominations"), body.capture());
        JsonNode sent = (JsonNode) body.getValue();
        assertThat(sent.path("submit").asBoolean()).isTrue();
        assertThat(sent.path("nominee").path("name").asString()).isEqualTo("Hoàng Thị Mai");
        assertThat(sent.path("nominee").path("birthYear").isNumber()).isTrue();
        assertThat(sent.path("evidence").path("taskRatings")).hasSize(1);
        assertThat(sent.path("evidence").path("taskRatings").get(0).path("rating").asString()).isEqualTo("HTTNV");
        assertThat(sent.path("evidence").has("earlierHonours")).as("left to the service to prefill").isFalse();
    }

    @Test
    void aRefusalAppearsNextToTheFieldItNamesWithWhatWasTyped() throws Exception {
        when(nominations.post(eq("/api/v1/nominations"), any())).thenThrow(new ServiceProblem("nomination", 400, "Bad Request",
                "The request has invalid fields", List.of(new ServiceProblem.FieldProblem("nominee.name", "must not be blank"),
                new ServiceProblem.FieldProblem("evidence.taskRatings[1].rating", "'GIOI' is not one of HTXSNV, HTTNV, HTNV, KHTNV")), null));
        String html = mvc.perform(post("/nominations").with(TestUsers.chiLangOfficer()).with(csrf())
                        .param("nominatingUnitCode", "LS-CL").param("nominee.kind", "INDIVIDUAL").param("nominee.position", "Kế toán")
                        .param("action", "draft"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("role=\"alert\"").contains("href=\"#f-nominee-name\"")
                .contains("id=\"f-nominee-name-error\"").contains("must not be blank")
                .contains("aria-describedby=\"f-evidence-taskRatings-1-rating-error\"")
                .contains("value=\"Kế toán\"");
    }

    @Test
    void theExplainerAnswersPerCriterionWithItsCitationAndAsksAgainWithoutARecordlessNomineeId() throws Exception {
        when(nominations.post(eq("/api/v1/eligibility-checks"), any()))
                .thenThrow(new ServiceProblem("nomination", 422, null, null,
                        List.of(new ServiceProblem.FieldProblem("nomineeId", "no honours or initiatives are recorded")), null))
                .thenReturn(Stubs.json(ANSWER));
        String html = mvc.perform(post("/nominations").with(TestUsers.chiLangOfficer()).with(csrf()).header("HX-Request", "true")
                        .param("nominee.kind", "INDIVIDUAL").param("nominee.nomineeId", "CB-0042").param("award", "LAO_DONG_TIEN_TIEN")
                        .param("evidence.taskRatings[0].year", "2025").param("evidence.taskRatings[0].rating", "HTNV")
                        .param("action", "explain"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).startsWith("<section").contains("id=\"explainer\"").contains("Không đủ điều kiện")
                .contains("TASK_RATING").contains("Không đạt").contains("Điều 24 khoản 1 điểm a Luật 06/2022/QH15")
                .doesNotContain("<html");
        ArgumentCaptor<Object> asked = ArgumentCaptor.forClass(Object.class);
        verify(nominations, org.mockito.Mockito.times(2)).post(eq("/api/v1/eligibility-checks"), asked.capture());
        ObjectNode second = (ObjectNode) asked.getAllValues().get(1);
        assertThat(second.has("nomineeId")).isFalse();
        assertThat(second.path("nominee").path("years").get(0).path("taskRating").asString()).isEqualTo("HTNV");
        verify(nominations, never()).post(eq("/api/v1/nominations"), any());
    }

    @Test
    void theDossierShowsTheStoredAppraisalWithCitationsTheHistoryAndTheSecretarysSteps() throws Exception {
        String html = mvc.perform(get("/nominations/n1").with(TestUsers.user("thuky.hoidong", "Thư ký", "COUNCIL_SECRETARY", "LS")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Hoàng Thị Lan").contains("Kết quả thẩm định").contains("Điều 74 khoản 1 điểm a Luật 06/2022/QH15")
                .contains("name=\"notes.EXEMPLARY\"").contains("Chưa xác định EXEMPLARY: cần Hội đồng đánh giá")
                .contains("/nominations/n1/return").contains("Lập hồ sơ").contains("01/09/2025 08:00")
                .doesNotContain("/nominations/n1/edit");
    }

    @Test
    void anAppraisalSendsTheNotesAndTheDateAsIso() throws Exception {
        when(nominations.post(eq("/api/v1/nominations/{id}/appraisal"), any(), eq("n1"))).thenReturn(Stubs.json(DOSSIER));
        mvc.perform(post("/nominations/n1/appraisal").with(TestUsers.chiLangOfficer()).with(csrf())
                        .param("decisionDate", "02/09/2025").param("notes.EXEMPLARY", "Được Hội đồng xã suy tôn").param("notes.OTHER", " "))
                .andExpect(redirectedUrl("/nominations/n1?done=appraised"));
        ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
        verify(nominations).post(eq("/api/v1/nominations/{id}/appraisal"), body.capture(), eq("n1"));
        JsonNode sent = (JsonNode) body.getValue();
        assertThat(sent.path("decisionDate").asString()).isEqualTo("2025-09-02");
        assertThat(sent.path("notes").properties()).hasSize(1);
    }

    @Test
    void aReturnSendsOneReasonALineAndARefusedReasonShowsAtTheField() throws Exception {
        when(nominations.post(eq("/api/v1/nominations/{id}/return"), any(), eq("n1"))).thenThrow(new ServiceProblem("nomination", 400, null,
                null, List.of(new ServiceProblem.FieldProblem("reasons[1]", "must be 1–2000 characters")), null));
        String html = mvc.perform(post("/nominations/n1/return").with(TestUsers.chiLangOfficer()).with(csrf())
                        .param("reasons", "Thiếu báo cáo thành tích\n\nThiếu xếp loại 2024"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
        verify(nominations).post(eq("/api/v1/nominations/{id}/return"), body.capture(), eq("n1"));
        assertThat(((JsonNode) body.getValue()).path("reasons")).hasSize(2);
        assertThat(html).contains("id=\"f-reasons-error\"").contains("[1]: must be 1–2000 characters").contains("Thiếu xếp loại 2024");
    }

    @Test
    void editingSendsTheVersionReadAsIfMatchThenSubmits() throws Exception {
        when(nominations.put(eq("/api/v1/nominations/{id}"), any(), eq("\"3\""), eq("n1"))).thenReturn(Stubs.json(DOSSIER));
        String form = mvc.perform(get("/nominations/n1/edit").with(TestUsers.chiLangOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("name=\"version\" value=\"3\"").contains("value=\"Hoàng Thị Lan\"");
        mvc.perform(post("/nominations/n1").with(TestUsers.chiLangOfficer()).with(csrf()).param("version", "3")
                        .param("nominee.kind", "INDIVIDUAL").param("nominee.name", "Hoàng Thị Lan").param("action", "submit"))
                .andExpect(redirectedUrl("/nominations/n1?done=submitted"));
        verify(nominations).post("/api/v1/nominations/{id}/submit", null, "n1");
    }

    @Test
    void aForwardOutsideTheAuthorityIsExplainedOnTheDossier() throws Exception {
        when(nominations.post("/api/v1/nominations/{id}/forward", null, "n1")).thenThrow(new ServiceProblem("nomination", 422, null,
                "The award lies within LS-CL's authority: decide it there",
                List.of(new ServiceProblem.FieldProblem("addressedTo", "DISTRICT grants it")), null));
        String html = mvc.perform(post("/nominations/n1/forward").with(TestUsers.chiLangOfficer()).with(csrf()))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("error-summary").contains("addressedTo: DISTRICT grants it");
    }
}
