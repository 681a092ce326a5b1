package vn.tdkt.nomination.decision;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.support.testing.PermissionMatrix.row;

import java.util.List;
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
import vn.tdkt.nomination.FixedClock;
import vn.tdkt.nomination.honours.DecisionHonours;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.testing.DemoUser;
import vn.tdkt.support.testing.PermissionMatrix;
import vn.tdkt.support.testing.TestTokens;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/**
 * Decisions are signed for the grantor unit by its leaders and emulation officers (DECIDE_AWARDS in its
 * subtree) and read, with their certificates, by whoever reads nominations there (the council included).
 */
@WebMvcTest(DecisionController.class)
@Import({DecisionService.class, FixedClock.class, DemoUnitTree.class, DecisionWebSlice.class})
class DecisionPermissionMatrixTest {

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    InMemoryDecisionSubjects subjects;
    @MockitoBean
    DecisionRepository repository;
    @MockitoBean
    DecisionHonours honours;
    @MockitoBean
    UnitDirectory units;
    @MockitoBean
    OutboxRelay relay;

    enum Request { ISSUE_PROVINCE, ISSUE_CHI_LANG, READ_PROVINCE, CERTIFICATES_CHI_LANG, LIST_CHI_LANG }

    static Stream<Arguments> matrix() {
        //                                  issue LS  issue LS-CL  read LS  certs LS-CL  list LS-CL
        return Stream.of(
                row(DemoUser.ADMIN, Request.class, 201, 201, 200, 200, 200),
                row(DemoUser.OFFICER_PROVINCE, Request.class, 201, 201, 200, 200, 200),
                row(DemoUser.OFFICER_CHI_LANG, Request.class, 403, 201, 403, 200, 200),
                row(DemoUser.OFFICER_HUU_LUNG, Request.class, 403, 403, 403, 403, 403),
                row(DemoUser.OFFICER_NHAN_LY, Request.class, 403, 403, 403, 403, 403),
                row(DemoUser.COUNCIL_SECRETARY, Request.class, 403, 403, 200, 200, 200),
                row(DemoUser.COUNCIL_MEMBER, Request.class, 403, 403, 200, 200, 200),
                row(DemoUser.LEADER_CHI_LANG, Request.class, 403, 201, 403, 200, 200),
                row(DemoUser.CONGRESS_ORGANISER, Request.class, 403, 403, 403, 403, 403),
                row(DemoUser.OPERATOR, Request.class, 403, 403, 403, 403, 403))
                .flatMap(List::stream);
    }

    static Stream<Arguments> badTokens() {
        return PermissionMatrix.badTokens(Request.class);
    }

    @BeforeEach
    void stores() {
        subjects.decided.clear();
        DecisionWebSlice.stub(repository, honours, units);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("matrix")
    void decides(DemoUser user, Request request, int expected) throws Exception {
        mvc.perform(build(request).header("Authorization", user.bearer())).andExpect(status().is(expected));
        if (expected == 403) {
            verify(repository, never()).insert(any());
        }
    }

    @ParameterizedTest(name = "{0} token: {1} → 401")
    @MethodSource("badTokens")
    void refusesBadTokens(TestTokens.BadToken token, Request request) throws Exception {
        MockHttpServletRequestBuilder call = build(request);
        if (token.header() != null) {
            call.header("Authorization", token.header());
        }
        mvc.perform(call).andExpect(status().isUnauthorized());
        verify(repository, never()).insert(any());
    }

    private static MockHttpServletRequestBuilder build(Request request) {
        return switch (request) {
            case ISSUE_PROVINCE -> post("/api/v1/decisions").contentType(MediaType.APPLICATION_JSON).content("""
                    {"number":"125/QĐ-UBND","date":"2026-01-15","signer":{"name":"Đoàn Thu Hà","title":"Phó Chủ tịch"},
                     "grantorUnitCode":"LS","nominationIds":["DX-1"]}""");
            case ISSUE_CHI_LANG -> post("/api/v1/decisions").contentType(MediaType.APPLICATION_JSON).content("""
                    {"number":"45/QĐ-UBND","date":"2026-01-15","signer":{"name":"Lương Văn Sơn","title":"Chủ tịch"},
                     "grantorUnitCode":"LS-CL","nominationIds":["DX-4"]}""");
            case READ_PROVINCE -> get("/api/v1/decisions/" + DecisionWebSlice.PROVINCE_DECISION);
            case CERTIFICATES_CHI_LANG -> get("/api/v1/decisions/" + DecisionWebSlice.CHI_LANG_DECISION
                    + "/certificates").param("format", "xlsx");
            case LIST_CHI_LANG -> get("/api/v1/decisions").param("grantor", "LS-CL");
        };
    }
}
