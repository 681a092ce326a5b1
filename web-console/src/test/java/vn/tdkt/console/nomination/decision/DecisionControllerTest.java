package vn.tdkt.console.nomination.decision;

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

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.tdkt.console.nomination.Stubs;
import vn.tdkt.console.support.ConsoleWebTest;
import vn.tdkt.console.support.NominationApi;
import vn.tdkt.console.support.ServiceProblem;
import vn.tdkt.console.support.TestUsers;

@ConsoleWebTest(DecisionController.class)
class DecisionControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    NominationApi nominations;

    @Test
    void theFormOffersTheDossiersTheGrantorsCouncilApprovedAndARefusalShowsAtTheFields() throws Exception {
        Stubs stubs = Stubs.gets(nominations).on("/api/v1/nominations", Stubs.page(
                "{\"id\":\"n1\",\"addressedTo\":\"LS-CL\",\"nomineeName\":\"Hoàng Thị Lan\",\"awardName\":\"Giấy khen\",\"nominatingUnitCode\":\"LS-CL-NL\",\"year\":2025}"));
        String html = mvc.perform(get("/decisions/new").with(TestUsers.chiLangOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stubs.queryOf("/api/v1/nominations")).contains("addressedTo=LS-CL", "status=APPROVED");
        assertThat(html).contains("Hoàng Thị Lan").contains("value=\"n1\"");

        when(nominations.post(eq("/api/v1/decisions"), any())).thenThrow(new ServiceProblem("nomination", 409, null, null,
                List.of(new ServiceProblem.FieldProblem("number", "12/QĐ-UBND is taken by another decision of LS-CL")), null));
        String refused = mvc.perform(post("/decisions").with(TestUsers.chiLangOfficer()).with(csrf())
                        .param("grantorUnitCode", "LS-CL").param("number", "12/QĐ-UBND").param("date", "02/09/2025")
                        .param("signer.name", "Nguyễn Văn Quân").param("signer.title", "Chủ tịch UBND huyện").param("nominationIds", "n1"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"f-number-error\"").contains("is taken").contains("value=\"Nguyễn Văn Quân\"");
        ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
        verify(nominations).post(eq("/api/v1/decisions"), body.capture());
        JsonNode sent = (JsonNode) body.getValue();
        assertThat(sent.path("date").asString()).isEqualTo("2025-09-02");
        assertThat(sent.path("signer").path("title").asString()).isEqualTo("Chủ tịch UBND huyện");
        assertThat(sent.path("nominationIds").get(0).asString()).isEqualTo("n1");
    }

    @Test
    void anIssuedDecisionOpensWithItsHonoursAndCertificateDownloads() throws Exception {
        when(nominations.post(eq("/api/v1/decisions"), any())).thenReturn(Stubs.json("{\"id\":\"d1\"}"));
        mvc.perform(post("/decisions").with(TestUsers.chiLangOfficer()).with(csrf()).param("grantorUnitCode", "LS-CL")
                        .param("number", "12/QĐ-UBND").param("nominationIds", "n1"))
                .andExpect(redirectedUrl("/decisions/d1?done=issued"));
        when(nominations.get("/api/v1/decisions/{id}", "d1")).thenReturn(Stubs.json("""
                {"id":"d1","number":"12/QĐ-UBND","date":"2025-09-02","signer":{"name":"Nguyễn Văn Quân","title":"Chủ tịch UBND huyện"},
                 "grantorUnitCode":"LS-CL","grantorLevel":"DISTRICT","status":"DECIDED","issuedBy":"thiduakt.chilang","issuedAt":"2025-09-02T03:00:00Z",
                 "version":1,"honours":[{"nominationId":"n1","recipientKind":"INDIVIDUAL","nomineeId":"CB-1","nomineeName":"Hoàng Thị Lan",
                 "nomineeUnitCode":"LS-CL-NL","nominatingUnitCode":"LS-CL-NL","awardCode":"GIAY_KHEN","awardName":"Giấy khen","year":2025}]}"""));
        String html = mvc.perform(get("/decisions/d1").param("done", "issued").with(TestUsers.chiLangOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Quyết định số 12/QĐ-UBND").contains("02/09/2025").contains("Hoàng Thị Lan")
                .contains("/decisions/d1/certificates?format=xlsx").contains("Đã ban hành quyết định");
    }

    @Test
    @SuppressWarnings("unchecked")
    void certificatesArePassedOnWithTheServicesFileName() throws Exception {
        when(nominations.download(any(Function.class))).thenReturn(ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"giay-chung-nhan-12.csv\"")
                .body("\uFEFFSTT,Họ tên\n1,Hoàng Thị Lan\n".getBytes(StandardCharsets.UTF_8)));
        mvc.perform(get("/decisions/d1/certificates").param("format", "csv").with(TestUsers.chiLangOfficer()))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"giay-chung-nhan-12.csv\""))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Hoàng Thị Lan"));
    }
}
