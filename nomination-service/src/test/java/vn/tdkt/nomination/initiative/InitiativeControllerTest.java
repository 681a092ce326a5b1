package vn.tdkt.nomination.initiative;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.support.testing.Problems.problem;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.tdkt.events.nomination.RecipientKind;
import vn.tdkt.nomination.FixedClock;
import vn.tdkt.nomination.honours.HonoursHistory;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.testing.SignedInAsAdmin;
import vn.tdkt.support.testing.TestTokens;

/** The initiatives API over the real service, storage mocked: the ledger's 409 and 422, and nothing stored then. */
@WebMvcTest(InitiativeController.class)
@Import({InitiativeService.class, FixedClock.class, SignedInAsAdmin.class})
class InitiativeControllerTest {

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    static final String SK = """
            {"id":"SK-STC-2024-03","title":"Số hoá hồ sơ khen thưởng","unitCode":"LS-STC","authorIds":["CB-0042"],
             "recognizedScope":"CO_SO","recognizedOn":"2024-11-30","recognizedBy":"Hội đồng sáng kiến Sở Tài chính",
             "effectivelyApplied":true}""";
    static final String USE = """
            {"proposalId":"DX-2025-7","nomineeId":"CB-0042","award":"Chiến sĩ thi đua cơ sở",
             "achievementFrom":2024,"achievementTo":2024}""";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    InitiativeRepository repository;
    @MockitoBean
    HonoursHistory honours;
    @MockitoBean
    OutboxRelay relay;

    @BeforeEach
    void storage() {
        when(repository.find(any())).thenReturn(Optional.empty());
        when(repository.usesOf(anyString(), anyString())).thenReturn(List.of());
        when(honours.of(anyString())).thenReturn(List.of());
        doAnswer(call -> {
            call.<Initiative>getArgument(0).stored(0);
            return null;
        }).when(repository).insert(any(), any());
        doAnswer(call -> {
            Initiative i = call.getArgument(0);
            i.stored(i.version() + 1);
            return null;
        }).when(repository).update(any(), any());
    }

    private Initiative stored() {
        Initiative initiative = InitiativeTest.recognised();
        when(repository.find(new InitiativeId("SK-STC-2024-03"))).thenReturn(Optional.of(initiative));
        return initiative;
    }

    @Test
    void recognisesAnInitiative() throws Exception {
        mvc.perform(post("/api/v1/initiatives").contentType(MediaType.APPLICATION_JSON).content(SK))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "http://localhost/api/v1/initiatives/SK-STC-2024-03"))
                .andExpect(jsonPath("$.recognizedScope").value("CO_SO"))
                .andExpect(jsonPath("$.usage").doesNotExist());
        verify(relay).nudge();
    }

    @Test
    void aSecondRecognitionOfTheSameIdIsAConflictAndBadInputA400() throws Exception {
        stored();
        mvc.perform(post("/api/v1/initiatives").contentType(MediaType.APPLICATION_JSON).content(SK))
                .andExpect(problem(409));
        mvc.perform(post("/api/v1/initiatives").contentType(MediaType.APPLICATION_JSON)
                        .content(SK.replace("CO_SO", "HUYEN")))
                .andExpect(problem(400, "recognizedScope"));
        mvc.perform(post("/api/v1/initiatives").contentType(MediaType.APPLICATION_JSON)
                        .content(SK.replace("\"title\":\"Số hoá hồ sơ khen thưởng\",", "").replace("2024-11-30", "2027-01-01")))
                .andExpect(problem(400, "title", "recognizedOn"));
        verify(repository, never()).insert(any(), any());
    }

    @Test
    void theLedgerTakesAnInitiativeOnce() throws Exception {
        stored();
        mvc.perform(post("/api/v1/initiatives/SK-STC-2024-03/uses").contentType(MediaType.APPLICATION_JSON).content(USE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.usage.proposalId").value("DX-2025-7"))
                .andExpect(jsonPath("$.usage.awardCode").value("CSTD_CO_SO"));

        mvc.perform(post("/api/v1/initiatives/SK-STC-2024-03/uses").contentType(MediaType.APPLICATION_JSON)
                        .content(USE.replace("DX-2025-7", "DX-2025-8")))
                .andExpect(problem(409));
    }

    @Test
    void aPeriodAlreadyRewardedIsA422AndNothingChanges() throws Exception {
        stored();
        when(honours.of("CB-0042")).thenReturn(List.of(new HonoursHistory.Line("CB-0042", RecipientKind.INDIVIDUAL,
                "LS-STC", 2024, "CSTD_CO_SO")));

        mvc.perform(post("/api/v1/initiatives/SK-STC-2024-03/uses").contentType(MediaType.APPLICATION_JSON).content(USE))
                .andExpect(problem(422, "achievementFrom"));
        mvc.perform(post("/api/v1/initiatives/SK-STC-2024-03/uses").contentType(MediaType.APPLICATION_JSON)
                        .content(USE.replace("\"achievementTo\":2024", "\"achievementTo\":2020")))
                .andExpect(problem(400, "achievementTo"));
        mvc.perform(post("/api/v1/initiatives/SK-STC-2024-03/uses").contentType(MediaType.APPLICATION_JSON)
                        .content(USE.replace("Chiến sĩ thi đua cơ sở", "Huân chương")))
                .andExpect(problem(400, "award"));
        verify(repository, never()).update(any(), any());
    }

    @Test
    void readsOneAndAUnitsInitiatives() throws Exception {
        Initiative initiative = stored();
        when(repository.byUnit(any(), any())).thenAnswer(call -> vn.tdkt.support.paging.PageResponse.of(
                call.getArgument(1), List.of(initiative), 1));

        mvc.perform(get("/api/v1/initiatives/SK-STC-2024-03")).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Số hoá hồ sơ khen thưởng của Sở Tài chính"));
        mvc.perform(get("/api/v1/initiatives").param("unitCode", "LS-STC")).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1));
        mvc.perform(get("/api/v1/initiatives/" + "X".repeat(65))).andExpect(problem(404));
        mvc.perform(get("/api/v1/initiatives/SK-KHONG-CO")).andExpect(problem(404));
    }
}
