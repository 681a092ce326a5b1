package vn.tdkt.console.nomination.exemplar;

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
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.tdkt.console.nomination.Stubs;
import vn.tdkt.console.support.ConsoleWebTest;
import vn.tdkt.console.support.NominationApi;
import vn.tdkt.console.support.ServiceProblem;
import vn.tdkt.console.support.TestUsers;

@ConsoleWebTest(ExemplarController.class)
class ExemplarControllerTest {

    static final String LINE = """
            {"month":"2025-09","unitCode":"LS-CL-VH","unitName":"Phòng Văn hóa – Thông tin huyện Chi Lăng","no":1,"recipientKind":"INDIVIDUAL",
             "name":"Lục Văn Sáng","position":"Chuyên viên","entryUnitName":"Phòng Văn hóa","achievement":"Số hoá di tích","field":"Văn hóa"}""";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    NominationApi nominations;

    @Test
    void theBookOfTheMonthsWithItsExports() throws Exception {
        Stubs stubs = Stubs.gets(nominations).on("/api/v1/exemplars/book", Stubs.page(LINE));
        String html = mvc.perform(get("/exemplars").param("from", "2025-07").param("to", "2025-09").with(TestUsers.chiLangOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stubs.queryOf("/api/v1/exemplars/book")).contains("unit=LS-CL", "from=2025-07", "to=2025-09");
        assertThat(html).contains("09/2025").contains("Lục Văn Sáng").contains("<caption")
                .contains("/exemplars/export?unit=LS-CL&amp;from=2025-07&amp;to=2025-09&amp;format=xlsx");
    }

    @Test
    void theMissingOfficesOfLastMonth() throws Exception {
        Stubs stubs = Stubs.gets(nominations).on("/api/v1/exemplars/missing", Stubs.page("""
                {"unitCode":"LS-CL-TP","unitName":"Phòng Tư pháp huyện Chi Lăng","level":"OFFICE","parentUnitCode":"LS-CL",
                 "month":"2025-08","deadline":"2025-09-25","deadlinePassed":true}"""));
        String html = mvc.perform(get("/exemplars/missing").param("month", "2025-08").with(TestUsers.chiLangOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stubs.queryOf("/api/v1/exemplars/missing")).contains("month=2025-08");
        assertThat(html).contains("Phòng Tư pháp huyện Chi Lăng").contains("25/09/2025").contains("Quá hạn");
    }

    @Test
    void aRegistrationSendsTheFilledRowsAndARefusedEntryShowsAtItsField() throws Exception {
        when(nominations.post(eq("/api/v1/exemplars/registrations"), any())).thenThrow(new ServiceProblem("nomination", 400, null, null,
                List.of(new ServiceProblem.FieldProblem("entries[1].name", "must not be blank")), null));
        String html = mvc.perform(post("/exemplars/register").with(TestUsers.chiLangOfficer()).with(csrf())
                        .param("unitCode", "LS-CL-VH").param("month", "2025-09").param("rows", "3")
                        .param("entries[0].recipientKind", "INDIVIDUAL").param("entries[0].name", "Lục Văn Sáng")
                        .param("entries[0].achievement", "Số hoá di tích")
                        .param("entries[1].recipientKind", "COLLECTIVE").param("entries[1].achievement", "Tổ chức tốt lễ hội")
                        .param("entries[2].recipientKind", "INDIVIDUAL"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
        verify(nominations).post(eq("/api/v1/exemplars/registrations"), body.capture());
        JsonNode sent = (JsonNode) body.getValue();
        assertThat(sent.path("entries")).as("the blank third row is left out").hasSize(2);
        assertThat(sent.path("month").asString()).isEqualTo("2025-09");
        assertThat(html).contains("id=\"f-entries-1-name-error\"").contains("must not be blank").contains("Tổ chức tốt lễ hội");
    }

    @Test
    void anEmptyRegisterNeedsTheOfficerToSayNobodyAndMoreRowsSendsNothing() throws Exception {
        String html = mvc.perform(post("/exemplars/register").with(TestUsers.chiLangOfficer()).with(csrf())
                        .param("unitCode", "LS-CL-VH").param("month", "2025-09").param("rows", "3"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("không có ai");
        String more = mvc.perform(post("/exemplars/register").with(TestUsers.chiLangOfficer()).with(csrf())
                        .param("unitCode", "LS-CL-VH").param("month", "2025-09").param("rows", "3").param("action", "more"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(more).contains("name=\"entries[5].name\"");
        verify(nominations, never()).post(eq("/api/v1/exemplars/registrations"), any());

        when(nominations.post(eq("/api/v1/exemplars/registrations"), any())).thenReturn(Stubs.json(
                "{\"id\":\"LS-CL-VH:2025-09\",\"unitCode\":\"LS-CL-VH\",\"month\":\"2025-09\",\"entries\":[]}"));
        mvc.perform(post("/exemplars/register").with(TestUsers.chiLangOfficer()).with(csrf())
                        .param("unitCode", "LS-CL-VH").param("month", "2025-09").param("nobody", "true"))
                .andExpect(redirectedUrl("/exemplars?unit=LS-CL-VH&from=2025-09&to=2025-09&done=registered"));
    }
}
