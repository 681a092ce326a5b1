package vn.tdkt.console.congress.apportionment;

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

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.tdkt.console.congress.ChiLang;
import vn.tdkt.console.congress.FakeService;
import vn.tdkt.console.support.CampaignApi;
import vn.tdkt.console.support.ConsoleWebTest;
import vn.tdkt.console.support.DelegateApi;
import vn.tdkt.console.support.Json;
import vn.tdkt.console.support.ServiceProblem;
import vn.tdkt.console.support.TestUsers;

@ConsoleWebTest(WorkbenchController.class)
class WorkbenchControllerTest {

    /** The 1880 Alabama figures of the contract's example: 10 seats by Hamilton over 6, 6, 2. */
    private static final String ALABAMA = """
            {"method":"HAMILTON","seats":10,"divisor":null,
             "allocations":[{"code":"LS-CL","quota":"30/7","quotaDecimal":"4.285714","seats":4,"explanation":"quota 30/7, lower 4"},
                            {"code":"LS-HL","quota":"30/7","quotaDecimal":"4.285714","seats":4,"explanation":"quota 30/7, lower 4"},
                            {"code":"LS-STC","quota":"10/7","quotaDecimal":"1.428571","seats":2,"explanation":"quota 10/7, remainder ranked 1"}],
             "warnings":[{"type":"ALABAMA_PARADOX","unitCodes":["LS-STC"],"message":"with 11 seats it would get 1"}]}""";

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
                .answers("/api/v1/congresses?upper=" + ChiLang.DISTRICT + "&size=200", ChiLang.page(
                        ChiLang.nhanLy(), ChiLang.congress(ChiLang.DONG_MO, "LS-CL-DMQ", "Xã Đồng Mỏ – Quang Lang",
                                "2025-03-12", "PLENARY", 40, false, ChiLang.DISTRICT, "2025-02-25", "DUE")))
                .answers("/api/v1/congresses/" + ChiLang.DISTRICT + "/allocations", "[" + ChiLang.allocation() + "]")
                .answers("/api/v1/exemplary-people?unit=LS-CL-NL&size=1", "{\"items\":[],\"page\":0,\"size\":1,\"totalItems\":3}");
        FakeService.on(campaigns)
                .answers("/api/v1/units/LS-CL-NL", "{\"code\":\"LS-CL-NL\",\"staffCount\":18}")
                .answers("/api/v1/units/LS-CL-DMQ", "{\"code\":\"LS-CL-DMQ\",\"staffCount\":40}");
    }

    @Test
    void pastedWeightsAreApportionedAndTheParadoxExplainedBesideAChartAndTable() throws Exception {
        when(delegates.post(eq("/api/v1/apportionments"), any())).thenReturn(Json.mapper().readTree(ALABAMA));

        String html = mvc.perform(post("/apportionment").with(csrf()).with(TestUsers.councilMember())
                        .param("seats", "10").param("method", "HAMILTON")
                        .param("units", "Mã;Trọng số\nLS-CL;6\nLS-HL;6\nLS-STC;2"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
        verify(delegates).post(eq("/api/v1/apportionments"), body.capture());
        assertThat(body.getValue().toString()).isEqualTo("{\"seats\":10,\"method\":\"HAMILTON\",\"units\":["
                + "{\"code\":\"LS-CL\",\"weight\":6},{\"code\":\"LS-HL\",\"weight\":6},{\"code\":\"LS-STC\",\"weight\":2}]}");
        assertThat(html).contains("Nghịch lý Alabama").contains("tăng tổng số đại biểu thêm 1").contains("with 11 seats it would get 1")
                .contains("aria-labelledby=\"quota-title quota-desc\"").contains("hạn ngạch 1.43 · 2 đại biểu")
                .contains("(30/7)").contains("<caption>Hạn ngạch và số đại biểu của từng đơn vị</caption>")
                .contains("Kết quả: 10 đại biểu theo phương pháp Hamilton (dư lớn nhất)")
                .doesNotContain("Lưu phân bổ cho đại hội");
    }

    @Test
    void linesThatCannotBeReadAreNamedByLineAndNothingIsSent() throws Exception {
        String html = mvc.perform(post("/apportionment").with(csrf()).with(TestUsers.chiLangOfficer())
                        .param("seats", "10").param("units", "LS-CL;6\nLS-HL;sáu"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"f-units-error\"").contains("Dòng 2: trọng số &quot;sáu&quot; không phải là số.");
        verify(delegates, never()).post(eq("/api/v1/apportionments"), any());
    }

    @Test
    void theServicesRefusalOfAUnitIsShownAtItsLine() throws Exception {
        when(delegates.post(eq("/api/v1/apportionments"), any())).thenThrow(new ServiceProblem("delegate", 400, "Bad Request",
                "invalid", List.of(new ServiceProblem.FieldProblem("units[1].weight", "must be positive")), null));
        String html = mvc.perform(post("/apportionment").with(csrf()).with(TestUsers.chiLangOfficer())
                        .param("seats", "10").param("units", "\nLS-CL;6\nLS-HL;0"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Dòng 3 (LS-HL) weight: must be positive");
    }

    @Test
    void aCongressPrefillsItsLowerUnitsByStaffAndStoresTheAllocationWithTheServicesWeights() throws Exception {
        String html = mvc.perform(get("/apportionment").param("congress", ChiLang.DISTRICT).param("basis", "STAFF")
                        .with(TestUsers.chiLangOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("LS-CL-NL\t18\nLS-CL-DMQ\t40").contains("value=\"210\"")
                .contains("210 đại biểu điển hình trên tổng số 300").contains("Lưu phân bổ cho đại hội");

        mvc.perform(post("/apportionment").with(csrf()).with(TestUsers.chiLangOfficer()).param("action", "store")
                        .param("congress", ChiLang.DISTRICT).param("basis", "STAFF").param("seats", "210")
                        .param("method", "WEBSTER").param("units", "LS-CL-NL\t18\nLS-CL-DMQ\t40"))
                .andExpect(redirectedUrl("/congresses/" + ChiLang.DISTRICT + "/allocation"));
        ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
        verify(delegates).post(eq("/api/v1/congresses/{id}/allocations"), body.capture(), eq(ChiLang.DISTRICT));
        assertThat(body.getValue().toString()).isEqualTo("{\"method\":\"WEBSTER\",\"basis\":\"STAFF\",\"seats\":210}");
    }

    @Test
    void honoursAreCountedFromTheExemplaryPeopleOfEachUnit() throws Exception {
        FakeService.on(delegates)
                .answers("/api/v1/congresses/" + ChiLang.DISTRICT, ChiLang.district())
                .answers("/api/v1/congresses?upper=" + ChiLang.DISTRICT + "&size=200", ChiLang.page(ChiLang.nhanLy()))
                .answers("/api/v1/exemplary-people?unit=LS-CL-NL&size=1", "{\"items\":[],\"page\":0,\"size\":1,\"totalItems\":3}");
        String html = mvc.perform(get("/apportionment").param("congress", ChiLang.DISTRICT).param("basis", "HONOURS")
                        .with(TestUsers.chiLangOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("LS-CL-NL\t3\n");
    }

    @Test
    void theStoredAllocationShowsItsSeatsChartWarningsAndExports() throws Exception {
        String html = mvc.perform(get("/congresses/" + ChiLang.DISTRICT + "/allocation").with(TestUsers.chiLangOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Lần phân bổ 1: Webster (Sainte-Laguë), trọng số theo Số cán bộ, 210 đại biểu")
                .contains("LS-CL-QS").contains(">84<").contains("Bằng nhau").contains("LS-CL-NL and LS-CL-DMQ had equal claims")
                .contains("/congresses/" + ChiLang.DISTRICT + "/allocation/export?format=xlsx")
                .contains("/congresses/" + ChiLang.DISTRICT + "/lists/LS-CL-NL").contains("Phân bổ lại");
        String member = mvc.perform(get("/congresses/" + ChiLang.DISTRICT + "/allocation").with(TestUsers.councilMember()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(member).doesNotContain("Phân bổ lại").doesNotContain("allocation/export");
    }
}
