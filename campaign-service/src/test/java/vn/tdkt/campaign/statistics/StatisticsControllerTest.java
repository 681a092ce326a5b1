package vn.tdkt.campaign.statistics;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.support.testing.Problems.problem;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.testing.DemoUser;
import vn.tdkt.support.testing.PermissionMatrix;
import vn.tdkt.support.testing.PermissionMatrixTest;

/**
 * The statistics endpoint over the real service, the reads stubbed: READ_STATISTICS in the unit's subtree
 * (officers, leaders, the council's secretary, the congress organisers; not a council member, not the operator),
 * and bad input named before anyone's rights are asked.
 */
@WebMvcTest(StatisticsController.class)
@Import({StatisticsService.class, DemoUnitTree.class})
class StatisticsControllerTest extends PermissionMatrixTest<StatisticsControllerTest.Request> {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    StatisticsRepository reads;

    enum Request { CHI_LANG, HUU_LUNG }

    static final PermissionMatrix<Request> MATRIX = PermissionMatrix.of(Request.class)
            //                                LS-CL LS-HL
            .row(DemoUser.ADMIN,              200, 200)
            .row(DemoUser.OFFICER_PROVINCE,   200, 200)
            .row(DemoUser.OFFICER_CHI_LANG,   200, 403)
            .row(DemoUser.OFFICER_HUU_LUNG,   403, 200)
            .row(DemoUser.OFFICER_NHAN_LY,    403, 403)
            .row(DemoUser.COUNCIL_SECRETARY,  200, 200)
            .row(DemoUser.COUNCIL_MEMBER,     403, 403)
            .row(DemoUser.LEADER_CHI_LANG,    200, 403)
            .row(DemoUser.CONGRESS_ORGANISER, 200, 200)
            .row(DemoUser.OPERATOR,           403, 403);

    @BeforeEach
    void stores() {
        when(reads.subtree(anyString())).thenAnswer(call -> {
            String root = call.getArgument(0);
            Set<String> found = new LinkedHashSet<>();
            if (root.equals("LS") || DemoUnitTree.PARENTS.containsKey(root)) {
                found.add(root);
                DemoUnitTree.PARENTS.forEach((child, parent) -> {
                    if (parent.equals(root) || DemoUnitTree.PARENTS.getOrDefault(parent, "").equals(root)) {
                        found.add(child);
                    }
                });
            }
            return found;
        });
        when(reads.organised(anyString(), any())).thenReturn(List.of(
                new StatisticsRepository.KindPhase("THEMATIC", "LAUNCHED", 3)));
        when(reads.addressedTo(any(), any())).thenReturn(List.of(new StatisticsRepository.Addressed("c-ls",
                "Thi đua chào mừng Đại hội tỉnh", "LS", List.of("LS-CL", "LS-HL"))));
    }

    @Override
    protected MockHttpServletRequestBuilder build(Request request) {
        return get("/api/v1/statistics").param("unit", request == Request.CHI_LANG ? "LS-CL" : "LS-HL")
                .param("from", "2025-01-01").param("to", "2025-12-31");
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

    @Test
    void rightsAreAskedBeforeInputIsJudged() throws Exception {
        mvc.perform(get("/api/v1/statistics").param("unit", "LS-CL").param("from", "2025-13-01")
                        .param("to", "2025-12-31").header(AUTHORIZATION, DemoUser.OFFICER_NHAN_LY.bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/statistics").param("unit", "LS-XX").param("from", "2025-01-01")
                        .param("to", "2025-12-31").header(AUTHORIZATION, DemoUser.OFFICER_NHAN_LY.bearer()))
                .andExpect(status().isForbidden());
    }

    @Test
    void badInputIsNamedToThoseWithTheRight() throws Exception {
        String officer = DemoUser.OFFICER_CHI_LANG.bearer();
        mvc.perform(get("/api/v1/statistics").param("unit", "LS-CL").param("from", "2025-13-01")
                        .param("to", "2025-12-31").header(AUTHORIZATION, officer))
                .andExpect(problem(400, "from"));
        mvc.perform(get("/api/v1/statistics").param("unit", "LS-CL").param("from", "2025-12-31")
                        .param("to", "2025-01-01").header(AUTHORIZATION, officer))
                .andExpect(problem(400, "from"));
        mvc.perform(get("/api/v1/statistics").param("unit", "LS-CL").param("from", "2025-01-01")
                        .header(AUTHORIZATION, officer))
                .andExpect(problem(400, "to"));
        mvc.perform(get("/api/v1/statistics").param("unit", "LS-XX").param("from", "2025-01-01")
                        .param("to", "2025-12-31").header(AUTHORIZATION, DemoUser.ADMIN.bearer()))
                .andExpect(problem(400, "unit"));
        mvc.perform(get("/api/v1/statistics").param("from", "2025-01-01").param("to", "2025-12-31")
                        .header(AUTHORIZATION, officer))
                .andExpect(problem(400, "unit"));
    }
}
