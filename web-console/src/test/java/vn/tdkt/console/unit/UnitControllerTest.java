package vn.tdkt.console.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.tdkt.console.support.CampaignApi;
import vn.tdkt.console.support.ConsoleWebTest;
import vn.tdkt.console.support.Json;
import vn.tdkt.console.support.ServiceProblem;
import vn.tdkt.console.support.TestUsers;

@ConsoleWebTest(UnitController.class)
class UnitControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CampaignApi campaigns;

    static JsonNode json(String s) {
        return Json.mapper().readTree(s);
    }

    static ServiceProblem problem(int status, String body) {
        return new ServiceProblem("campaign", status, null, json(body).path("detail").asString(null),
                json(body).path("errors").valueStream()
                        .map(e -> new ServiceProblem.FieldProblem(e.path("field").asString(), e.path("message").asString())).toList(),
                json(body));
    }

    @Test
    void theTreeStartsAtTheOfficersUnitAndLoadsChildrenOnDemand() throws Exception {
        when(campaigns.get("/api/v1/units/{code}", "LS-CL")).thenReturn(json("""
                {"code":"LS-CL","name":"UBND huyện Chi Lăng","level":"DISTRICT","parentCode":"LS","status":"ACTIVE"}"""));
        String html = mvc.perform(get("/units").with(TestUsers.chiLangOfficer())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("UBND huyện Chi Lăng").contains("hx-get=\"/units/LS-CL/children\"")
                .contains("aria-expanded=\"false\"").contains("Đăng ký đơn vị mới");

        when(campaigns.get(any(Function.class))).thenReturn(json("""
                {"items":[{"code":"LS-CL-NL","name":"UBND xã Nhân Lý","status":"ACTIVE"},
                          {"code":"LS-CL-DM","name":"UBND thị trấn Đồng Mỏ","status":"ACTIVE"},
                          {"code":"LS-CL-AT","name":"UBND xã Ái Quốc","status":"MERGED"}],"page":0,"size":200,"totalItems":3}"""));
        String children = mvc.perform(get("/units/LS-CL/children").header("HX-Request", "true").with(TestUsers.chiLangOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(children).doesNotContain("<html").contains("Đã sáp nhập");
        // Vietnamese order of the names: Ái Quốc, Nhân Lý, thị trấn Đồng Mỏ ("UBND thị" after "UBND xã"? no: t < x)
        assertThat(children.indexOf("UBND thị trấn Đồng Mỏ")).isLessThan(children.indexOf("UBND xã Ái Quốc"));
        assertThat(children.indexOf("UBND xã Ái Quốc")).isLessThan(children.indexOf("UBND xã Nhân Lý"));
    }

    @Test
    void searchFindsUnitsWithoutDiacritics() throws Exception {
        when(campaigns.get(any(Function.class))).thenReturn(json("""
                {"items":[{"code":"LS-CL","name":"UBND huyện Chi Lăng","status":"ACTIVE"},
                          {"code":"LS-HL","name":"UBND huyện Hữu Lũng","status":"ACTIVE"}],"page":0,"size":200,"totalItems":2}"""));
        String html = mvc.perform(get("/units").param("q", "chi lang").with(TestUsers.councilMember()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Tìm thấy 1 đơn vị").contains("UBND huyện Chi Lăng").doesNotContain("Hữu Lũng");
    }

    @Test
    void registeringSendsTheFormAsTheApiAsksAndGoesToTheUnit() throws Exception {
        when(campaigns.post(eq("/api/v1/units"), any())).thenReturn(json("{\"code\":\"LS-CL-QL\",\"name\":\"UBND xã Quang Lang\"}"));
        mvc.perform(post("/units").with(TestUsers.chiLangOfficer()).with(csrf())
                        .param("code", " LS-CL-QL ").param("name", "UBND xã Quang Lang").param("level", "COMMUNE")
                        .param("parentCode", "LS-CL").param("staffCount", "21")
                        .param("contactEmails", "vanphong@quanglang.vn\nchutich@quanglang.vn")
                        .param("officer.name", "Hoàng Thị Mai").param("officer.title", "Công chức Văn hóa – Xã hội"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/units/LS-CL-QL"));
        ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
        verify(campaigns).post(eq("/api/v1/units"), body.capture());
        ObjectNode sent = (ObjectNode) body.getValue();
        assertThat(sent.path("code").asString()).isEqualTo("LS-CL-QL");
        assertThat(sent.path("staffCount").isNumber()).isTrue();
        assertThat(sent.path("contactEmails")).hasSize(2);
        assertThat(sent.path("officer").path("name").asString()).isEqualTo("Hoàng Thị Mai");
        assertThat(sent.has("leader")).as("an empty contact is left out").isFalse();
    }

    @Test
    void aRefusedFieldIsShownNextToItWithWhatWasTyped() throws Exception {
        when(campaigns.post(eq("/api/v1/units"), any())).thenThrow(problem(400, """
                {"status":400,"detail":"The request has invalid fields",
                 "errors":[{"field":"code","message":"must be 1–64 letters, digits, '-', '_' or '.'"},
                           {"field":"officer.email","message":"không phải địa chỉ thư"}]}"""));
        String html = mvc.perform(post("/units").with(TestUsers.chiLangOfficer()).with(csrf())
                        .param("code", "LS CL").param("name", "UBND xã Quang Lang").param("level", "COMMUNE")
                        .param("officer.name", "Mai").param("officer.email", "mai@"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(html)
                .contains("role=\"alert\"").contains("href=\"#f-code\"")
                .contains("id=\"f-code\"").contains("aria-invalid=\"true\"").contains("aria-describedby=\"f-code-error\"")
                .contains("id=\"f-code-error\"").contains("must be 1–64 letters")
                .contains("id=\"f-officer-email-error\"").contains("không phải địa chỉ thư")
                .contains("value=\"LS CL\"").contains("value=\"UBND xã Quang Lang\"");
    }

    @Test
    void aRefusalOutsideTheSubtreeIsAPageMessage() throws Exception {
        when(campaigns.post(eq("/api/v1/units"), any())).thenThrow(problem(403, """
                {"status":403,"detail":"LS-HL is outside your unit's subtree","errors":[]}"""));
        String html = mvc.perform(post("/units").with(TestUsers.chiLangOfficer()).with(csrf())
                        .param("code", "LS-HL-DT").param("name", "UBND xã Đồng Tân").param("level", "COMMUNE").param("parentCode", "LS-HL"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Không có quyền").contains("LS-HL is outside your unit&#39;s subtree");
    }

    @Test
    void anUnknownUnitIsA404Page() throws Exception {
        when(campaigns.get("/api/v1/units/{code}", "LS-XX")).thenThrow(problem(404, "{\"status\":404,\"detail\":\"No unit LS-XX\"}"));
        String html = mvc.perform(get("/units/LS-XX").with(TestUsers.chiLangOfficer()))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Không tìm thấy").contains("No unit LS-XX").contains("id=\"page-message\"");
    }

    @Test
    void importShowsEachRejectedRow() throws Exception {
        when(campaigns.postText(any(), eq(MediaType.valueOf("text/csv")), any())).thenThrow(problem(422, """
                {"status":422,"detail":"2 rows are invalid","errors":[{"field":"line 2: level","message":"'CITY' is not a level"},
                 {"field":"line 3: parentCode","message":"LS-ZZ is not registered"}]}"""));
        MockMultipartFile file = new MockMultipartFile("file", "units.csv", "text/csv",
                "code,name,level,parentCode\nLS-CL-A,A,CITY,LS-CL\nLS-CL-B,B,COMMUNE,LS-ZZ\n".getBytes(StandardCharsets.UTF_8));
        String html = mvc.perform(multipart("/units/import").file(file).param("root", "LS-CL").header("HX-Request", "true")
                        .with(TestUsers.chiLangOfficer()).with(csrf()))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("<html").contains("id=\"import-result\"").contains("line 2: level")
                .contains("&#39;CITY&#39; is not a level").contains("line 3: parentCode");

        when(campaigns.postText(any(), any(), any())).thenReturn(json("{\"dryRun\":true,\"rows\":2,\"imported\":0}"));
        String ok = mvc.perform(multipart("/units/import").file(file).param("dryRun", "true").with(TestUsers.chiLangOfficer()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ok).contains("Tệp hợp lệ: 2 dòng");
    }

    @Test
    void readingIsForEveryoneButTheFormsAreOfferedToOfficersOnly() throws Exception {
        when(campaigns.get("/api/v1/units/{code}", "LS")).thenReturn(json("""
                {"code":"LS","name":"UBND tỉnh Lạng Sơn","level":"PROVINCE","status":"ACTIVE","contactEmails":[]}"""));
        when(campaigns.get(any(Function.class))).thenReturn(json("{\"items\":[],\"page\":0,\"size\":200,\"totalItems\":0}"));
        String html = mvc.perform(get("/units/LS").with(TestUsers.councilMember())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("UBND tỉnh Lạng Sơn").doesNotContain("Đăng ký đơn vị trực thuộc");
        verify(campaigns, never()).post(any(String.class), any());
    }

    @Test
    void aMergerNamesItsSourcesAndSuccessor() throws Exception {
        when(campaigns.post(eq("/api/v1/units/mergers"), any())).thenReturn(json("""
                {"id":"m1","successor":{"code":"LS-CL-DMQ","name":"UBND xã Đồng Mỏ – Quang Lang"}}"""));
        mvc.perform(post("/units/mergers").with(TestUsers.chiLangOfficer()).with(csrf())
                        .param("effectiveDate", "01/07/2025").param("sourceCodes", "LS-CL-DM\nLS-CL-QL")
                        .param("successor.code", "LS-CL-DMQ").param("successor.name", "UBND xã Đồng Mỏ – Quang Lang")
                        .param("successor.level", "COMMUNE").param("successor.parentCode", "LS-CL"))
                .andExpect(redirectedUrl("/units/LS-CL-DMQ"));
        ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
        verify(campaigns).post(eq("/api/v1/units/mergers"), body.capture());
        JsonNode sent = (JsonNode) body.getValue();
        assertThat(sent.path("effectiveDate").asString()).isEqualTo("2025-07-01");
        assertThat(sent.path("sourceCodes").valueStream().map(JsonNode::asString).toList()).isEqualTo(List.of("LS-CL-DM", "LS-CL-QL"));
        assertThat(sent.path("successor").path("code").asString()).isEqualTo("LS-CL-DMQ");
    }
}
