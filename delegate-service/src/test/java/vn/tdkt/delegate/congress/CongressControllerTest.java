package vn.tdkt.delegate.congress;

import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.support.testing.PermissionMatrix.row;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.RuleViolationException;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.testing.DemoUser;
import vn.tdkt.support.testing.PermissionMatrix;
import vn.tdkt.support.testing.TestTokens;

/** Who may plan, change, receive for and allocate a congress, and what bad input looks like. */
@WebMvcTest(CongressController.class)
@Import(DemoUnitTree.class)
class CongressControllerTest {

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CongressService service;

    Congress district;
    Congress pilot;

    @BeforeEach
    void congresses() {
        district = CongressFixtures.district();
        pilot = CongressFixtures.commune(district, "LS-CL-NL", CongressFixtures.PILOT_DAY, true, 150);
        when(service.today()).thenReturn(LocalDate.of(2025, 2, 10));
        when(service.get(district.id())).thenReturn(district);
        when(service.get(pilot.id())).thenReturn(pilot);
        when(service.councilOf(pilot)).thenReturn(Optional.of("LS-CL"));
        when(service.plan(any())).thenAnswer(call -> {
            CongressService.PlanCommand command = call.getArgument(0);
            return new CongressService.Outcome(command.organiserUnitCode().equals("LS-CL") ? district : pilot,
                    List.of());
        });
        when(service.reschedule(eq(district.id()), any(), any(), any()))
                .thenReturn(new CongressService.Outcome(district, List.of()));
        when(service.receive(eq(pilot.id()), any(), any())).thenReturn(pilot);
        when(service.allocate(eq(district.id()), any(), any())).thenAnswer(call -> {
            district.allocate(new Allocation.Calculated("WEBSTER", "STAFF", 210, List.of(
                    new Allocation.UnitShare("LS-CL-NL", "150", "105", 105, "—"),
                    new Allocation.UnitShare("LS-CL-DM", "150", "105", 105, "—")), List.of()), CongressFixtures.CLOCK);
            return district;
        });
        when(service.timeline(district.id())).thenAnswer(call -> Timeline.build(district,
                (uppers, limit) -> uppers.contains(district.id()) ? List.of(pilot) : List.of(),
                c -> Optional.of("LS-CL"), LocalDate.of(2025, 2, 10), 100));
    }

    /**
     * The last five send what is wrong (no title; no date; a document that does not exist; no receipt day; the
     * documents of a congress no council expects): whoever may act is told (400, 422), everyone else gets 403 first.
     */
    enum Call { PLAN_PROVINCE, PLAN_CHI_LANG, PLAN_NHAN_LY, RESCHEDULE_CHI_LANG, RECEIVE_NHAN_LY_PLAN, ALLOCATE_CHI_LANG,
        READ_TIMELINE, PLAN_WITHOUT_TITLE, RESCHEDULE_WITHOUT_DATE, RECEIVE_UNKNOWN_DOCUMENT, RECEIVE_WITHOUT_DAY,
        RECEIVE_AT_THE_TOP }

    static Stream<Arguments> matrix() {
        // plan LS, LS-CL, NL; resched receive allocate timeline; bad plan, bad resched, bad document, bad day, top
        return Stream.of(
                row(DemoUser.ADMIN, Call.class, 201, 201, 201, 200, 200, 201, 200, 400, 400, 400, 400, 422),
                row(DemoUser.OFFICER_PROVINCE, Call.class, 201, 201, 201, 200, 200, 201, 200, 400, 400, 400, 400, 403),
                row(DemoUser.OFFICER_CHI_LANG, Call.class, 403, 201, 201, 200, 200, 201, 200, 400, 400, 400, 400, 403),
                row(DemoUser.OFFICER_HUU_LUNG, Call.class, 403, 403, 403, 403, 403, 403, 200, 403, 403, 403, 403, 403),
                row(DemoUser.OFFICER_NHAN_LY, Call.class, 403, 403, 201, 403, 403, 403, 200, 403, 403, 403, 403, 403),
                row(DemoUser.COUNCIL_SECRETARY, Call.class, 403, 403, 403, 403, 403, 403, 200, 403, 403, 403, 403, 403),
                row(DemoUser.COUNCIL_MEMBER, Call.class, 403, 403, 403, 403, 403, 403, 200, 403, 403, 403, 403, 403),
                row(DemoUser.LEADER_CHI_LANG, Call.class, 403, 403, 403, 403, 403, 403, 200, 403, 403, 403, 403, 403),
                row(DemoUser.CONGRESS_ORGANISER, Call.class, 201, 201, 201, 200, 200, 201, 200, 400, 400, 400, 400,
                        403),
                row(DemoUser.OPERATOR, Call.class, 403, 403, 403, 403, 403, 403, 200, 403, 403, 403, 403, 403))
                .flatMap(List::stream);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("matrix")
    void decides(DemoUser user, Call call, int expected) throws Exception {
        mvc.perform(build(call).header("Authorization", user.bearer())).andExpect(status().is(expected));
    }

    static Stream<Arguments> badTokens() {
        return PermissionMatrix.badTokens(Call.class);
    }

    @ParameterizedTest(name = "{0} token: {1} → 401")
    @MethodSource("badTokens")
    void refusesBadTokens(TestTokens.BadToken token, Call call) throws Exception {
        MockHttpServletRequestBuilder request = build(call);
        if (token.header() != null) {
            request.header("Authorization", token.header());
        }
        mvc.perform(request).andExpect(status().isUnauthorized());
    }

    private MockHttpServletRequestBuilder build(Call call) {
        return switch (call) {
            case PLAN_PROVINCE -> plan("LS");
            case PLAN_CHI_LANG -> plan("LS-CL");
            case PLAN_NHAN_LY -> plan("LS-CL-NL");
            case RESCHEDULE_CHI_LANG -> post("/api/v1/congresses/" + district.id() + "/reschedule")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"2025-04-20\"}");
            case RECEIVE_NHAN_LY_PLAN -> put("/api/v1/congresses/" + pilot.id() + "/documents/PLAN")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"receivedOn\":\"2025-02-01\"}");
            case ALLOCATE_CHI_LANG -> post("/api/v1/congresses/" + district.id() + "/allocations")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"basis\":\"STAFF\"}");
            case READ_TIMELINE -> get("/api/v1/congresses/" + district.id() + "/timeline");
            case PLAN_WITHOUT_TITLE -> post("/api/v1/congresses").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"organiserUnitCode\":\"LS-CL\",\"date\":\"2025-04-15\"}");
            case RESCHEDULE_WITHOUT_DATE -> post("/api/v1/congresses/" + district.id() + "/reschedule")
                    .contentType(MediaType.APPLICATION_JSON).content("{}");
            case RECEIVE_UNKNOWN_DOCUMENT -> put("/api/v1/congresses/" + pilot.id() + "/documents/MINUTES")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"receivedOn\":\"2025-02-01\"}");
            case RECEIVE_WITHOUT_DAY -> put("/api/v1/congresses/" + pilot.id() + "/documents/PLAN")
                    .contentType(MediaType.APPLICATION_JSON).content("{}");
            case RECEIVE_AT_THE_TOP -> put("/api/v1/congresses/" + district.id() + "/documents/PLAN")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"receivedOn\":\"2025-02-01\"}");
        };
    }

    private static MockHttpServletRequestBuilder plan(String organiser) {
        return post("/api/v1/congresses").contentType(MediaType.APPLICATION_JSON).content("""
                {"organiserUnitCode":"%s","title":"Hội nghị điển hình tiên tiến năm 2025","date":"2025-04-15"}"""
                .formatted(organiser));
    }

    @Test
    void aPlannedCongressAnswersWithItsLocationETagAndRules() throws Exception {
        mvc.perform(plan("LS-CL").header("Authorization", DemoUser.OFFICER_CHI_LANG.bearer()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("http://localhost/api/v1/congresses/")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.maxDelegates").value(300))
                .andExpect(jsonPath("$.exemplarySeats").value(210))
                .andExpect(jsonPath("$.policy.exemplaryPercent").value(70))
                .andExpect(jsonPath("$.agenda[7]").value("Thông qua danh sách đại biểu đi dự Đại hội cấp trên"))
                .andExpect(jsonPath("$.documentsDueOn").value("2025-03-31"))
                .andExpect(jsonPath("$.documents[0].state").value("DUE"));
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndChangesNothing() throws Exception {
        String officer = DemoUser.OFFICER_CHI_LANG.bearer();
        mvc.perform(post("/api/v1/congresses").header("Authorization", officer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organiserUnitCode\":\"LS-CL\",\"title\":\"Hội nghị\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        mvc.perform(post("/api/v1/congresses").header("Authorization", officer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organiserUnitCode\":\"LS-CL\",\"title\":\"Hội nghị\",\"date\":\"2025-04-15\","
                                + "\"form\":\"FESTIVAL\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("form"));
        mvc.perform(post("/api/v1/congresses/" + district.id() + "/allocations").header("Authorization", officer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"basis\":\"STAFF\",\"weights\":[{\"code\":\"LS-CL-NL\",\"weight\":3}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("weights"));
        mvc.perform(put("/api/v1/congresses/" + pilot.id() + "/documents/BUDGET").header("Authorization", officer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"receivedOn\":\"2025-02-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("document"));
        verify(service, never()).plan(any());
        verify(service, never()).allocate(any(), any(), any());
    }

    @Test
    void aBrokenRuleIsA422AndAChangeWithoutIfMatchA428() throws Exception {
        doThrow(new RuleViolationException("Lower levels hold their congresses first",
                List.of(new FieldError("date", "the upper congress is on 2025-04-15")))).when(service).plan(any());
        mvc.perform(plan("LS-CL-NL").header("Authorization", DemoUser.OFFICER_CHI_LANG.bearer()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        mvc.perform(patch("/api/v1/congresses/" + district.id()).header("Authorization",
                        DemoUser.OFFICER_CHI_LANG.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"form\":\"DELEGATE\"}"))
                .andExpect(status().isPreconditionRequired());
        verify(service, never()).revise(any(), anyLong(), any());
    }

    @Test
    void aSecondCongressOfAUnitBelowTheSameUpperIsA409NamingTheFirst() throws Exception {
        doThrow(new DuplicateCongressException("LS-CL-NL", district.id(), pilot)).when(service).plan(any());

        mvc.perform(plan("LS-CL-NL").header("Authorization", DemoUser.OFFICER_CHI_LANG.bearer()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.existingCongressId").value(pilot.id().value()))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(pilot.id().value())))
                .andExpect(jsonPath("$.errors[0].field").value("organiserUnitCode"));
    }

    @Test
    void anUnknownCongressIsA404() throws Exception {
        mvc.perform(get("/api/v1/congresses/not-a-congress").header("Authorization", DemoUser.OPERATOR.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/congresses/" + district.id() + "/allocations/current")
                        .header("Authorization", DemoUser.OPERATOR.bearer()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theTimelineIsJsonOrASheetByAccept() throws Exception {
        String token = DemoUser.LEADER_CHI_LANG.bearer();
        mvc.perform(get("/api/v1/congresses/" + district.id() + "/timeline").header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nodes[0].organiserUnitCode").value("LS-CL-NL"))
                .andExpect(jsonPath("$.nodes[0].documents[0].state").value("LATE"))
                .andExpect(jsonPath("$.nodes[1].organiserUnitCode").value("LS-CL"));
        mvc.perform(get("/api/v1/congresses/" + district.id() + "/timeline").header("Authorization", token)
                        .accept("text/csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(startsWith("\uFEFFThứ tự")));
        mvc.perform(get("/api/v1/congresses/" + district.id() + "/timeline/export").param("format", "xlsx")
                        .header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(TimelineExport.XLSX));
        mvc.perform(get("/api/v1/congresses/" + district.id() + "/timeline/export").param("format", "pdf")
                        .header("Authorization", token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
    }

    @Test
    void anAllocationIsStoredWithItsVersionAndReadBack() throws Exception {
        mvc.perform(post("/api/v1/congresses/" + district.id() + "/allocations").header("Authorization",
                        DemoUser.CONGRESS_ORGANISER.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"basis\":\"STAFF\",\"method\":\"WEBSTER\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.units[0].seats").value(105));
        mvc.perform(get("/api/v1/congresses/" + district.id() + "/allocations/current")
                        .header("Authorization", DemoUser.COUNCIL_MEMBER.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.seats").value(210));
        verify(service).allocate(eq(district.id()), isNull(), any());
    }
}
