package vn.tdkt.nomination.statistics;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.testing.DemoUser;
import vn.tdkt.support.testing.StatisticsEndpointTest;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/**
 * The statistics endpoint over the real service, the reads stubbed: the shared contract of
 * {@link StatisticsEndpointTest} (rights, the right before the input, bad input named), and this service's figures.
 */
@WebMvcTest(StatisticsController.class)
@Import({StatisticsService.class, DemoUnitTree.class})
class StatisticsControllerTest extends StatisticsEndpointTest {

    @MockitoBean
    StatisticsRepository counts;
    @MockitoBean
    UnitDirectory units;

    @BeforeEach
    void stores() {
        when(units.subtree(anyString())).thenAnswer(call -> demoSubtree(call.getArgument(0)));
        when(counts.nominations(any(), any())).thenReturn(List.of(new StatisticsRepository.Row(
                new Document("awardCode", "LAO_DONG_TIEN_TIEN").append("status", "DECIDED"), 3)));
    }

    @Test
    void answersTheSubtreesFiguresEachWithWhatItCounts() throws Exception {
        mvc.perform(build(Request.CHI_LANG).header(AUTHORIZATION, DemoUser.OFFICER_CHI_LANG.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value("LS-CL"))
                .andExpect(jsonPath("$.from").value("2025-01-01"))
                .andExpect(jsonPath("$.to").value("2025-12-31"))
                .andExpect(jsonPath("$.unitsInSubtree").value(3))
                .andExpect(jsonPath("$.nominations.total").value(3))
                .andExpect(jsonPath("$.nominations.byAward[0].awardName").value("Lao động tiên tiến"))
                .andExpect(jsonPath("$.nominations.counts").isNotEmpty())
                .andExpect(jsonPath("$.honoursConferred.counts").isNotEmpty())
                .andExpect(jsonPath("$.exemplarsRegistered.byMonth.length()").value(12))
                .andExpect(jsonPath("$.councilSessions.held").value(0));
    }
}
