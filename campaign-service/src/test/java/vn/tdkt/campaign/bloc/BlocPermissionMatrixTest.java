package vn.tdkt.campaign.bloc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tdkt.campaign.unit.UnitLookup;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.testing.DemoUser;
import vn.tdkt.support.testing.PermissionMatrix;
import vn.tdkt.support.testing.PermissionMatrixTest;

/**
 * Who may do what to blocs: every demo user × every bloc endpoint. The bloc is run by the province
 * (LS): its officer and the council's standing office manage it; Chi Lăng, Hữu Lũng and the Department
 * of Finance are members, and a member's officer or leader signs and scores for it, nobody else's.
 */
@WebMvcTest(BlocController.class)
@Import({BlocService.class, DemoUnitTree.class, BlocPermissionMatrixTest.FixedClock.class})
class BlocPermissionMatrixTest extends PermissionMatrixTest<BlocPermissionMatrixTest.Request> {

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return BlocFixtures.CLOCK;
        }
    }

    @MockitoBean
    BlocRepository blocs;
    @MockitoBean
    UnitLookup units;
    @MockitoBean
    OutboxRelay relay;

    EmulationBloc draft;
    EmulationBloc signing;
    EmulationBloc scoring;
    EmulationBloc complete;
    EmulationBloc published;

    enum Request {
        CREATE, GET_ONE, LIST, CHANGE_MEMBERS, SIGN_FOR_CHI_LANG, SCORE_AS_CHI_LANG, ALL_SCORECARDS,
        CHI_LANGS_SCORECARDS, RANKING_PREVIEW, PUBLISH, PUBLISHED_RANKING, NEXT_YEAR
    }

    static final PermissionMatrix<Request> MATRIX = PermissionMatrix.of(Request.class)
            //                                create one list members sign score all   own  preview publish result next
            .row(DemoUser.ADMIN,              201, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 201)
            .row(DemoUser.OFFICER_PROVINCE,   201, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 201)
            .row(DemoUser.OFFICER_CHI_LANG,   403, 200, 200, 403, 200, 200, 403, 200, 403, 403, 200, 403)
            .row(DemoUser.OFFICER_HUU_LUNG,   403, 200, 200, 403, 403, 403, 403, 403, 403, 403, 200, 403)
            .row(DemoUser.OFFICER_NHAN_LY,    403, 200, 200, 403, 403, 403, 403, 403, 403, 403, 200, 403)
            .row(DemoUser.COUNCIL_SECRETARY,  201, 200, 200, 200, 403, 403, 200, 200, 200, 200, 200, 201)
            .row(DemoUser.COUNCIL_MEMBER,     403, 200, 200, 403, 403, 403, 403, 403, 403, 403, 200, 403)
            .row(DemoUser.LEADER_CHI_LANG,    403, 200, 200, 403, 200, 200, 403, 200, 403, 403, 200, 403)
            .row(DemoUser.CONGRESS_ORGANISER, 403, 200, 200, 403, 403, 403, 403, 403, 403, 403, 200, 403)
            .row(DemoUser.OPERATOR,           403, 200, 200, 403, 403, 403, 403, 403, 403, 403, 200, 403);

    @BeforeEach
    void storage() {
        when(units.unknown(anyCollection())).thenReturn(Set.of());
        draft = stored(BlocFixtures.in(BlocPhase.DRAFT));
        signing = stored(BlocFixtures.in(BlocPhase.COVENANT_SIGNING));
        scoring = stored(BlocFixtures.in(BlocPhase.SCORING));
        complete = stored(BlocFixtures.in(BlocPhase.SCORING));
        BlocFixtures.leaderScores(complete, "30", "20", "30", "20", "25", "20", "30", "20", "28", "20", "30", "20");
        published = stored(BlocFixtures.in(BlocPhase.RESULT_PUBLISHED));
        when(blocs.findAll(any(), any(), any(), any())).thenAnswer(call -> PageResponse.of(call.getArgument(3),
                List.of(draft), 1));
        doAnswer(call -> {
            call.<EmulationBloc>getArgument(0).stored(0);
            return null;
        }).when(blocs).insert(any(), any());
        doAnswer(call -> {
            EmulationBloc bloc = call.getArgument(0);
            bloc.stored(bloc.version() + 1);
            return null;
        }).when(blocs).update(any(), any());
    }

    private EmulationBloc stored(EmulationBloc bloc) {
        when(blocs.find(bloc.id())).thenReturn(Optional.of(bloc));
        return bloc;
    }

    @Override
    protected void assertNothingChanged() {
        verify(blocs, never()).insert(any(), any());
        verify(blocs, never()).update(any(), any());
        verify(relay, never()).nudge();
    }

    @Override
    protected MockHttpServletRequestBuilder build(Request request) {
        return switch (request) {
            case CREATE -> json(post("/api/v1/blocs"), """
                    {"name":"Khối thi đua các huyện","year":2026,"organiserUnitCode":"LS",
                     "memberUnitCodes":["LS-CL","LS-HL"]}""");
            case GET_ONE -> get("/api/v1/blocs/" + draft.id());
            case LIST -> get("/api/v1/blocs").param("year", "2025");
            case CHANGE_MEMBERS -> json(put("/api/v1/blocs/" + draft.id() + "/members"),
                    "{\"memberUnitCodes\":[\"LS-CL\",\"LS-HL\"]}");
            case SIGN_FOR_CHI_LANG -> json(post("/api/v1/blocs/" + signing.id() + "/signatures"),
                    "{\"unitCode\":\"LS-CL\"}");
            case SCORE_AS_CHI_LANG -> json(post("/api/v1/blocs/" + scoring.id() + "/scorecards"), """
                    {"scorerUnitCode":"LS-CL","subjectUnitCode":"LS-HL","scores":[
                     {"criterion":"1.1","points":30},{"criterion":"1.2","points":20},
                     {"criterion":"2.1","points":30},{"criterion":"2.2","points":20}]}""");
            case ALL_SCORECARDS -> get("/api/v1/blocs/" + scoring.id() + "/scorecards");
            case CHI_LANGS_SCORECARDS -> get("/api/v1/blocs/" + scoring.id() + "/scorecards")
                    .param("scorerUnitCode", "LS-CL");
            case RANKING_PREVIEW -> get("/api/v1/blocs/" + scoring.id() + "/ranking");
            case PUBLISH -> post("/api/v1/blocs/" + complete.id() + "/publication");
            case PUBLISHED_RANKING -> get("/api/v1/blocs/" + published.id() + "/ranking");
            case NEXT_YEAR -> post("/api/v1/blocs/" + published.id() + "/next-year");
        };
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
