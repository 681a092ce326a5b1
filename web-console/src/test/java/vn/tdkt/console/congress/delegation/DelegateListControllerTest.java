package vn.tdkt.console.congress.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import vn.tdkt.console.congress.ChiLang;
import vn.tdkt.console.congress.FakeService;
import vn.tdkt.console.support.ConsoleWebTest;
import vn.tdkt.console.support.CurrentUser;
import vn.tdkt.console.support.DelegateApi;
import vn.tdkt.console.support.ServiceProblem;
import vn.tdkt.console.support.TestUsers;

@ConsoleWebTest({DelegateListController.class, RosterController.class})
class DelegateListControllerTest {

    private static final String LIST = "/api/v1/congresses/" + ChiLang.DISTRICT + "/delegate-lists/LS-CL-NL";
    private static final String PAGE = "/congresses/" + ChiLang.DISTRICT + "/lists/LS-CL-NL";
    /** Nhân Lý's list with the person honoured in the nomination test: 1 of 54 seats, 100 % exemplary, no woman. */
    private static final String HUNG = """
            {"congressId":"%s","unitCode":"LS-CL-NL","status":"DRAFT","version":1,"count":1,
             "delegates":[{"id":"d-1","fullName":"Lương Văn Hùng","birthYear":1990,"gender":"MALE","ethnicity":"Nùng",
               "position":"Công chức Địa chính – Xây dựng xã Nhân Lý","category":"EXEMPLARY","directProducerOrWorker":false,
               "scientist":false,"sector":null,"attributes":["ETHNIC_MINORITY"],"source":"EXEMPLARY_REGISTER","exemplaryPersonId":"honour:1:n1"}],
             "history":[],"checks":{"approvable":true,"checks":[
               {"code":"SEATS","outcome":"PASSED","message":"1 đại biểu trên 54 suất","count":1,"total":null,"percent":null,"required":54},
               {"code":"EXEMPLARY_SHARE","outcome":"PASSED","message":"1/1 điển hình (100,0%%), yêu cầu 70%%","count":1,"total":1,"percent":100.0,"required":70},
               {"code":"COMPOSITION_TARGET","outcome":"WARNING","message":"Nữ: 0/1 (0,0%%), yêu cầu tối thiểu 30%%","count":0,"total":1,"percent":0.0,"required":30,"attribute":"WOMEN"}]}}"""
            .formatted(ChiLang.DISTRICT);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    DelegateApi delegates;

    private static OidcLoginRequestPostProcessor nhanLyOfficer() {
        return TestUsers.user("thiduakt.nhanly", "Cán bộ thi đua xã Nhân Lý", CurrentUser.EMULATION_OFFICER, "LS-CL-NL");
    }

    @BeforeEach
    void chiLang() {
        FakeService.on(delegates)
                .answers("/api/v1/congresses/" + ChiLang.DISTRICT, ChiLang.district())
                .answers("/api/v1/congresses/" + ChiLang.DISTRICT + "/allocations/current", ChiLang.allocation())
                .answers(LIST, HUNG)
                .answers("/api/v1/exemplary-people", ChiLang.page("""
                        {"id":"honour:1:n1","recipientKind":"INDIVIDUAL","name":"Lương Văn Hùng","awardCode":"LAO_DONG_TIEN_TIEN","year":2025}""",
                        """
                        {"id":"honour:1:n2","recipientKind":"COLLECTIVE","name":"Thôn Bắc Thủy","awardCode":"TAP_THE_LAO_DONG_TIEN_TIEN","year":2025}"""))
                .answers("/api/v1/congresses/" + ChiLang.DISTRICT + "/roster/summary", """
                        {"congressId":"%s","organiserUnitCode":"LS-CL","maxDelegates":300,"allocationVersion":1,
                         "units":[{"unitCode":"LS-CL-NL","seats":54,"proposed":1,"approved":1,"missing":53,"status":"APPROVED","version":3,"blocking":0,"warnings":1},
                                  {"unitCode":"LS-CL-DMQ","seats":72,"proposed":0,"approved":0,"missing":72,"status":null,"version":null,"blocking":null,"warnings":null}],
                         "totals":{"seats":126,"proposed":1,"approved":1,"missing":125},
                         "composition":[{"code":"EXEMPLARY_SHARE","outcome":"PASSED","message":"1/1 điển hình","count":1,"total":1,"percent":100.0,"required":70}]}"""
                        .formatted(ChiLang.DISTRICT))
                .answers("/api/v1/congresses/" + ChiLang.DISTRICT + "/roster", ChiLang.page("""
                        {"unitCode":"LS-CL-NL","delegateId":"d-1","fullName":"Lương Văn Hùng","birthYear":1990,"gender":"MALE",
                         "ethnicity":"Nùng","position":"Công chức","category":"EXEMPLARY","attributes":["ETHNIC_MINORITY"]}"""));
    }

    @Test
    void theListShowsItsDelegatesAndTheLiveChecksWithTheirFigures() throws Exception {
        String html = mvc.perform(get(PAGE).with(nhanLyOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Danh sách đại biểu của LS-CL-NL").contains("Lương Văn Hùng").contains("Dân tộc thiểu số")
                .contains("1 / 54 suất").contains("1 / 1 = 100% (yêu cầu 70%)").contains("Nữ: 0/1 (0,0%), yêu cầu tối thiểu 30%")
                .contains("Cảnh báo").contains("Danh sách có thể được thông qua")
                .contains("id=\"list-panel\"").contains("hx-post=\"" + PAGE + "/delegates\"")
                // only individuals are offered from the exemplary people
                .contains("value=\"honour:1:n1\"").doesNotContain("Thôn Bắc Thủy")
                .contains("Trình danh sách")
                // a commune's officer does not organise the district's congress: no roster
                .doesNotContain("/roster");
    }

    @Test
    void addingWithHtmxAnswersThePanelAloneWithTheNewChecks() throws Exception {
        when(delegates.post(eq("/api/v1/congresses/{id}/delegate-lists/{unit}/delegates"), any(), eq(ChiLang.DISTRICT),
                eq("LS-CL-NL"))).thenReturn(null);
        String html = mvc.perform(post(PAGE + "/delegates").with(csrf()).with(nhanLyOfficer()).header("HX-Request", "true")
                        .param("exemplaryPersonId", "honour:1:n1").param("birthYear", "1990").param("gender", "MALE")
                        .param("ethnicity", "Nùng").param("category", "EXEMPLARY").param("fullName", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).startsWith("<div id=\"list-panel\">").doesNotContain("<html").contains("Đã thêm đại biểu.")
                .contains("1 / 54 suất");
        ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
        verify(delegates).post(eq("/api/v1/congresses/{id}/delegate-lists/{unit}/delegates"), body.capture(),
                eq(ChiLang.DISTRICT), eq("LS-CL-NL"));
        assertThat(body.getValue().toString()).isEqualTo("{\"birthYear\":1990,\"gender\":\"MALE\",\"ethnicity\":\"Nùng\","
                + "\"category\":\"EXEMPLARY\",\"directProducerOrWorker\":false,\"scientist\":false,\"exemplaryPersonId\":\"honour:1:n1\"}");
    }

    @Test
    void aRefusedDelegateIsShownAtItsFieldsInThePanel() throws Exception {
        when(delegates.post(eq("/api/v1/congresses/{id}/delegate-lists/{unit}/delegates"), any(), any(), any()))
                .thenThrow(new ServiceProblem("delegate", 400, "Bad Request", "invalid", List.of(
                        new ServiceProblem.FieldProblem("fullName", "is required when no exemplary person is picked"),
                        new ServiceProblem.FieldProblem("gender", "is required")), null));
        String html = mvc.perform(post(PAGE + "/delegates").with(csrf()).with(nhanLyOfficer()).header("HX-Request", "true")
                        .param("position", "Nông dân sản xuất giỏi"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("role=\"alert\"").contains("id=\"f-fullName-error\"").contains("id=\"f-gender-error\"")
                .contains("value=\"Nông dân sản xuất giỏi\"").doesNotContain("<html");
    }

    @Test
    void aNamesakeIsConfirmedAsAnotherPersonWithItsReason() throws Exception {
        mvc.perform(post(PAGE + "/delegates/d-1/distinct-person").with(csrf()).with(nhanLyOfficer())
                        .param("reason", " Khác quê quán: Nhân Lý, không phải Đồng Mỏ "))
                .andExpect(redirectedUrl(PAGE));
        ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
        verify(delegates).put(eq("/api/v1/congresses/{id}/delegate-lists/{unit}/delegates/{delegate}/distinct-person"),
                body.capture(), eq(null), eq(ChiLang.DISTRICT), eq("LS-CL-NL"), eq("d-1"));
        assertThat(body.getValue().toString()).isEqualTo("{\"reason\":\"Khác quê quán: Nhân Lý, không phải Đồng Mỏ\"}");
    }

    @Test
    void removingIsADeleteAndAnApprovalBlockedByAPersonSentTwiceIsNamed() throws Exception {
        mvc.perform(post(PAGE + "/delegates/d-1/remove").with(csrf()).with(nhanLyOfficer()))
                .andExpect(redirectedUrl(PAGE));
        verify(delegates).delete("/api/v1/congresses/{id}/delegate-lists/{unit}/delegates/{delegate}", ChiLang.DISTRICT,
                "LS-CL-NL", "d-1");

        when(delegates.post(eq("/api/v1/congresses/{id}/delegate-lists/{unit}/approve"), any(), any(), any()))
                .thenThrow(new ServiceProblem("delegate", 422, "Unprocessable Entity", "The list cannot be approved",
                        List.of(new ServiceProblem.FieldProblem("delegates[0]", "Lương Văn Hùng is also on LS-CL-DMQ's list")), null));
        String html = mvc.perform(post(PAGE + "/approve").with(csrf()).with(nhanLyOfficer()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("role=\"alert\"").contains("delegates[0]: Lương Văn Hùng is also on LS-CL-DMQ&#39;s list");
    }

    @Test
    void aUnitWithoutSeatsIsToldWhyItCannotProposeYet() throws Exception {
        String html = mvc.perform(get("/congresses/" + ChiLang.DISTRICT + "/lists/LS-CL-XX").with(TestUsers.chiLangOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("chưa được phân bổ").contains("Đại hội cấp trên chưa phân bổ đại biểu cho đơn vị này")
                .contains("Chưa có danh sách").doesNotContain("Thêm đại biểu</button>");
    }

    @Test
    void theRosterShowsEachUnitsSeatsProposedApprovedMissingAndTheExports() throws Exception {
        String html = mvc.perform(get("/congresses/" + ChiLang.DISTRICT + "/roster").with(TestUsers.chiLangOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("LS-CL-DMQ").contains(">72<").contains(">53<").contains(">125<")
                .contains("Đã thông qua").contains("Chưa có danh sách").contains("0 lỗi chặn, 1 cảnh báo")
                .contains("Lương Văn Hùng").contains("/roster/export?format=xlsx").contains("/allocation/export?format=csv");

        when(delegates.download(any())).thenReturn(ResponseEntity.ok().header("Content-Type",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"danh-sach-dai-bieu.xlsx\"").body(new byte[] {1, 2}));
        mvc.perform(get("/congresses/" + ChiLang.DISTRICT + "/roster/export").param("format", "xlsx").with(TestUsers.chiLangOfficer()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"danh-sach-dai-bieu.xlsx\""));
    }

    @Test
    void aRosterTheServiceRefusesIsAPageMessage() throws Exception {
        when(delegates.get(eq("/api/v1/congresses/{id}/roster/summary"), any(Object[].class))).thenThrow(
                new ServiceProblem("delegate", 403, "Forbidden", "unit LS-CL is not LS-CL-NL or under it", List.of(), null));
        mvc.perform(get("/congresses/" + ChiLang.DISTRICT + "/roster").with(nhanLyOfficer()))
                .andExpect(status().isForbidden());
    }
}
