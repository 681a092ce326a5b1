package vn.tdkt.console.campaign;

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
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.tdkt.console.support.CampaignApi;
import vn.tdkt.console.support.ConsoleWebTest;
import vn.tdkt.console.support.Json;
import vn.tdkt.console.support.ServiceProblem;
import vn.tdkt.console.support.TestUsers;

@ConsoleWebTest(CampaignController.class)
class CampaignControllerTest {

    static final String ID = "0b8e2f0e-3c61-4f43-9d4a-5a1c2d1e7f10";
    static final String PARENT = "6f1c3a52-8a8e-4d6e-9d4c-2b1a3c4d5e6f";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CampaignApi campaigns;

    static JsonNode json(String s) {
        return Json.mapper().readTree(s);
    }

    static ResponseEntity<JsonNode> entity(String body, String etag) {
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(etag);
        return ResponseEntity.ok().headers(headers).body(json(body));
    }

    static final String DRAFT = """
            {"id":"%s","phase":"DRAFT","title":"Huyện Chi Lăng triển khai thi đua","theme":null,"kind":"THEMATIC",
             "organiserUnitCode":"LS-CL","parentCampaignId":"%s","startDate":"2025-01-15","endDate":"2025-12-31",
             "legalBasis":[{"number":"1665/UBND-NC","date":"2024-11-05","issuer":"Chủ tịch UBND tỉnh Lạng Sơn"}],
             "recipientUnitCodes":["LS-CL-NL"],"milestones":[{"date":"2025-09-02","title":"Kỷ niệm 80 năm Quốc khánh"}],
             "responsibilities":[],"goals":[],"criteria":[],"awardForms":[],"phaseHistory":[]}""".formatted(ID, PARENT);

    @Test
    void aPlanImplementingTheProvincesIsSentAsTheApiAsks() throws Exception {
        when(campaigns.post(eq("/api/v1/campaigns"), any())).thenReturn(json("{\"id\":\"" + ID + "\",\"title\":\"x\"}"));
        mvc.perform(post("/campaigns").with(TestUsers.chiLangOfficer()).with(csrf())
                        .param("title", "Huyện Chi Lăng triển khai thi đua").param("kind", "THEMATIC")
                        .param("organiserUnitCode", "LS-CL").param("parentCampaignId", PARENT)
                        .param("startDate", "15/01/2025").param("endDate", "31/12/2025")
                        .param("legalBasis", "1665/UBND-NC | 05/11/2024 | Chủ tịch UBND tỉnh Lạng Sơn\n\n")
                        .param("recipientUnitCodes", "LS-CL-NL", "LS-CL-DM").param("otherRecipients", "LS-CL-QL\nLS-CL-NL")
                        .param("milestones", "02/09/2025 | Kỷ niệm 80 năm Quốc khánh")
                        .param("responsibilities", "LS-CL-NL | Tổ chức phát động | 01/03/2025"))
                .andExpect(redirectedUrl("/campaigns/" + ID));
        ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
        verify(campaigns).post(eq("/api/v1/campaigns"), body.capture());
        JsonNode sent = (JsonNode) body.getValue();
        assertThat(sent.path("parentCampaignId").asString()).isEqualTo(PARENT);
        assertThat(sent.path("startDate").asString()).isEqualTo("2025-01-15");
        assertThat(sent.path("legalBasis")).hasSize(1);
        assertThat(sent.path("legalBasis").get(0).path("date").asString()).isEqualTo("2024-11-05");
        assertThat(sent.path("recipientUnitCodes").valueStream().map(JsonNode::asString).toList())
                .isEqualTo(List.of("LS-CL-NL", "LS-CL-DM", "LS-CL-QL"));
        assertThat(sent.path("milestones").get(0).path("title").asString()).isEqualTo("Kỷ niệm 80 năm Quốc khánh");
        assertThat(sent.path("responsibilities").get(0).path("dueDate").asString()).isEqualTo("2025-03-01");
    }

    @Test
    void errorsOnAnEntryOfAListAreShownAtThatList() throws Exception {
        when(campaigns.post(eq("/api/v1/campaigns"), any())).thenThrow(new ServiceProblem("campaign", 422, null,
                "The plan breaks rules", List.of(new ServiceProblem.FieldProblem("endDate", "must not be before startDate"),
                new ServiceProblem.FieldProblem("milestones[0].date", "outside the period")), null));
        when(campaigns.get(any(Function.class))).thenReturn(json("""
                {"items":[{"code":"LS-CL-NL","name":"UBND xã Nhân Lý","status":"ACTIVE"}],"page":0,"size":200,"totalItems":1}"""));
        String html = mvc.perform(post("/campaigns").with(TestUsers.chiLangOfficer()).with(csrf())
                        .param("title", "T").param("kind", "THEMATIC").param("organiserUnitCode", "LS-CL")
                        .param("startDate", "15/01/2025").param("endDate", "14/01/2025").param("milestones", "02/09/2026 | Mốc"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"f-endDate-error\"").contains("must not be before startDate")
                .contains("[0].date: outside the period").contains("value=\"14/01/2025\"")
                .contains("UBND xã Nhân Lý (LS-CL-NL)");
    }

    @Test
    void aDraftOffersItsLegalMovesAndAnIllegalOneIsExplained() throws Exception {
        when(campaigns.getEntity("/api/v1/campaigns/{id}", ID)).thenReturn(entity(DRAFT, "\"3\""));
        String html = mvc.perform(get("/campaigns/" + ID).with(TestUsers.chiLangOfficer())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Phát động").contains("value=\"CANCELLED\"").doesNotContain("value=\"CLOSED\"")
                .contains("02/09/2025").contains("1665/UBND-NC ngày 05/11/2024");

        when(campaigns.post(eq("/api/v1/campaigns/{id}/transitions"), any(), eq(ID))).thenThrow(new ServiceProblem("campaign", 409,
                "Conflict", "DRAFT → CLOSED is not allowed; allowed: LAUNCHED, CANCELLED", List.of(), null));
        String refused = mvc.perform(post("/campaigns/" + ID + "/transitions").param("to", "CLOSED")
                        .with(TestUsers.chiLangOfficer()).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("role=\"alert\"").contains("DRAFT → CLOSED is not allowed");
    }

    @Test
    void editingADraftSendsBackTheVersionRead() throws Exception {
        when(campaigns.getEntity("/api/v1/campaigns/{id}", ID)).thenReturn(entity(DRAFT, "\"3\""));
        when(campaigns.get(any(Function.class))).thenReturn(json("{\"items\":[],\"page\":0,\"size\":200,\"totalItems\":0}"));
        when(campaigns.get("/api/v1/campaigns/{id}", PARENT)).thenReturn(json("{\"id\":\"" + PARENT + "\",\"title\":\"Kế hoạch tỉnh\",\"organiserUnitCode\":\"LS\"}"));
        String form = mvc.perform(get("/campaigns/" + ID + "/edit").with(TestUsers.chiLangOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"&quot;3&quot;\"").contains("15/01/2025").contains("Kế hoạch tỉnh")
                .contains("1665/UBND-NC | 05/11/2024 | Chủ tịch UBND tỉnh Lạng Sơn");

        mvc.perform(post("/campaigns/" + ID).with(TestUsers.chiLangOfficer()).with(csrf()).param("version", "\"3\"")
                        .param("title", "Mới").param("kind", "THEMATIC").param("organiserUnitCode", "LS-CL")
                        .param("startDate", "15/01/2025").param("endDate", "31/12/2025"))
                .andExpect(redirectedUrl("/campaigns/" + ID));
        verify(campaigns).put(eq("/api/v1/campaigns/{id}"), any(), eq("\"3\""), eq(ID));
    }

    @Test
    void theCascadeSaysWhoHasNotLaunched() throws Exception {
        when(campaigns.get("/api/v1/campaigns/{id}/cascade", PARENT)).thenReturn(json("""
                {"root":{"campaignId":"%s","title":"Kế hoạch tỉnh","organiserUnitCode":"LS","phase":"LAUNCHED",
                  "recipients":[{"unitCode":"LS-CL","launched":true,"campaignId":"%s","phase":"LAUNCHED","successorCode":null},
                                {"unitCode":"LS-HL","launched":false,"campaignId":null,"phase":null,"successorCode":null}],
                  "implementedBy":[{"campaignId":"%s","title":"Kế hoạch huyện Chi Lăng","organiserUnitCode":"LS-CL","phase":"LAUNCHED",
                                    "recipients":[{"unitCode":"LS-CL-NL","launched":false,"campaignId":null}],"implementedBy":[]}]},
                 "implementingCampaigns":1,"truncated":false}""".formatted(PARENT, ID, ID)));
        String html = mvc.perform(get("/campaigns/" + PARENT + "/cascade").with(TestUsers.councilMember()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Đã triển khai").contains("Chưa triển khai").contains("Kế hoạch huyện Chi Lăng")
                .contains("LS-HL").contains("LS-CL-NL");
    }

    @Test
    void aRegistrationListsTitlesCommitmentsAndPeople() throws Exception {
        when(campaigns.getEntity(eq("/api/v1/campaigns/{id}/registrations/{unit}"), eq(ID), eq("LS-CL-NL")))
                .thenThrow(new ServiceProblem("campaign", 404, null, null, List.of(), null));
        when(campaigns.get("/api/v1/campaigns/{id}", ID)).thenReturn(json(DRAFT));
        mvc.perform(get("/campaigns/" + ID + "/registrations/LS-CL-NL/edit").with(TestUsers.chiLangOfficer()))
                .andExpect(status().isOk());
        mvc.perform(post("/campaigns/" + ID + "/registrations/LS-CL-NL").with(TestUsers.chiLangOfficer()).with(csrf())
                        .param("collectiveTitles", "Tập thể lao động tiên tiến").param("commitments", "100% hoàn thành")
                        .param("individuals", "Lương Văn Hùng | Công chức Địa chính | Chiến sĩ thi đua cơ sở\nHoàng Thị Mai | Lao động tiên tiến"))
                .andExpect(redirectedUrl("/campaigns/" + ID + "/registrations"));
        ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
        verify(campaigns).put(eq("/api/v1/campaigns/{id}/registrations/{unit}"), body.capture(), eq(null), eq(ID), eq("LS-CL-NL"));
        JsonNode sent = (JsonNode) body.getValue();
        assertThat(sent.path("individuals").get(0).path("position").asString()).isEqualTo("Công chức Địa chính");
        assertThat(sent.path("individuals").get(1).path("title").asString()).isEqualTo("Lao động tiên tiến");
        assertThat(sent.path("individuals").get(1).has("position")).isFalse();
    }
}
