package vn.tdkt.console.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.tdkt.console.support.CampaignApi;
import vn.tdkt.console.support.ConsoleWebTest;
import vn.tdkt.console.support.DelegateApi;
import vn.tdkt.console.support.Json;
import vn.tdkt.console.support.ServiceProblem;
import vn.tdkt.console.support.TestUsers;

@ConsoleWebTest({CongressController.class, TimelineController.class})
class CongressControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    DelegateApi delegates;
    @MockitoBean
    CampaignApi campaigns;

    @BeforeEach
    void chiLang() {
        FakeService.on(delegates)
                .answers("/api/v1/congresses/" + ChiLang.DISTRICT, ChiLang.district())
                .answers("/api/v1/congresses/" + ChiLang.NHAN_LY, ChiLang.nhanLy())
                .answers("/api/v1/congresses", ChiLang.page(ChiLang.nhanLy(), ChiLang.district()))
                .answers("/api/v1/congresses?upper=" + ChiLang.DISTRICT + "&size=200", ChiLang.page(ChiLang.nhanLy()))
                .answers("/api/v1/congresses?upper=" + ChiLang.NHAN_LY + "&size=200", ChiLang.page())
                .answers("/api/v1/congresses/" + ChiLang.DISTRICT + "/allocations/current", ChiLang.allocation())
                .answers("/api/v1/congresses/" + ChiLang.DISTRICT + "/timeline", ChiLang.timeline());
        FakeService.on(campaigns)
                .answers("/api/v1/units/LS-CL", "{\"code\":\"LS-CL\",\"name\":\"Huyện Chi Lăng\",\"staffCount\":450}")
                .answers("/api/v1/units/LS-CL-X", "{\"code\":\"LS-CL-X\",\"name\":\"Xã X\",\"staffCount\":200}")
                .answers("/api/v1/units", ChiLang.page("{\"code\":\"LS-CL-NL\",\"name\":\"Xã Nhân Lý\",\"staffCount\":18}"));
    }

    @Test
    void theListFindsChiLangWithoutDiacriticsAndOffersPlanningToTheOfficerOnly() throws Exception {
        String html = mvc.perform(get("/congresses").param("q", "chi lang").with(TestUsers.chiLangOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Hội nghị điển hình tiên tiến huyện Chi Lăng năm 2025").doesNotContain("xã Nhân Lý năm")
                .contains("15/04/2025").contains("Hội nghị đại biểu").contains("href=\"/congresses/new\"");

        String member = mvc.perform(get("/congresses").with(TestUsers.councilMember()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(member).contains("xã Nhân Lý").contains("Thí điểm").doesNotContain("href=\"/congresses/new\"");
    }

    @Test
    void thePlanFormExplainsTheStaffRuleAndAsksAtExactly200() throws Exception {
        String html = mvc.perform(get("/congresses/new").with(TestUsers.chiLangOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Đơn vị có 450 cán bộ (trên 200): tổ chức hội nghị đại biểu")
                .contains("Xã Nhân Lý").contains("Theo quy định (theo số cán bộ)")
                .contains("Hội nghị điển hình tiên tiến huyện Chi Lăng năm 2025 (LS-CL, 15/04/2025)");

        String fragment = mvc.perform(get("/congresses/form-rule").param("organiserUnitCode", "LS-CL-X")
                        .header("HX-Request", "true").with(TestUsers.chiLangOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("đúng 200 cán bộ").contains("cần chọn hình thức").doesNotContain("<html");
    }

    @Test
    void aPlanGoesToTheServiceWithIsoDatesNumbersAndTheCompositionPolicy() throws Exception {
        when(delegates.post(eq("/api/v1/congresses"), any())).thenReturn(Json.mapper().readTree(
                "{\"id\":\"" + ChiLang.DISTRICT + "\",\"warnings\":[]}"));

        mvc.perform(post("/congresses").with(csrf()).with(TestUsers.chiLangOfficer())
                        .param("organiserUnitCode", "LS-CL").param("title", "Hội nghị điển hình tiên tiến huyện Chi Lăng năm 2025")
                        .param("date", "15/04/2025").param("form", "DELEGATE").param("maxDelegates", "300")
                        .param("women", "30").param("agenda", "Chào cờ\n\nThông qua danh sách đại biểu đi dự Đại hội cấp trên"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/congresses/" + ChiLang.DISTRICT));

        ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
        verify(delegates).post(eq("/api/v1/congresses"), body.capture());
        JsonNode sent = (JsonNode) body.getValue();
        assertThat(sent.path("date").asString()).isEqualTo("2025-04-15");
        assertThat(sent.path("maxDelegates").asInt()).isEqualTo(300);
        assertThat(sent.path("form").asString()).isEqualTo("DELEGATE");
        assertThat(sent.path("policy").toString()).isEqualTo(
                "{\"exemplaryPercent\":70,\"targets\":[{\"attribute\":\"WOMEN\",\"minimumPercent\":30}]}");
        assertThat(sent.path("agenda")).hasSize(2);
        assertThat(sent.has("upperCongressId")).isFalse();
        assertThat(sent.has("overrideReason")).isFalse();
    }

    @Test
    void aDateAgainstTheOrderOfLevelsIsShownAtTheDateAndTheOverrideIsOffered() throws Exception {
        when(delegates.post(eq("/api/v1/congresses"), any())).thenThrow(new ServiceProblem("delegate", 422,
                "Unprocessable Entity", "A congress rule is broken", List.of(new ServiceProblem.FieldProblem("date",
                "2025-04-20 is not before the upper congress's date 2025-04-15")), null));

        String html = mvc.perform(post("/congresses").with(csrf()).with(TestUsers.chiLangOfficer())
                        .param("organiserUnitCode", "LS-CL-DMQ").param("title", "Hội nghị xã Đồng Mỏ – Quang Lang")
                        .param("date", "20/04/2025").param("upperCongressId", ChiLang.DISTRICT))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("role=\"alert\"").contains("id=\"f-date-error\"")
                .contains("is not before the upper congress&#39;s date").contains("aria-invalid=\"true\"")
                .contains("value=\"20/04/2025\"").contains("name=\"overrideReason\"")
                .contains("Lý do tổ chức khác thứ tự các cấp");
    }

    @Test
    void aCongressShowsItsDocumentsSeatsAndLowerCongressesAndItsOrganiserMayChangeIt() throws Exception {
        String html = mvc.perform(get("/congresses/" + ChiLang.DISTRICT).with(TestUsers.chiLangOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("31/03/2025").contains("Chưa đến hạn").contains("30/01/2025")
                .contains("LS-CL-NL").contains("54 đại biểu").contains("xã Nhân Lý năm 2025")
                .contains("action=\"/congresses/" + ChiLang.DISTRICT + "/revise\"").contains("value=\"&quot;3&quot;\"")
                .contains("/congresses/" + ChiLang.DISTRICT + "/roster");

        String member = mvc.perform(get("/congresses/" + ChiLang.DISTRICT).with(TestUsers.councilMember()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(member).doesNotContain("/revise").doesNotContain("/roster").contains("Kế hoạch");
    }

    @Test
    void aRevisionIsAPatchWithTheVersionRead() throws Exception {
        when(delegates.patch(eq("/api/v1/congresses/{id}"), any(), eq("\"3\""), eq(ChiLang.DISTRICT)))
                .thenReturn(Json.mapper().readTree("{\"warnings\":[]}"));
        mvc.perform(post("/congresses/" + ChiLang.DISTRICT + "/revise").with(csrf()).with(TestUsers.chiLangOfficer())
                        .param("version", "\"3\"").param("form", "DELEGATE").param("maxDelegates", "280"))
                .andExpect(redirectedUrl("/congresses/" + ChiLang.DISTRICT));
        ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
        verify(delegates).patch(eq("/api/v1/congresses/{id}"), body.capture(), eq("\"3\""), eq(ChiLang.DISTRICT));
        assertThat(body.getValue().toString()).isEqualTo("{\"form\":\"DELEGATE\",\"maxDelegates\":280}");
    }

    @Test
    void theTimelineIsAChartWithItsTableWhatIsLateInWordsAndReceiptsForTheCouncil() throws Exception {
        String html = mvc.perform(get("/congresses/" + ChiLang.DISTRICT + "/timeline").with(TestUsers.chiLangOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<svg").contains("aria-labelledby=\"gantt-title gantt-desc\"")
                .contains("TRỄ HẠN: 1 tài liệu chưa nhận").contains("state-LATE")
                .contains("<caption>Lịch đại hội và tài liệu (cùng số liệu với biểu đồ)</caption>")
                .contains("Nhận muộn 07/02/2025").contains("Chưa chọn hình thức")
                .contains("/congresses/" + ChiLang.DISTRICT + "/timeline/export?format=xlsx")
                // LS-CL receives the communes' documents; the province (LS) receives the district's: not this officer.
                .contains("action=\"/congresses/" + ChiLang.NHAN_LY + "/documents\"")
                .doesNotContain("action=\"/congresses/" + ChiLang.DISTRICT + "/documents\"");
        // the chart's <title> names the chart, not the page: the head has one title
        String head = html.substring(0, html.indexOf("</head>"));
        assertThat(head.split("<title", -1)).hasSize(2);
        // the pilot commune is drawn first, the district last
        assertThat(html.indexOf("★ Hội nghị điển hình tiên tiến xã Nhân Lý")).isLessThan(html.indexOf(">Hội nghị điển hình tiên tiến huyện Chi Lăng"));
    }

    @Test
    void aReceiptIsRecordedByTheCouncilAndLeadsBackToTheTimeline() throws Exception {
        mvc.perform(post("/congresses/" + ChiLang.NHAN_LY + "/documents").with(csrf()).with(TestUsers.chiLangOfficer())
                        .param("document", "PLAN").param("receivedOn", "07/02/2025").param("back", ChiLang.DISTRICT))
                .andExpect(redirectedUrl("/congresses/" + ChiLang.DISTRICT + "/timeline"));
        ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
        verify(delegates).put(eq("/api/v1/congresses/{id}/documents/{document}"), body.capture(), eq(null),
                eq(ChiLang.NHAN_LY), eq("PLAN"));
        assertThat(body.getValue().toString()).isEqualTo("{\"receivedOn\":\"2025-02-07\"}");
    }

    @Test
    void exportsAreRelayedWithTheirTypeAndOnlyAsCsvOrExcel() throws Exception {
        when(delegates.download(any())).thenReturn(org.springframework.http.ResponseEntity.ok()
                .header("Content-Type", "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"lich-dai-hoi.csv\"").body("a,b".getBytes()));
        mvc.perform(get("/congresses/" + ChiLang.DISTRICT + "/timeline/export").param("format", "csv")
                        .with(TestUsers.chiLangOfficer()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", "attachment; filename=\"lich-dai-hoi.csv\""));
        mvc.perform(get("/congresses/" + ChiLang.DISTRICT + "/timeline/export").param("format", "pdf")
                        .with(TestUsers.chiLangOfficer()))
                .andExpect(status().isUnprocessableContent());
    }
}
