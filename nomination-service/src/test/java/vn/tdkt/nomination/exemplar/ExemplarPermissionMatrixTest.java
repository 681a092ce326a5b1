package vn.tdkt.nomination.exemplar;

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
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tdkt.nomination.FixedClock;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.testing.DemoUser;
import vn.tdkt.support.testing.PermissionMatrix;
import vn.tdkt.support.testing.TestTokens;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/**
 * Emulation officers register their own subtree's exemplars (REGISTER_EXEMPLARS); the book and the missing
 * report are read by whoever reads nominations in the unit's subtree (officers, leaders, the council).
 */
@WebMvcTest(ExemplarController.class)
@Import({ExemplarService.class, FixedClock.class, DemoUnitTree.class})
@EnableConfigurationProperties(ExemplarProperties.class)
class ExemplarPermissionMatrixTest {

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ExemplarRepository repository;
    @MockitoBean
    UnitDirectory units;
    @MockitoBean
    OutboxRelay relay;

    enum Request { REGISTER_NHAN_LY, REGISTER_HUU_LUNG, BOOK_CHI_LANG, MISSING_PROVINCE }

    static Stream<Arguments> matrix() {
        //                                  register NL  register HL  book LS-CL  missing LS
        return Stream.of(
                row(DemoUser.ADMIN, Request.class, 201, 201, 200, 200),
                row(DemoUser.OFFICER_PROVINCE, Request.class, 201, 201, 200, 200),
                row(DemoUser.OFFICER_CHI_LANG, Request.class, 201, 403, 200, 403),
                row(DemoUser.OFFICER_HUU_LUNG, Request.class, 403, 201, 403, 403),
                row(DemoUser.OFFICER_NHAN_LY, Request.class, 201, 403, 403, 403),
                row(DemoUser.COUNCIL_SECRETARY, Request.class, 403, 403, 200, 200),
                row(DemoUser.COUNCIL_MEMBER, Request.class, 403, 403, 200, 200),
                row(DemoUser.LEADER_CHI_LANG, Request.class, 403, 403, 200, 403),
                row(DemoUser.CONGRESS_ORGANISER, Request.class, 403, 403, 403, 403),
                row(DemoUser.OPERATOR, Request.class, 403, 403, 403, 403))
                .flatMap(List::stream);
    }

    static Stream<Arguments> badTokens() {
        return PermissionMatrix.badTokens(Request.class);
    }

    @BeforeEach
    void stores() {
        ExemplarWebSlice.stub(repository, units);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("matrix")
    void decides(DemoUser user, Request request, int expected) throws Exception {
        mvc.perform(build(request).header("Authorization", user.bearer())).andExpect(status().is(expected));
        if (expected == 403) {
            verify(repository, never()).insert(any(), any());
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
        verify(repository, never()).insert(any(), any());
    }

    private static MockHttpServletRequestBuilder build(Request request) {
        String entries = ",\"entries\":[{\"recipientKind\":\"INDIVIDUAL\",\"name\":\"Lộc Thị Hà\",\"achievement\":\"Tiêu biểu\"}]}";
        return switch (request) {
            case REGISTER_NHAN_LY -> post("/api/v1/exemplars/registrations").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"unitCode\":\"LS-CL-NL\",\"month\":\"2025-12\"" + entries);
            case REGISTER_HUU_LUNG -> post("/api/v1/exemplars/registrations").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"unitCode\":\"LS-HL\",\"month\":\"2025-12\"" + entries);
            case BOOK_CHI_LANG -> get("/api/v1/exemplars/book").param("unit", "LS-CL").param("from", "2025-12");
            case MISSING_PROVINCE -> get("/api/v1/exemplars/missing").param("unit", "LS").param("month", "2025-12");
        };
    }
}
