package vn.tdkt.nomination.initiative;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.support.testing.PermissionMatrix.row;

import java.time.LocalDate;
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
import vn.tdkt.events.nomination.InitiativeScope;
import vn.tdkt.nomination.FixedClock;
import vn.tdkt.nomination.honours.HonoursHistory;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.testing.DemoUser;
import vn.tdkt.support.testing.PermissionMatrix;
import vn.tdkt.support.testing.TestTokens;

/** Initiatives are recorded and used by the emulation office of their unit's subtree, read within it. */
@WebMvcTest(InitiativeController.class)
@Import({InitiativeService.class, FixedClock.class, DemoUnitTree.class})
class InitiativePermissionMatrixTest {

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    @Autowired
    MockMvc mvc;
    @MockitoBean
    InitiativeRepository repository;
    @MockitoBean
    HonoursHistory honours;
    @MockitoBean
    OutboxRelay relay;

    enum Request { RECOGNISE_FOR_DONG_MO, USE_CHI_LANG_INITIATIVE, READ_ONE, LIST_CHI_LANG }

    static Stream<Arguments> matrix() {
        //                                  recognise LS-CL-DM  use LS-CL's  read LS-CL's  list LS-CL
        return Stream.of(
                row(DemoUser.ADMIN, Request.class, 201, 200, 200, 200),
                row(DemoUser.OFFICER_PROVINCE, Request.class, 201, 200, 200, 200),
                row(DemoUser.OFFICER_CHI_LANG, Request.class, 201, 200, 200, 200),
                row(DemoUser.OFFICER_HUU_LUNG, Request.class, 403, 403, 403, 403),
                row(DemoUser.OFFICER_NHAN_LY, Request.class, 403, 403, 403, 403),
                row(DemoUser.COUNCIL_SECRETARY, Request.class, 403, 403, 403, 403),
                row(DemoUser.COUNCIL_MEMBER, Request.class, 403, 403, 403, 403),
                row(DemoUser.LEADER_CHI_LANG, Request.class, 403, 403, 200, 200),
                row(DemoUser.CONGRESS_ORGANISER, Request.class, 403, 403, 403, 403),
                row(DemoUser.OPERATOR, Request.class, 403, 403, 403, 403))
                .flatMap(List::stream);
    }

    static Stream<Arguments> badTokens() {
        return PermissionMatrix.badTokens(Request.class);
    }

    @BeforeEach
    void storage() {
        when(repository.find(any())).thenReturn(Optional.empty());
        when(repository.find(new InitiativeId("SK-CL-1"))).thenAnswer(call -> Optional.of(Initiative.restore(
                new InitiativeId("SK-CL-1"), new Initiative.Recognition("Sáng kiến cải cách thủ tục", "LS-CL",
                        List.of("CB-CL-7"), InitiativeScope.CO_SO, LocalDate.of(2024, 10, 1), "Hội đồng sáng kiến huyện",
                        true), null, 0)));
        when(repository.usesOf(anyString(), anyString())).thenReturn(List.of());
        when(repository.byUnit(any(), any())).thenAnswer(call -> PageResponse.of(call.getArgument(1), List.of(), 0));
        when(honours.of(anyString())).thenReturn(List.of());
        doAnswer(call -> {
            call.<Initiative>getArgument(0).stored(0);
            return null;
        }).when(repository).insert(any(), any());
        doAnswer(call -> {
            call.<Initiative>getArgument(0).stored(1);
            return null;
        }).when(repository).update(any(), any());
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("matrix")
    void decides(DemoUser user, Request request, int expected) throws Exception {
        mvc.perform(build(request).header("Authorization", user.bearer())).andExpect(status().is(expected));
        if (expected == 403) {
            verify(repository, never()).insert(any(), any());
            verify(repository, never()).update(any(), any());
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
    }

    private static MockHttpServletRequestBuilder build(Request request) {
        return switch (request) {
            case RECOGNISE_FOR_DONG_MO -> post("/api/v1/initiatives").contentType(MediaType.APPLICATION_JSON).content("""
                    {"id":"SK-DM-1","title":"Chợ số Đồng Mỏ","unitCode":"LS-CL-DM","authorIds":["CB-DM-3"],
                     "recognizedScope":"CO_SO","recognizedOn":"2025-10-01","recognizedBy":"Hội đồng sáng kiến",
                     "effectivelyApplied":true}""");
            case USE_CHI_LANG_INITIATIVE -> post("/api/v1/initiatives/SK-CL-1/uses")
                    .contentType(MediaType.APPLICATION_JSON).content("""
                    {"proposalId":"DX-1","nomineeId":"CB-CL-7","award":"CSTD_CO_SO","achievementFrom":2024,
                     "achievementTo":2024}""");
            case READ_ONE -> get("/api/v1/initiatives/SK-CL-1");
            case LIST_CHI_LANG -> get("/api/v1/initiatives").param("unitCode", "LS-CL");
        };
    }
}
