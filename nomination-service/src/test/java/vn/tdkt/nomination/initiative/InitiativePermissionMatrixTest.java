package vn.tdkt.nomination.initiative;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tdkt.events.nomination.InitiativeScope;
import vn.tdkt.nomination.FixedClock;
import vn.tdkt.nomination.honours.HonoursHistory;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.testing.DemoUser;
import vn.tdkt.support.testing.PermissionMatrix;
import vn.tdkt.support.testing.PermissionMatrixTest;

/** Initiatives are recorded and used by the emulation office of their unit's subtree, read within it. */
@WebMvcTest(InitiativeController.class)
@Import({InitiativeService.class, FixedClock.class, DemoUnitTree.class})
class InitiativePermissionMatrixTest extends PermissionMatrixTest<InitiativePermissionMatrixTest.Request> {

    @MockitoBean
    InitiativeRepository repository;
    @MockitoBean
    HonoursHistory honours;
    @MockitoBean
    OutboxRelay relay;

    enum Request { RECOGNISE_FOR_DONG_MO, USE_CHI_LANG_INITIATIVE, READ_ONE, LIST_CHI_LANG }

    static final PermissionMatrix<Request> MATRIX = PermissionMatrix.of(Request.class)
            //                                recognise LS-CL-DM  use LS-CL's  read LS-CL's  list LS-CL
            .row(DemoUser.ADMIN,              201, 200, 200, 200)
            .row(DemoUser.OFFICER_PROVINCE,   201, 200, 200, 200)
            .row(DemoUser.OFFICER_CHI_LANG,   201, 200, 200, 200)
            .row(DemoUser.OFFICER_HUU_LUNG,   403, 403, 403, 403)
            .row(DemoUser.OFFICER_NHAN_LY,    403, 403, 403, 403)
            .row(DemoUser.COUNCIL_SECRETARY,  403, 403, 403, 403)
            .row(DemoUser.COUNCIL_MEMBER,     403, 403, 403, 403)
            .row(DemoUser.LEADER_CHI_LANG,    403, 403, 200, 200)
            .row(DemoUser.CONGRESS_ORGANISER, 403, 403, 403, 403)
            .row(DemoUser.OPERATOR,           403, 403, 403, 403);

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

    @Override
    protected void assertNothingChanged() {
        verify(repository, never()).insert(any(), any());
        verify(repository, never()).update(any(), any());
    }

    @Override
    protected MockHttpServletRequestBuilder build(Request request) {
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
