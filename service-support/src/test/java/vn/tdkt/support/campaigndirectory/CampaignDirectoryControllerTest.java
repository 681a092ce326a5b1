package vn.tdkt.support.campaigndirectory;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.testing.TestTokens;

/** {@code GET /api/v1/campaigns[/{id}]} as {@link CampaignDirectoryConfiguration} wires it, with problem details. */
@WebMvcTest(CampaignDirectoryController.class)
class CampaignDirectoryControllerTest {

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CampaignDirectory campaigns;

    private final DirectoryCampaign launched = new DirectoryCampaign("c-1",
            "Thi đua thực hiện thắng lợi nhiệm vụ năm 2026", "SNV", null, "LAUNCHED", 2,
            Instant.parse("2026-11-24T05:00:00Z"));

    @Test
    void showsAProjectedCampaign() throws Exception {
        when(campaigns.find("c-1")).thenReturn(Optional.of(launched));

        mvc.perform(get("/api/v1/campaigns/c-1").header("Authorization", TestTokens.officer("LS-CL")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("c-1"))
                .andExpect(jsonPath("$.title").value("Thi đua thực hiện thắng lợi nhiệm vụ năm 2026"))
                .andExpect(jsonPath("$.organiserUnitCode").value("SNV"))
                .andExpect(jsonPath("$.phase").value("LAUNCHED"))
                .andExpect(jsonPath("$.version").value(2));
    }

    @Test
    void listsProjectedCampaigns() throws Exception {
        when(campaigns.page(new PageQuery(0, 20))).thenReturn(PageResponse.of(new PageQuery(0, 20), List.of(launched), 1));

        mvc.perform(get("/api/v1/campaigns").header("Authorization", TestTokens.operator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value("c-1"))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.totalItems").value(1));
    }

    @Test
    void aSizeAboveTheBoundIsA400NamingIt() throws Exception {
        mvc.perform(get("/api/v1/campaigns?size=1000").header("Authorization", TestTokens.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void withoutATokenNothingIsShown() throws Exception {
        mvc.perform(get("/api/v1/campaigns/c-1")).andExpect(status().isUnauthorized());
    }

    @Test
    void anUnknownCampaignIsA404Problem() throws Exception {
        when(campaigns.find("nope")).thenReturn(Optional.empty());

        mvc.perform(get("/api/v1/campaigns/nope").header("Authorization", TestTokens.admin()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("Campaign nope is not known here (yet)"));
    }
}
