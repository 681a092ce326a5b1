package vn.tdkt.delegate.statistics;

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
import vn.tdkt.support.unitdirectory.UnitDirectory;

/**
 * The statistics endpoint over the real service, the reads stubbed: the shared contract of
 * {@link StatisticsEndpointTest} (rights, the right before the input, bad input named), and this service's figures.
 */
@WebMvcTest(StatisticsController.class)
@Import({StatisticsService.class, DemoUnitTree.class})
class StatisticsControllerTest extends StatisticsEndpointTest {

    @MockitoBean
    StatisticsRepository reads;
    @MockitoBean
    UnitDirectory units;

    @BeforeEach
    void stores() {
        when(units.subtree(anyString())).thenAnswer(call -> demoSubtree(call.getArgument(0)));
        when(reads.congresses(any(), any())).thenReturn(List.of(new StatisticsRepository.CongressRow("k-cl",
                "Hội nghị điển hình tiên tiến huyện Chi Lăng", "LS-CL", "DISTRICT", "DELEGATE", "PLANNED",
                "2025-04-15", 300, 210L)));
        when(reads.delegates(any())).thenReturn(List.of(new StatisticsRepository.DelegateRow("k-cl", "APPROVED",
                "EXEMPLARY", "FEMALE", "Nùng")));
    }

    @Test
    void answersTheSubtreesFiguresEachWithWhatItCounts() throws Exception {
        mvc.perform(build(Request.CHI_LANG).header(AUTHORIZATION, DemoUser.OFFICER_CHI_LANG.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value("LS-CL"))
                .andExpect(jsonPath("$.from").value("2025-01-01"))
                .andExpect(jsonPath("$.to").value("2025-12-31"))
                .andExpect(jsonPath("$.unitsInSubtree").value(3))
                .andExpect(jsonPath("$.counts").isNotEmpty())
                .andExpect(jsonPath("$.congresses").value(1))
                .andExpect(jsonPath("$.byCongress[0].form").value("DELEGATE"))
                .andExpect(jsonPath("$.byCongress[0].seatsAllocated").value(210))
                .andExpect(jsonPath("$.byCongress[0].delegates.approvedByCategory.EXEMPLARY").value(1))
                .andExpect(jsonPath("$.totals.women").value(1))
                .andExpect(jsonPath("$.totals.ethnicMinorities").value(1));
    }
}
