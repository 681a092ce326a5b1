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
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.tdkt.support.problem.ProblemAutoConfiguration;

/** {@code GET /api/v1/campaigns[/{id}]} as {@link CampaignDirectoryConfiguration} wires it, with problem details. */
@WebMvcTest(CampaignDirectoryController.class)
@ImportAutoConfiguration(ProblemAutoConfiguration.class)
class CampaignDirectoryControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CampaignDirectory campaigns;

    private final DirectoryCampaign launched = new DirectoryCampaign("c-1",
            "Thi đua thực hiện thắng lợi nhiệm vụ năm 2026", "SNV", "LAUNCHED", 2,
            Instant.parse("2026-11-24T05:00:00Z"));

    @Test
    void showsAProjectedCampaign() throws Exception {
        when(campaigns.find("c-1")).thenReturn(Optional.of(launched));

        mvc.perform(get("/api/v1/campaigns/c-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("c-1"))
                .andExpect(jsonPath("$.title").value("Thi đua thực hiện thắng lợi nhiệm vụ năm 2026"))
                .andExpect(jsonPath("$.organiserUnitCode").value("SNV"))
                .andExpect(jsonPath("$.phase").value("LAUNCHED"))
                .andExpect(jsonPath("$.version").value(2));
    }

    @Test
    void listsProjectedCampaigns() throws Exception {
        when(campaigns.list()).thenReturn(List.of(launched));

        mvc.perform(get("/api/v1/campaigns"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("c-1"));
    }

    @Test
    void anUnknownCampaignIsA404Problem() throws Exception {
        when(campaigns.find("nope")).thenReturn(Optional.empty());

        mvc.perform(get("/api/v1/campaigns/nope"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("Campaign nope is not known here (yet)"));
    }
}
