package vn.tdkt.nomination.rulepack;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.testing.DemoUser;
import vn.tdkt.support.testing.PermissionMatrix;
import vn.tdkt.support.testing.PermissionMatrixTest;

/** Any signed-in role lists the rule packs and reads one; no token, no answer. */
@WebMvcTest(RulePackController.class)
@Import({RulePackConfiguration.class, DemoUnitTree.class})
class RulePackPermissionTest extends PermissionMatrixTest<RulePackPermissionTest.Request> {

    enum Request { LIST, READ_ONE }

    static final PermissionMatrix<Request> MATRIX = PermissionMatrix.of(Request.class)
            //                                list one
            .row(DemoUser.ADMIN,              200, 200)
            .row(DemoUser.OFFICER_PROVINCE,   200, 200)
            .row(DemoUser.OFFICER_CHI_LANG,   200, 200)
            .row(DemoUser.OFFICER_HUU_LUNG,   200, 200)
            .row(DemoUser.OFFICER_NHAN_LY,    200, 200)
            .row(DemoUser.COUNCIL_SECRETARY,  200, 200)
            .row(DemoUser.COUNCIL_MEMBER,     200, 200)
            .row(DemoUser.LEADER_CHI_LANG,    200, 200)
            .row(DemoUser.CONGRESS_ORGANISER, 200, 200)
            .row(DemoUser.OPERATOR,           200, 200);

    @Override
    protected MockHttpServletRequestBuilder build(Request request) {
        return switch (request) {
            case LIST -> get("/api/v1/rule-packs");
            case READ_ONE -> get("/api/v1/rule-packs/vn-2024");
        };
    }
}
