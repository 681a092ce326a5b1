package vn.tdkt.campaign.bloc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.support.testing.Problems.problem;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.campaign.unit.UnitLookup;
import vn.tdkt.events.bloc.BlocCreated;
import vn.tdkt.events.bloc.BlocEvent;
import vn.tdkt.events.bloc.BlocResultPublished;
import vn.tdkt.events.bloc.ScorecardSubmitted;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.testing.SignedInAsAdmin;
import vn.tdkt.support.testing.TestTokens;

/** The bloc API over the real service, with storage mocked: what is answered and what is (not) stored. */
@WebMvcTest(BlocController.class)
@Import({BlocService.class, BlocControllerTest.FixedClock.class, SignedInAsAdmin.class})
class BlocControllerTest {

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    static final Set<UnitCode> REGISTERED = Set.of(BlocFixtures.LS, BlocFixtures.CL, BlocFixtures.HL, BlocFixtures.STC);

    /** A bloc as a client sends it: seed 001's yearly bloc with a two-section covenant. */
    static final String BLOC = """
            {"name":"Khối thi đua các huyện và Sở Tài chính","year":2025,"organiserUnitCode":"LS",
             "memberUnitCodes":["LS-CL","LS-HL","LS-STC"],"rotationOrder":["LS-HL","LS-STC","LS-CL"],
             "criteria":[
               {"code":"1.1","title":"Hoàn thành dự toán thu ngân sách","group":"I. Thực hiện nhiệm vụ chuyên môn","maxPoints":30},
               {"code":"2.1","title":"Tổ chức phong trào thi đua yêu nước","group":"II. Công tác thi đua, khen thưởng","maxPoints":20.5}],
             "weights":{"self":0,"leader":100,"peer":0},"awards":{"flagCount":1,"commendationCount":1}}
            """;

    @Autowired
    MockMvc mvc;
    @MockitoBean
    BlocRepository blocs;
    @MockitoBean
    UnitLookup units;
    @MockitoBean
    OutboxRelay relay;

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return BlocFixtures.CLOCK;
        }
    }

    @BeforeEach
    void storage() {
        when(units.unknown(anyCollection())).thenAnswer(call -> {
            Set<UnitCode> unknown = new LinkedHashSet<>(call.<Collection<UnitCode>>getArgument(0));
            unknown.removeAll(REGISTERED);
            return unknown;
        });
        when(blocs.find(any())).thenReturn(Optional.empty());
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

    private EmulationBloc existing(BlocPhase phase) {
        EmulationBloc bloc = BlocFixtures.in(phase);
        when(blocs.find(bloc.id())).thenReturn(Optional.of(bloc));
        return bloc;
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @SuppressWarnings("unchecked")
    private List<BlocEvent> updated() {
        ArgumentCaptor<List<BlocEvent>> events = ArgumentCaptor.forClass(List.class);
        verify(blocs).update(any(), events.capture());
        return events.getValue();
    }

    private void assertNothingStored() {
        verify(blocs, never()).insert(any(), any());
        verify(blocs, never()).update(any(), any());
        verifyNoInteractions(relay);
    }

    // POST /api/v1/blocs

    @Test
    void draftsABlocYearAndAnnouncesIt() throws Exception {
        mvc.perform(json(post("/api/v1/blocs"), BLOC))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/blocs/")))
                .andExpect(jsonPath("$.name").value("Khối thi đua các huyện và Sở Tài chính"))
                .andExpect(jsonPath("$.phase").value("DRAFT"))
                .andExpect(jsonPath("$.leaderUnitCode").value("LS-HL"))
                .andExpect(jsonPath("$.deputyUnitCode").value("LS-STC"))
                .andExpect(jsonPath("$.nextYearLeaderUnitCode").value("LS-STC"))
                .andExpect(jsonPath("$.nextYearDeputyUnitCode").value("LS-CL"))
                .andExpect(jsonPath("$.criteria[1].maxPoints").value(20.5))
                .andExpect(jsonPath("$.criteria[1].group").value("II. Công tác thi đua, khen thưởng"))
                .andExpect(jsonPath("$.covenantLocked").value(false))
                .andExpect(jsonPath("$.unsignedUnitCodes", contains("LS-CL", "LS-HL", "LS-STC")))
                .andExpect(jsonPath("$.awards.commendationCount").value(1))
                .andExpect(jsonPath("$.version").value(0));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<BlocEvent>> events = ArgumentCaptor.forClass(List.class);
        verify(blocs).insert(any(), events.capture());
        assertThat(events.getValue()).singleElement().isInstanceOf(BlocCreated.class);
        verify(relay).nudge();
    }

    @Test
    void missingAndMalformedFieldsAreNamed() throws Exception {
        mvc.perform(json(post("/api/v1/blocs"), "{}"))
                .andExpect(problem(400, "name", "year", "organiserUnitCode", "memberUnitCodes"));
        mvc.perform(json(post("/api/v1/blocs"), BLOC.replace("\"self\":0", "\"self\":-5")
                        .replace("\"maxPoints\":30", "\"maxPoints\":\"ba mươi\"")))
                .andExpect(problem(400));
        mvc.perform(json(post("/api/v1/blocs"), BLOC.replace("\"self\":0", "\"self\":-5")))
                .andExpect(problem(400, "weights.self"));
        mvc.perform(json(post("/api/v1/blocs"), BLOC.replace("\"maxPoints\":30", "\"maxPoints\":0")))
                .andExpect(problem(400, "criteria[0].maxPoints"));
        mvc.perform(json(post("/api/v1/blocs"), BLOC.replace("[\"LS-CL\",\"LS-HL\",\"LS-STC\"]", "[\"LS-CL\"]")))
                .andExpect(problem(400, "memberUnitCodes"));
        assertNothingStored();
    }

    @Test
    void unknownUnitsAndALeaderOutsideTheBlocAre422() throws Exception {
        mvc.perform(json(post("/api/v1/blocs"), BLOC.replace("\"LS-STC\"]", "\"SO-X\"]")
                        .replace("\"LS-STC\",\"LS-CL\"]", "\"SO-X\",\"LS-CL\"]")))
                .andExpect(problem(422, "memberUnitCodes"))
                .andExpect(jsonPath("$.errors[0].message", containsString("SO-X")));
        mvc.perform(json(post("/api/v1/blocs"), BLOC.replace("\"rotationOrder\"", "\"leaderUnitCode\":\"LS\",\"rotationOrder\"")))
                .andExpect(problem(422, "leaderUnitCode"));
        assertNothingStored();
    }

    // GET

    @Test
    void readsAndListsBlocs() throws Exception {
        EmulationBloc bloc = existing(BlocPhase.COVENANT_SIGNING);
        when(blocs.findAll(2025, null, BlocFixtures.HL, new PageQuery(0, 20)))
                .thenReturn(PageResponse.of(new PageQuery(0, 20), List.of(bloc), 1));

        mvc.perform(get("/api/v1/blocs/" + bloc.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phase").value("COVENANT_SIGNING"))
                .andExpect(jsonPath("$.phaseHistory[0].to").value("COVENANT_SIGNING"));
        mvc.perform(get("/api/v1/blocs").param("year", "2025").param("memberUnitCode", "LS-HL"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].id").value(bloc.id().value()));
        mvc.perform(get("/api/v1/blocs").param("year", "năm nay")).andExpect(problem(400, "year"));
        mvc.perform(get("/api/v1/blocs").param("organiserUnitCode", "a b")).andExpect(problem(400, "organiserUnitCode"));
        mvc.perform(get("/api/v1/blocs/" + BlocId.newId())).andExpect(problem(404));
        mvc.perform(get("/api/v1/blocs/42")).andExpect(problem(404));
    }

    // members, covenant, transitions

    @Test
    void membersChangeWhileDraftedAndAreRefusedAfterwards() throws Exception {
        EmulationBloc draft = existing(BlocPhase.DRAFT);
        mvc.perform(json(put("/api/v1/blocs/" + draft.id() + "/members"),
                        "{\"memberUnitCodes\":[\"LS-CL\",\"LS-STC\"],\"leaderUnitCode\":\"LS-STC\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leaderUnitCode").value("LS-STC"))
                .andExpect(jsonPath("$.deputyUnitCode").value("LS-CL"))
                .andExpect(jsonPath("$.version").value(1));

        EmulationBloc scoring = existing(BlocPhase.SCORING);
        mvc.perform(json(put("/api/v1/blocs/" + scoring.id() + "/members"), "{\"memberUnitCodes\":[\"LS-CL\",\"LS-STC\"]}"))
                .andExpect(problem(409))
                .andExpect(jsonPath("$.detail", containsString("SCORING")));
    }

    @Test
    void aLockedCovenantIs409NamingTheCriteria() throws Exception {
        EmulationBloc scoring = existing(BlocPhase.SCORING);
        mvc.perform(json(put("/api/v1/blocs/" + scoring.id() + "/covenant"),
                        "{\"criteria\":[{\"code\":\"1\",\"title\":\"Thu ngân sách\",\"maxPoints\":100}]}"))
                .andExpect(problem(409, "criteria"));
        assertNothingStored();
    }

    @Test
    void anIllegalMoveIs409SayingWhatIsAllowed() throws Exception {
        EmulationBloc draft = existing(BlocPhase.DRAFT);

        mvc.perform(json(post("/api/v1/blocs/" + draft.id() + "/transitions"), "{\"to\":\"SCORING\"}"))
                .andExpect(problem(409, "to"))
                .andExpect(jsonPath("$.from").value("DRAFT"))
                .andExpect(jsonPath("$.to").value("SCORING"))
                .andExpect(jsonPath("$.allowed", contains("COVENANT_SIGNING")));
        mvc.perform(json(post("/api/v1/blocs/" + draft.id() + "/transitions"), "{\"to\":\"VOTING\"}"))
                .andExpect(problem(400, "to"))
                .andExpect(jsonPath("$.errors[0].message", containsString("DRAFT, COVENANT_SIGNING, SCORING, RESULT_PUBLISHED")));
        assertNothingStored();
    }

    @Test
    void scoringOpensOnlyWhenAllHaveSignedNamingWhoHasNot() throws Exception {
        EmulationBloc signing = existing(BlocPhase.COVENANT_SIGNING);

        mvc.perform(json(post("/api/v1/blocs/" + signing.id() + "/signatures"), "{\"unitCode\":\"LS-HL\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signatures[0].unitCode").value("LS-HL"))
                .andExpect(jsonPath("$.unsignedUnitCodes", contains("LS-CL", "LS-STC")));
        mvc.perform(json(post("/api/v1/blocs/" + signing.id() + "/signatures"), "{\"unitCode\":\"LS-HL\"}"))
                .andExpect(problem(409, "unitCode"));
        mvc.perform(json(post("/api/v1/blocs/" + signing.id() + "/transitions"), "{\"to\":\"SCORING\"}"))
                .andExpect(problem(409, "signatures"))
                .andExpect(jsonPath("$.errors[0].message", containsString("LS-CL, LS-STC")));
        mvc.perform(json(post("/api/v1/blocs/" + signing.id() + "/signatures"), "{\"unitCode\":\"LS-CL-NL\"}"))
                .andExpect(problem(422, "unitCode"));
        verify(blocs, times(1)).update(any(), any());
    }

    // scorecards, ranking, publication

    @Test
    void aScoreOutOfRangeIs422NamingTheCriterionAndStoresNothing() throws Exception {
        EmulationBloc scoring = existing(BlocPhase.SCORING);

        mvc.perform(json(post("/api/v1/blocs/" + scoring.id() + "/scorecards"), """
                        {"scorerUnitCode":"LS-CL","subjectUnitCode":"LS-HL","scores":[
                         {"criterion":"1.1","points":31},{"criterion":"1.2","points":20},
                         {"criterion":"2.1","points":30},{"criterion":"9.9","points":1}]}"""))
                .andExpect(problem(422, "scores[0].points", "scores[3].criterion"))
                .andExpect(jsonPath("$.errors[0].message",
                        containsString("criterion '1.1' (Hoàn thành dự toán thu ngân sách) allows 0 to 30.00 points")));
        mvc.perform(json(post("/api/v1/blocs/" + scoring.id() + "/scorecards"), """
                        {"scorerUnitCode":"LS-CL","subjectUnitCode":"LS-HL","scores":[{"criterion":"1.1","points":"mười"}]}"""))
                .andExpect(problem(400, "scores[0].points"));
        assertNothingStored();
    }

    @Test
    void theLeaderScoresAMemberAndTheCardIsAnnounced() throws Exception {
        EmulationBloc scoring = existing(BlocPhase.SCORING);

        mvc.perform(json(post("/api/v1/blocs/" + scoring.id() + "/scorecards"), """
                        {"scorerUnitCode":"LS-CL","subjectUnitCode":"LS-HL","scores":[
                         {"criterion":"1.1","points":29.5},{"criterion":"1.2","points":20},
                         {"criterion":"2.1","points":30},{"criterion":"2.2","points":19.25}]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("LEADER"))
                .andExpect(jsonPath("$.total").value(98.75))
                .andExpect(jsonPath("$.revision").value(1));

        assertThat(updated()).singleElement().isInstanceOf(ScorecardSubmitted.class);
        mvc.perform(get("/api/v1/blocs/" + scoring.id() + "/scorecards").param("subjectUnitCode", "LS-HL"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].scores[3].points").value(19.25));
    }

    @Test
    void theRankingPreviewSaysWhatIsMissingAndPublishingWaitsForIt() throws Exception {
        EmulationBloc scoring = existing(BlocPhase.SCORING);
        scoring.submit(BlocFixtures.CL, BlocFixtures.HL, BlocFixtures.scores("30", "20", "30", "20"), BlocFixtures.CLOCK);

        mvc.perform(get("/api/v1/blocs/" + scoring.id() + "/ranking"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.published").value(false))
                .andExpect(jsonPath("$.ranking[0].unitCode").value("LS-HL"))
                .andExpect(jsonPath("$.ranking[0].rank").value(1))
                .andExpect(jsonPath("$.ranking[0].groupScores[0].score").value(50.0))
                .andExpect(jsonPath("$.ranking[1].rank").doesNotExist())
                .andExpect(jsonPath("$.ranking[1].missing[0]").value("the leader's scorecard"));
        mvc.perform(post("/api/v1/blocs/" + scoring.id() + "/publication"))
                .andExpect(problem(409, "scorecards"));
        assertNothingStored();
    }

    @Test
    void publishingAnnouncesTheRankingAndProposals() throws Exception {
        EmulationBloc scoring = existing(BlocPhase.SCORING);
        BlocFixtures.leaderScores(scoring, "30", "20", "30", "20", "25", "20", "30", "20", "25", "20", "30", "20");

        mvc.perform(post("/api/v1/blocs/" + scoring.id() + "/publication"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.published").value(true))
                .andExpect(jsonPath("$.phase").value("RESULT_PUBLISHED"))
                .andExpect(jsonPath("$.ranking[*].rank", contains(1, 2, 2)))
                .andExpect(jsonPath("$.ranking[1].tiedWith", contains("LS-STC")))
                .andExpect(jsonPath("$.ranking[1].explanation", containsString("tied — the council decides")))
                .andExpect(jsonPath("$.ties[0].undecided", contains("LS-HL, LS-STC")))
                .andExpect(jsonPath("$.proposals[*].award", contains("FLAG", "COMMENDATION", "COMMENDATION")))
                .andExpect(jsonPath("$.proposals[1].contested").value(false)); // two tied, two places: all fit

        assertThat(updated()).singleElement().isInstanceOfSatisfying(BlocResultPublished.class,
                e -> assertThat(e.proposals()).hasSize(3));
        mvc.perform(post("/api/v1/blocs/" + scoring.id() + "/publication"))
                .andExpect(problem(409, "to"));
    }

    @Test
    void nextYearsBlocIsDraftedFromThisOne() throws Exception {
        EmulationBloc published = existing(BlocPhase.RESULT_PUBLISHED);

        mvc.perform(post("/api/v1/blocs/" + published.id() + "/next-year"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/blocs/")))
                .andExpect(jsonPath("$.year").value(2026))
                .andExpect(jsonPath("$.phase").value("DRAFT"))
                .andExpect(jsonPath("$.leaderUnitCode").value("LS-HL"))
                .andExpect(jsonPath("$.deputyUnitCode").value("LS-STC"));
        verify(blocs).insert(any(), any());

        when(units.unknown(anyCollection())).thenReturn(Set.of(BlocFixtures.STC));
        mvc.perform(post("/api/v1/blocs/" + published.id() + "/next-year")).andExpect(problem(422, "memberUnitCodes"));
        verify(blocs, times(1)).insert(any(), any());
    }

    /** The 2025 reform: Hữu Lũng merged into LS-HLX on 1 July 2025. */
    private void huuLungMerged() {
        when(units.unknown(anyCollection())).thenReturn(Set.of());
        when(units.retired(anyCollection())).thenAnswer(call -> call.<Collection<UnitCode>>getArgument(0)
                .contains(BlocFixtures.HL) ? java.util.Map.of(BlocFixtures.HL, new UnitLookup.Standing(BlocFixtures.HL,
                true, new UnitCode("LS-HLX"), java.time.LocalDate.of(2025, 7, 1))) : java.util.Map.of());
    }

    @Test
    void nextYearsBlocTakesTheSuccessorOfAMergedMember() throws Exception {
        EmulationBloc published = existing(BlocPhase.RESULT_PUBLISHED);
        huuLungMerged();

        mvc.perform(post("/api/v1/blocs/" + published.id() + "/next-year"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.memberUnitCodes", contains("LS-CL", "LS-HLX", "LS-STC")))
                .andExpect(jsonPath("$.leaderUnitCode").value("LS-HLX"))
                .andExpect(jsonPath("$.deputyUnitCode").value("LS-STC"));
    }

    @Test
    void aMemberTheMergerCouldNotReplaceStopsTheNextStepWith409NamingItsSuccessor() throws Exception {
        EmulationBloc draft = existing(BlocPhase.DRAFT);
        huuLungMerged();

        mvc.perform(json(post("/api/v1/blocs/" + draft.id() + "/transitions"), "{\"to\":\"COVENANT_SIGNING\"}"))
                .andExpect(problem(409))
                .andExpect(jsonPath("$.detail", containsString("members no longer act")))
                .andExpect(jsonPath("$.errors[0].field").value("memberUnitCodes"))
                .andExpect(jsonPath("$.errors[0].message", containsString("đã sáp nhập vào LS-HLX")));
        assertNothingStored();
    }

    @Test
    void aConcurrentChangeIs409() throws Exception {
        EmulationBloc draft = existing(BlocPhase.DRAFT);
        doThrow(new OptimisticLockingFailureException("stale")).when(blocs).update(any(), any());

        mvc.perform(json(post("/api/v1/blocs/" + draft.id() + "/transitions"), "{\"to\":\"COVENANT_SIGNING\"}"))
                .andExpect(problem(409));
        verify(relay, never()).nudge();
    }

    @Test
    void aScorecardClashingWithAnotherIsRetriedOnAFreshRead() throws Exception {
        EmulationBloc scoring = existing(BlocPhase.SCORING);
        doThrow(new OptimisticLockingFailureException("stale")).doAnswer(call -> {
            EmulationBloc bloc = call.getArgument(0);
            bloc.stored(bloc.version() + 1);
            return null;
        }).when(blocs).update(any(), any());

        mvc.perform(json(post("/api/v1/blocs/" + scoring.id() + "/scorecards"), """
                        {"scorerUnitCode":"LS-HL","subjectUnitCode":"LS-HL","scores":[
                         {"criterion":"1.1","points":30},{"criterion":"1.2","points":20},
                         {"criterion":"2.1","points":30},{"criterion":"2.2","points":20}]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("SELF"));
        verify(blocs, times(2)).update(any(), any());
    }
}
