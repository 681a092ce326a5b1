package vn.tdkt.delegate.exemplary;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.support.testing.PermissionMatrix.row;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.testing.DemoUser;
import vn.tdkt.support.testing.PermissionMatrix;
import vn.tdkt.support.testing.TestTokens;

/** Exemplary people are personal data: read within the unit's subtree by those who read personal data there. */
@WebMvcTest(ExemplaryController.class)
@Import({ExemplaryPeople.class, DemoUnitTree.class})
class ExemplaryPermissionMatrixTest {

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ExemplaryPeopleRepository repository;

    enum Request { READ_PROVINCE, READ_CHI_LANG, READ_NHAN_LY }

    static Stream<Arguments> matrix() {
        //                                  LS   LS-CL  LS-CL-NL
        return Stream.of(
                row(DemoUser.ADMIN, Request.class, 200, 200, 200),
                row(DemoUser.OFFICER_PROVINCE, Request.class, 200, 200, 200),
                row(DemoUser.OFFICER_CHI_LANG, Request.class, 403, 200, 200),
                row(DemoUser.OFFICER_HUU_LUNG, Request.class, 403, 403, 403),
                row(DemoUser.OFFICER_NHAN_LY, Request.class, 403, 403, 200),
                row(DemoUser.COUNCIL_SECRETARY, Request.class, 403, 403, 403),
                row(DemoUser.COUNCIL_MEMBER, Request.class, 403, 403, 403),
                row(DemoUser.LEADER_CHI_LANG, Request.class, 403, 200, 200),
                row(DemoUser.CONGRESS_ORGANISER, Request.class, 403, 403, 403),
                row(DemoUser.OPERATOR, Request.class, 403, 403, 403))
                .flatMap(List::stream);
    }

    static Stream<Arguments> badTokens() {
        return PermissionMatrix.badTokens(Request.class);
    }

    @BeforeEach
    void projection() {
        when(repository.subtree(anyString())).thenAnswer(call -> Set.of((String) call.getArgument(0)));
        when(repository.page(any(), any())).thenAnswer(call -> PageResponse.of(call.getArgument(1), List.of(
                new ExemplaryPerson("honour:d:DX-1", "DECISION", "LS-CL", "INDIVIDUAL", "CB-CL-7", "Lý Văn Sơn", null,
                        "Bằng khen của Chủ tịch UBND tỉnh", null, "BANG_KHEN_TINH", 2025, null, "125/QĐ-UBND", null,
                        null, null, Instant.parse("2026-01-20T02:00:00Z"))), 1));
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

    @Test
    void aPageOfPeopleAndBadPagingIsAProblem() throws Exception {
        mvc.perform(get("/api/v1/exemplary-people").param("unit", "LS-CL").header("Authorization",
                        DemoUser.OFFICER_CHI_LANG.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].name").value("Lý Văn Sơn"))
                .andExpect(jsonPath("$.totalItems").value(1));
        mvc.perform(get("/api/v1/exemplary-people").param("unit", "LS-CL").param("size", "500")
                        .header("Authorization", DemoUser.OFFICER_CHI_LANG.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private static MockHttpServletRequestBuilder build(Request request) {
        String unit = switch (request) {
            case READ_PROVINCE -> "LS";
            case READ_CHI_LANG -> "LS-CL";
            case READ_NHAN_LY -> "LS-CL-NL";
        };
        return get("/api/v1/exemplary-people").param("unit", unit);
    }
}
