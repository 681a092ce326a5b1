package vn.tdkt.console.bloc;

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
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.tdkt.console.support.CampaignApi;
import vn.tdkt.console.support.ConsoleWebTest;
import vn.tdkt.console.support.Json;
import vn.tdkt.console.support.ServiceProblem;
import vn.tdkt.console.support.TestUsers;

@ConsoleWebTest(BlocController.class)
class BlocControllerTest {

    static final String ID = "3d9c6f7e-1b2a-4c5d-8e9f-0a1b2c3d4e5f";
    static final String BLOC = """
            {"id":"%s","name":"Khối các huyện","year":2025,"organiserUnitCode":"LS","phase":"SCORING",
             "memberUnitCodes":["LS-CL","LS-HL"],"unsignedUnitCodes":[],"leaderUnitCode":"LS-CL",
             "criteria":[{"code":"1.1","title":"Hoàn thành chỉ tiêu","group":"Nhiệm vụ","maxPoints":30},
                         {"code":"2.1","title":"Phong trào thi đua","group":"Thi đua","maxPoints":20}],
             "weights":{"self":0.2,"leader":0.3,"peer":0.5},"awards":{"flagCount":1,"commendationCount":1}}""".formatted(ID);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CampaignApi campaigns;

    static JsonNode json(String s) {
        return Json.mapper().readTree(s);
    }

    @Test
    void aScorecardSendsEveryCriterionAndShowsARefusedPointNextToIt() throws Exception {
        when(campaigns.get("/api/v1/blocs/{id}", ID)).thenReturn(json(BLOC));
        when(campaigns.post(eq("/api/v1/blocs/{id}/scorecards"), any(), eq(ID))).thenThrow(new ServiceProblem("campaign", 422, null,
                "bad points", List.of(new ServiceProblem.FieldProblem("scores[0].points", "criterion '1.1' allows 0 to 30.00 points, was 31")), null));
        String html = mvc.perform(post("/blocs/" + ID + "/scorecards").with(TestUsers.chiLangOfficer()).with(csrf())
                        .param("scorerUnitCode", "LS-CL").param("subjectUnitCode", "LS-HL")
                        .param("points[1.1]", "31").param("points[2.1]", "18,5"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("allows 0 to 30.00 points, was 31").contains("id=\"f-scores-0-points\"")
                .contains("aria-invalid=\"true\"").contains("value=\"31\"");
        ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
        verify(campaigns).post(eq("/api/v1/blocs/{id}/scorecards"), body.capture(), eq(ID));
        JsonNode sent = (JsonNode) body.getValue();
        assertThat(sent.path("scores")).hasSize(2);
        assertThat(sent.path("scores").get(1).path("points").decimalValue()).isEqualByComparingTo("18.5");
    }

    @Test
    void theRankingExplainsTies() throws Exception {
        when(campaigns.get("/api/v1/blocs/{id}", ID)).thenReturn(json(BLOC));
        when(campaigns.get("/api/v1/blocs/{id}/ranking", ID)).thenReturn(json("""
                {"blocId":"%s","phase":"RESULT_PUBLISHED","published":true,"publishedAt":"2025-12-20T03:00:00Z",
                 "ranking":[{"rank":1,"unitCode":"LS-CL","total":45.5,"selfTotal":46,"leaderTotal":45,"peerMean":45.5,
                             "tiedWith":["LS-HL"],"explanation":"Hơn LS-HL ở số tiêu chí đạt điểm tối đa","missing":[]},
                            {"rank":2,"unitCode":"LS-HL","total":45.5,"tiedWith":["LS-CL"],"explanation":"x","missing":[]}],
                 "ties":[{"unitCodes":["LS-CL","LS-HL"],"total":45.5,
                          "steps":[{"tieBreaker":"criteriaAtMax","values":{"LS-CL":2,"LS-HL":1},"outcome":"LS-CL"}],"undecided":false}],
                 "proposals":[{"unitCode":"LS-CL","award":"FLAG","rank":1,"contested":false}]}""".formatted(ID)));
        String html = mvc.perform(get("/blocs/" + ID + "/ranking").with(TestUsers.councilMember()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("20/12/2025").contains("Bằng điểm với LS-HL").contains("criteriaAtMax")
                .contains("Hơn LS-HL ở số tiêu chí đạt điểm tối đa").contains("Cờ thi đua");
    }

    @Test
    void signingIsForTheMembersOfficer() throws Exception {
        when(campaigns.post(eq("/api/v1/blocs/{id}/signatures"), any(), eq(ID))).thenReturn(json(BLOC));
        mvc.perform(post("/blocs/" + ID + "/signatures").param("unitCode", "LS-CL").with(TestUsers.chiLangOfficer()).with(csrf()))
                .andExpect(redirectedUrl("/blocs/" + ID));
    }

    @Test
    void theCovenantIsTypedOneCriterionPerLine() {
        JsonNode criteria = BlocController.criteria("1.1 | Hoàn thành chỉ tiêu | Nhiệm vụ | 30\n\n2.1 | Phong trào | 20\n");
        assertThat(criteria).hasSize(2);
        assertThat(criteria.get(0).path("group").asString()).isEqualTo("Nhiệm vụ");
        assertThat(criteria.get(0).path("maxPoints").asInt()).isEqualTo(30);
        assertThat(criteria.get(1).has("group")).isFalse();
        assertThat(criteria.get(1).path("maxPoints").asInt()).isEqualTo(20);
    }
}
