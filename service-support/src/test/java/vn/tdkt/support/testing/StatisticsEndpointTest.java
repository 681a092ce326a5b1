package vn.tdkt.support.testing;

import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.support.testing.Problems.problem;

import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The contract every service's {@code GET /api/v1/statistics} keeps (service-support's {@code StatisticsScope}):
 * READ_STATISTICS in the unit's subtree (officers, leaders, the council's secretary, the congress organisers; not a
 * council member, not the operator), the right asked before the input is judged, then bad dates and an unknown unit
 * named. A service's {@code @WebMvcTest} extends it, stubs its reads (the subtree with {@link #demoSubtree}) and adds
 * what its own figures say.
 */
public abstract class StatisticsEndpointTest extends PermissionMatrixTest<StatisticsEndpointTest.Request> {

    public enum Request { CHI_LANG, HUU_LUNG }

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

    @Autowired
    protected MockMvc mvc;

    /** The unit and every unit below it in the demo tree; empty for a code the tree does not know. */
    protected static Set<String> demoSubtree(String root) {
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
    }

    @Override
    protected MockHttpServletRequestBuilder build(Request request) {
        return get("/api/v1/statistics").param("unit", request == Request.CHI_LANG ? "LS-CL" : "LS-HL")
                .param("from", "2025-01-01").param("to", "2025-12-31");
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
