package vn.tdkt.console.nomination.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.HttpSession;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import vn.tdkt.console.nomination.Stubs;
import vn.tdkt.console.support.ConsoleWebTest;
import vn.tdkt.console.support.NominationApi;
import vn.tdkt.console.support.ServiceProblem;
import vn.tdkt.console.support.TestUsers;

@ConsoleWebTest(CouncilController.class)
@ExtendWith(OutputCaptureExtension.class)
class CouncilControllerTest {

    static final String OPEN_SESSION = """
            {"id":"s1","councilUnitCode":"LS","councilName":"Hội đồng Thi đua – Khen thưởng tỉnh","title":"Phiên xét khen thưởng năm 2025",
             "status":"OPEN","membership":5,"members":["uyvien.1","uyvien.2","uyvien.3","uyvien.4","uyvien.5"],
             "openedAt":"2025-12-01T02:00:00Z","openedBy":"thuky.hoidong","closedAt":null,"closedBy":null,"resultsApplied":false,
             "agenda":[{"nominationId":"n1","nomineeName":"Hoàng Thị Lan","nomineeUnitCode":"LS-CL-NL","awardCode":"BANG_KHEN_TINH",
                        "awardName":"Bằng khen của Chủ tịch UBND tỉnh","year":2025,"rulePackId":"vn-2025-07","participants":2}],
             "version":3}""";
    static final String CLOSED_SESSION = OPEN_SESSION.replace("\"OPEN\"", "\"CLOSED\"").replace("\"closedAt\":null", "\"closedAt\":\"2025-12-01T04:00:00Z\"")
            .replace("\"participants\":2}", "\"participants\":5,\"approvals\":5,\"rejections\":0,\"blanks\":0,\"threshold\":0.9,"
                    + "\"denominator\":\"TOTAL_MEMBERS\",\"approved\":true,\"ruleApplied\":\"Quy chế hoạt động của Hội đồng: từ 90% tổng số thành viên\"}")
            .replace("\"resultsApplied\":false", "\"resultsApplied\":true,\"present\":5");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    NominationApi nominations;

    @BeforeEach
    void session() {
        when(nominations.get("/api/v1/councils/{unit}/sessions/{id}", "LS", "s1")).thenReturn(Stubs.json(OPEN_SESSION));
    }

    @Test
    void aMemberSeesTheAgendaWithASecretBallotPerDossierButNoCounts() throws Exception {
        String html = mvc.perform(get("/councils/LS/sessions/s1").with(TestUsers.councilMember()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Hoàng Thị Lan").contains("Bỏ phiếu kín")
                .contains("name=\"choice\"").contains("value=\"APPROVE\"").contains("value=\"REJECT\"").contains("value=\"BLANK\"")
                .contains("<legend>Phiếu cho hồ sơ Hoàng Thị Lan – Bằng khen của Chủ tịch UBND tỉnh</legend>")
                .doesNotContain("Kết thúc và kiểm phiếu").doesNotContain("checked");
    }

    @Test
    void aBallotIsRelayedAndCountedWithoutTheChoiceGoingAnywhereElse(CapturedOutput output) throws Exception {
        when(nominations.post(eq("/api/v1/councils/{unit}/sessions/{id}/ballots"), any(), eq("LS"), eq("s1")))
                .thenReturn(Stubs.json("{\"sessionId\":\"s1\",\"nominationId\":\"n1\",\"receipt\":\"3f9a7c\",\"counted\":true}"));
        MvcResult cast = mvc.perform(post("/councils/LS/sessions/s1/ballots").with(TestUsers.councilMember()).with(csrf())
                        .param("nominationId", "n1").param("choice", "REJECT"))
                .andExpect(status().is3xxRedirection()).andReturn();

        ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
        verify(nominations).post(eq("/api/v1/councils/{unit}/sessions/{id}/ballots"), body.capture(), eq("LS"), eq("s1"));
        assertThat(((JsonNode) body.getValue()).path("choice").asString()).isEqualTo("REJECT");
        String location = cast.getResponse().getRedirectedUrl();
        assertThat(location).isEqualTo("/councils/LS/sessions/s1?voted=n1&receipt=3f9a7c").doesNotContain("REJECT");
        HttpSession session = cast.getRequest().getSession(false);
        if (session != null) {
            for (String name : Collections.list(session.getAttributeNames())) {
                assertThat(String.valueOf(session.getAttribute(name))).as(name).doesNotContain("REJECT");
            }
        }
        assertThat(cast.getModelAndView() == null ? "" : String.valueOf(cast.getModelAndView().getModel())).doesNotContain("REJECT");
        assertThat(output.getAll()).doesNotContain("REJECT");

        when(nominations.get("/api/v1/councils/{unit}/sessions/{id}/ballots/receipts/{receipt}", "LS", "s1", "3f9a7c"))
                .thenReturn(Stubs.json("{\"sessionId\":\"s1\",\"receipt\":\"3f9a7c\",\"counted\":true}"));
        String after = mvc.perform(get(location).with(TestUsers.councilMember()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("Phiếu của bạn đã được ghi nhận và kiểm đếm").contains("3f9a7c")
                .contains("Đã bỏ phiếu, đã kiểm đếm").doesNotContain("REJECT").doesNotContain("Không đồng ý</span>");
    }

    @Test
    void aSecondBallotIsRefusedWithNothingTicked() throws Exception {
        when(nominations.post(eq("/api/v1/councils/{unit}/sessions/{id}/ballots"), any(), eq("LS"), eq("s1")))
                .thenThrow(new ServiceProblem("nomination", 409, "Conflict", "uyvien.1 has already voted on n1", List.of(), null));
        String html = mvc.perform(post("/councils/LS/sessions/s1/ballots").with(TestUsers.councilMember()).with(csrf())
                        .param("nominationId", "n1").param("choice", "APPROVE"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("role=\"alert\"").contains("already voted").doesNotContain("checked");
    }

    @Test
    void anUnknownReceiptIsSaidNotToBeCounted() throws Exception {
        when(nominations.get("/api/v1/councils/{unit}/sessions/{id}/ballots/receipts/{receipt}", "LS", "s1", "zzz"))
                .thenThrow(new ServiceProblem("nomination", 404, null, null, List.of(), null));
        String html = mvc.perform(get("/councils/LS/sessions/s1/receipt").param("receipt", "zzz").with(TestUsers.councilMember()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Không có phiếu nào mang mã xác nhận này");
    }

    @Test
    void theSecretarySeesTheGuardrailWarningsBeforeOpeningAndOpensOverTheTickedDossiers() throws Exception {
        Stubs stubs = Stubs.gets(nominations)
                .on("/api/v1/nominations/guardrails", """
                        {"unitCode":"LS","year":2025,"rulePackId":"vn-2025-07","awards":[{"awardCode":"CSTD_CO_SO","awardName":"Chiến sĩ thi đua cơ sở",
                          "pending":3,"approved":0,"honours":0,"quota":{"status":"UNKNOWN","reason":"Nghị định 152/2025 chưa quy định tỷ lệ"},
                          "warnings":["Tỷ lệ Chiến sĩ thi đua cơ sở chưa xác định theo bộ quy tắc vn-2025-07"]}]}""")
                .on("/api/v1/nominations", Stubs.page(
                        "{\"id\":\"n1\",\"addressedTo\":\"LS\",\"nomineeName\":\"Hoàng Thị Lan\",\"awardName\":\"Bằng khen\",\"nominatingUnitCode\":\"LS-CL\",\"year\":2025}",
                        "{\"id\":\"n2\",\"addressedTo\":\"LS-CL\",\"nomineeName\":\"Ở cấp huyện\",\"awardName\":\"Giấy khen\",\"nominatingUnitCode\":\"LS-CL\",\"year\":2025}"));
        String html = mvc.perform(get("/councils/LS/sessions/new").param("year", "2025")
                        .with(TestUsers.user("thuky.hoidong", "Thư ký", "COUNCIL_SECRETARY", "LS")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stubs.queryOf("/api/v1/nominations")).contains("addressedTo=LS", "status=APPRAISED", "year=2025");
        assertThat(html).contains("Tỷ lệ Chiến sĩ thi đua cơ sở chưa xác định").contains("Chưa xác định")
                .contains("value=\"n1\"").doesNotContain("Ở cấp huyện");

        when(nominations.post(eq("/api/v1/councils/{unit}/sessions"), any(), eq("LS"))).thenReturn(Stubs.json("{\"id\":\"s1\"}"));
        mvc.perform(post("/councils/LS/sessions").with(TestUsers.user("thuky.hoidong", "Thư ký", "COUNCIL_SECRETARY", "LS")).with(csrf())
                        .param("title", "Phiên 1").param("nominationIds", "n1").param("year", "2025"))
                .andExpect(header().string("Location", "/councils/LS/sessions/s1"));
        ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
        verify(nominations).post(eq("/api/v1/councils/{unit}/sessions"), body.capture(), eq("LS"));
        assertThat(((JsonNode) body.getValue()).path("nominationIds").get(0).asString()).isEqualTo("n1");
    }

    @Test
    void closingWithoutTheRuleTheUnknownThresholdNeedsShowsTheServicesReasonAtTheField() throws Exception {
        when(nominations.post(eq("/api/v1/councils/{unit}/sessions/{id}/close"), any(), eq("LS"), eq("s1")))
                .thenThrow(new ServiceProblem("nomination", 422, null, "A rule is needed", List.of(new ServiceProblem.FieldProblem(
                        "ruleApplied", "n1: vn-2025-07 leaves the council's threshold unconfirmed")), null));
        String html = mvc.perform(post("/councils/LS/sessions/s1/close").with(TestUsers.user("thuky.hoidong", "Thư ký", "COUNCIL_SECRETARY", "LS"))
                        .with(csrf()).param("threshold", ""))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"f-ruleApplied-error\"").contains("leaves the council").contains("Kết thúc và kiểm phiếu");
    }

    @Test
    void aClosedSessionShowsTheTalliesTheRuleAndTheMinutes() throws Exception {
        when(nominations.get("/api/v1/councils/{unit}/sessions/{id}", "LS", "s1")).thenReturn(Stubs.json(CLOSED_SESSION));
        String html = mvc.perform(get("/councils/LS/sessions/s1").with(TestUsers.chiLangOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Đã kết thúc").contains("Thông qua").contains("ngưỡng 0,9 của tổng số thành viên")
                .contains("/councils/LS/sessions/s1/minutes").contains("/councils/LS/sessions/s1/minutes.pdf")
                .doesNotContain("name=\"choice\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMinutesAreShownAsTheServiceWroteThemWithNoScriptAllowed() throws Exception {
        when(nominations.download(any(Function.class), eq(MediaType.TEXT_HTML))).thenReturn(ResponseEntity.ok()
                .contentType(MediaType.TEXT_HTML).body("<html><body><h1>BIÊN BẢN</h1></body></html>".getBytes(StandardCharsets.UTF_8)));
        mvc.perform(get("/councils/LS/sessions/s1/minutes").with(TestUsers.chiLangOfficer()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'none'")))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("BIÊN BẢN"));
    }

    @Test
    void thresholdsAreReadAsTypedInVietnameseOrEnglish() {
        assertThat(CouncilController.share("0,9")).isEqualTo(new BigDecimal("0.9"));
        assertThat(CouncilController.share("0.75")).isEqualTo(new BigDecimal("0.75"));
        assertThat(CouncilController.share("90 %")).isEqualTo(new BigDecimal("0.9"));
        assertThat(CouncilController.share("2/3")).isEqualTo("2/3");
        assertThat(CouncilController.share(" ")).isNull();
    }
}
