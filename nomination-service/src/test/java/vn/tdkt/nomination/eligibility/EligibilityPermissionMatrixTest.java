package vn.tdkt.nomination.eligibility;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.support.testing.PermissionMatrix.row;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tdkt.events.nomination.RecipientKind;
import vn.tdkt.nomination.honours.HonoursHistory;
import vn.tdkt.nomination.initiative.InitiativeLedger;
import vn.tdkt.nomination.rulepack.RulePackConfiguration;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.testing.DemoUser;
import vn.tdkt.support.testing.PermissionMatrix;
import vn.tdkt.support.testing.TestTokens;

/**
 * Who may ask: every officer may ask about facts they send (nothing stored is read); about a recorded
 * nominee only within the nominee's unit subtree; the congress organiser and the operator never.
 */
@WebMvcTest(EligibilityController.class)
@Import({EligibilityService.class, EligibilityConfiguration.class, RulePackConfiguration.class, DemoUnitTree.class})
class EligibilityPermissionMatrixTest {

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    @Autowired
    MockMvc mvc;
    @MockitoBean
    HonoursHistory honours;
    @MockitoBean
    InitiativeLedger initiatives;

    enum Request { CHECK_FACTS, CHECK_CHI_LANG_NOMINEE }

    static Stream<Arguments> matrix() {
        //                                              facts  LS-CL nominee
        return Stream.of(
                row(DemoUser.ADMIN, Request.class, 200, 200),
                row(DemoUser.OFFICER_PROVINCE, Request.class, 200, 200),
                row(DemoUser.OFFICER_CHI_LANG, Request.class, 200, 200),
                row(DemoUser.OFFICER_HUU_LUNG, Request.class, 200, 403),
                row(DemoUser.OFFICER_NHAN_LY, Request.class, 200, 403),
                row(DemoUser.COUNCIL_SECRETARY, Request.class, 200, 200),
                row(DemoUser.COUNCIL_MEMBER, Request.class, 200, 200),
                row(DemoUser.LEADER_CHI_LANG, Request.class, 200, 200),
                row(DemoUser.CONGRESS_ORGANISER, Request.class, 403, 403),
                row(DemoUser.OPERATOR, Request.class, 403, 403))
                .flatMap(List::stream);
    }

    static Stream<Arguments> badTokens() {
        return PermissionMatrix.badTokens(Request.class);
    }

    @BeforeEach
    void history() {
        when(honours.unitOf("CB-CL-7")).thenReturn(Optional.of("LS-CL"));
        when(honours.of("CB-CL-7")).thenReturn(List.of(new HonoursHistory.Line("CB-CL-7", RecipientKind.INDIVIDUAL,
                "LS-CL", 2024, "LAO_DONG_TIEN_TIEN")));
        when(initiatives.byAuthor(anyString())).thenReturn(List.of());
        when(initiatives.unitOfAuthor(anyString())).thenReturn(Optional.empty());
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("matrix")
    void decides(DemoUser user, Request request, int expected) throws Exception {
        mvc.perform(build(request).header("Authorization", user.bearer())).andExpect(status().is(expected));
    }

    @ParameterizedTest(name = "{0} token: {1} → 401")
    @MethodSource("badTokens")
    void refusesBadTokens(TestTokens.BadToken token, Request request) throws Exception {
        MockHttpServletRequestBuilder call = build(request);
        if (token.header() != null) {
            call.header("Authorization", token.header());
        }
        mvc.perform(call).andExpect(status().isUnauthorized());
    }

    private static MockHttpServletRequestBuilder build(Request request) {
        String body = switch (request) {
            case CHECK_FACTS -> """
                    {"award":"Lao động tiên tiến","decisionDate":"2025-01-15","nominee":{"kind":"INDIVIDUAL"}}""";
            case CHECK_CHI_LANG_NOMINEE -> """
                    {"award":"Lao động tiên tiến","decisionDate":"2025-01-15","nomineeId":"CB-CL-7"}""";
        };
        return post("/api/v1/eligibility-checks").contentType(MediaType.APPLICATION_JSON).content(body);
    }

}
