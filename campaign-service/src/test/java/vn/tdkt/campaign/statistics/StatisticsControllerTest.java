package vn.tdkt.campaign.statistics;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.testing.DemoUser;
import vn.tdkt.support.testing.StatisticsEndpointTest;

/**
 * The statistics endpoint over the real service, the reads stubbed: the shared contract of
 * {@link StatisticsEndpointTest} (rights, the right before the input, bad input named), and this service's figures.
 */
@WebMvcTest(StatisticsController.class)
@Import({StatisticsService.class, DemoUnitTree.class})
class StatisticsControllerTest extends StatisticsEndpointTest {

    @MockitoBean
    StatisticsRepository reads;

    @BeforeEach
    void stores() {
        when(reads.subtree(anyString())).thenAnswer(call -> demoSubtree(call.getArgument(0)));
        when(reads.organised(anyString(), any())).thenReturn(List.of(
                new StatisticsRepository.KindPhase("THEMATIC", "LAUNCHED", 3)));
        when(reads.addressedTo(any(), any())).thenReturn(List.of(new StatisticsRepository.Addressed("c-ls",
                "Thi đua chào mừng Đại hội tỉnh", "LS", List.of("LS-CL", "LS-HL"))));
    }

    @Test
    void answersTheSubtreesFiguresEachWithWhatItCounts() throws Exception {
        mvc.perform(build(Request.CHI_LANG).header(AUTHORIZATION, DemoUser.OFFICER_CHI_LANG.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value("LS-CL"))
                .andExpect(jsonPath("$.from").value("2025-01-01"))
                .andExpect(jsonPath("$.to").value("2025-12-31"))
                .andExpect(jsonPath("$.unitsInSubtree").value(3))
                .andExpect(jsonPath("$.campaignsOrganised.total").value(3))
                .andExpect(jsonPath("$.campaignsOrganised.byKind.THEMATIC").value(3))
                .andExpect(jsonPath("$.campaignsOrganised.counts").isNotEmpty())
                .andExpect(jsonPath("$.cascade.recipients").value(1))
                .andExpect(jsonPath("$.cascade.notLaunched").value(1))
                .andExpect(jsonPath("$.cascade.byCampaign[0].notLaunchedUnitCodes[0]").value("LS-CL"))
                .andExpect(jsonPath("$.registrations.byStatus.MISSING").value(1))
                .andExpect(jsonPath("$.blocs.total").value(0));
    }
}
