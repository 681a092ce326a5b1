package vn.tdkt.nomination.eligibility;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tdkt.events.nomination.RecipientKind;
import vn.tdkt.nomination.honours.HonoursHistory;
import vn.tdkt.nomination.initiative.InitiativeLedger;
import vn.tdkt.nomination.rulepack.RulePackConfiguration;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.testing.DemoUser;
import vn.tdkt.support.testing.PermissionMatrix;
import vn.tdkt.support.testing.PermissionMatrixTest;

/**
 * Who may ask: every officer may ask about facts they send (nothing stored is read); about a recorded
 * nominee only within the nominee's unit subtree; the congress organiser and the operator never.
 */
@WebMvcTest(EligibilityController.class)
@Import({EligibilityService.class, EligibilityConfiguration.class, RulePackConfiguration.class, DemoUnitTree.class})
class EligibilityPermissionMatrixTest extends PermissionMatrixTest<EligibilityPermissionMatrixTest.Request> {

    @MockitoBean
    HonoursHistory honours;
    @MockitoBean
    InitiativeLedger initiatives;

    enum Request { CHECK_FACTS, CHECK_CHI_LANG_NOMINEE }

    static final PermissionMatrix<Request> MATRIX = PermissionMatrix.of(Request.class)
            //                                facts  LS-CL nominee
            .row(DemoUser.ADMIN,              200, 200)
            .row(DemoUser.OFFICER_PROVINCE,   200, 200)
            .row(DemoUser.OFFICER_CHI_LANG,   200, 200)
            .row(DemoUser.OFFICER_HUU_LUNG,   200, 403)
            .row(DemoUser.OFFICER_NHAN_LY,    200, 403)
            .row(DemoUser.COUNCIL_SECRETARY,  200, 200)
            .row(DemoUser.COUNCIL_MEMBER,     200, 200)
            .row(DemoUser.LEADER_CHI_LANG,    200, 200)
            .row(DemoUser.CONGRESS_ORGANISER, 403, 403)
            .row(DemoUser.OPERATOR,           403, 403);

    @BeforeEach
    void history() {
        when(honours.unitOf("CB-CL-7")).thenReturn(Optional.of("LS-CL"));
        when(honours.of("CB-CL-7")).thenReturn(List.of(new HonoursHistory.Line("CB-CL-7", RecipientKind.INDIVIDUAL,
                "LS-CL", 2024, "LAO_DONG_TIEN_TIEN")));
        when(initiatives.byAuthor(anyString())).thenReturn(List.of());
        when(initiatives.unitOfAuthor(anyString())).thenReturn(Optional.empty());
    }

    @Override
    protected MockHttpServletRequestBuilder build(Request request) {
        String body = switch (request) {
            case CHECK_FACTS -> """
                    {"award":"Lao động tiên tiến","decisionDate":"2025-01-15","nominee":{"kind":"INDIVIDUAL"}}""";
            case CHECK_CHI_LANG_NOMINEE -> """
                    {"award":"Lao động tiên tiến","decisionDate":"2025-01-15","nomineeId":"CB-CL-7"}""";
        };
        return post("/api/v1/eligibility-checks").contentType(MediaType.APPLICATION_JSON).content(body);
    }

}
