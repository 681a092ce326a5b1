package vn.tdkt.nomination.award;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tdkt.nomination.FixedClock;
import vn.tdkt.nomination.rulepack.RulePackConfiguration;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.testing.DemoUser;
import vn.tdkt.support.testing.PermissionMatrix;
import vn.tdkt.support.testing.PermissionMatrixTest;

/** The catalogue is no secret inside the administration: every signed-in role reads it; no token, no answer. */
@WebMvcTest(AwardController.class)
@Import({RulePackConfiguration.class, FixedClock.class, DemoUnitTree.class})
class CataloguePermissionTest extends PermissionMatrixTest<CataloguePermissionTest.Request> {

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
            case LIST -> get("/api/v1/awards");
            case READ_ONE -> get("/api/v1/awards/GIAY_KHEN");
        };
    }
}
