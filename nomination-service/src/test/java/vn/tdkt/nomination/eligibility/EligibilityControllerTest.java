package vn.tdkt.nomination.eligibility;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.support.testing.Problems.problem;

import java.text.Normalizer;
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
import org.springframework.test.web.servlet.ResultActions;
import vn.tdkt.events.nomination.RecipientKind;
import vn.tdkt.nomination.honours.HonoursHistory;
import vn.tdkt.nomination.initiative.InitiativeLedger;
import vn.tdkt.nomination.rulepack.RulePackConfiguration;
import vn.tdkt.support.testing.SignedInAsAdmin;
import vn.tdkt.support.testing.TestTokens;

/** The fixed contract of POST /api/v1/eligibility-checks over the real packs and rules; history mocked. */
@WebMvcTest(EligibilityController.class)
@Import({EligibilityService.class, EligibilityConfiguration.class, RulePackConfiguration.class, SignedInAsAdmin.class})
class EligibilityControllerTest {

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    /** Chị Hoàng Thị Mai, Sở Tài chính Lạng Sơn: three years of CSTĐCS and a provincial initiative. */
    static final String MAI = """
            {"kind":"INDIVIDUAL","category":"công chức",
             "years":[{"year":2022,"taskRating":"HTXSNV","titles":["Chiến sĩ thi đua cơ sở"],"initiatives":[],"researchTopics":[],"maternityLeaveMonths":0},
                      {"year":2023,"taskRating":"HTXSNV","titles":["Chiến sĩ thi đua cơ sở"],"initiatives":[],"researchTopics":[],"maternityLeaveMonths":0},
                      {"year":2024,"taskRating":"HTXSNV","titles":["Chiến sĩ thi đua cơ sở"],"initiatives":["SK-STC-2024-03"],"researchTopics":[],"maternityLeaveMonths":0}],
             "initiatives":[{"id":"SK-STC-2024-03","recognizedScope":"BO_TINH","effectivelyApplied":true,
                             "recognizedBy":"Chủ tịch UBND tỉnh Lạng Sơn","alreadyUsedFor":""}],
             "awards":[],"discipline":{"status":"NONE"},"emulationParticipation":true,
             "priorProvincialFighter":[],"proposalBasisYears":[2022,2023,2024]}""";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    HonoursHistory honours;
    @MockitoBean
    InitiativeLedger initiatives;

    @BeforeEach
    void nothingRecorded() {
        when(honours.of(anyString())).thenReturn(List.of());
        when(honours.unitOf(anyString())).thenReturn(Optional.empty());
        when(initiatives.byAuthor(anyString())).thenReturn(List.of());
        when(initiatives.unitOfAuthor(anyString())).thenReturn(Optional.empty());
    }

    ResultActions check(String body) throws Exception {
        return mvc.perform(post("/api/v1/eligibility-checks").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void answersCriterionByCriterionWithTheArticle() throws Exception {
        check("""
                {"award":"CSTD_TINH","decisionDate":"2025-03-10","nominee":%s}""".formatted(MAI))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.award").value("CSTD_TINH"))
                .andExpect(jsonPath("$.awardName").value("Chiến sĩ thi đua cấp tỉnh"))
                .andExpect(jsonPath("$.verdict").value("UNKNOWN"))
                .andExpect(jsonPath("$.rulePack.id").value("vn-2024"))
                .andExpect(jsonPath("$.rulePack.effectiveFrom").value("2024-01-01"))
                .andExpect(jsonPath("$.rulePack.effectiveTo").value("2025-06-30"))
                .andExpect(jsonPath("$.criteria[*].code", hasItem("THREE_CONSECUTIVE_CSTDCS")))
                .andExpect(jsonPath("$.criteria[?(@.code=='THREE_CONSECUTIVE_CSTDCS')].status", hasItem("MET")))
                .andExpect(jsonPath("$.criteria[?(@.code=='THREE_CONSECUTIVE_CSTDCS')].citation",
                        hasItem(containsString("Điều 22 khoản 1 điểm a Luật 06/2022/QH15"))))
                .andExpect(jsonPath("$.criteria[?(@.code=='COUNCIL_VOTE')].status", hasItem("UNKNOWN")))
                .andExpect(jsonPath("$.criteria[*].reason", everyItem(notNullValue())));
    }

    @Test
    void theAwardMayBeNamedInVietnameseInAnyNormalisation() throws Exception {
        String decomposed = Normalizer.normalize("  “chiến sĩ thi đua  CẤP TỈNH”", Normalizer.Form.NFD);
        check("""
                {"award":"%s","decisionDate":"2025-01-15","nominee":%s}""".formatted(decomposed, MAI))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.award").value("CSTD_TINH"))
                .andExpect(jsonPath("$.verdict").value("UNKNOWN"));
    }

    @Test
    void theCouncilVoteIsCountedOnAllMembersBefore2024() throws Exception {
        String old = MAI.replace("2022", "2020").replace("2023", "2021").replace("2024", "2022");
        check("""
                {"award":"Chiến sĩ thi đua cấp tỉnh","decisionDate":"2023-06-01","nominee":%s,
                 "councilVote":{"secretBallot":true,"membersTotal":12,"present":9,"yes":8,"absentWrittenYes":0}}"""
                .formatted(old))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict").value("NOT_ELIGIBLE"))
                .andExpect(jsonPath("$.criteria[?(@.code=='COUNCIL_VOTE')].reason", hasItem(containsString("8 of 12"))));
    }

    @Test
    void malformedFactsAreA400NamingTheField() throws Exception {
        check("{\"decisionDate\":\"2025-01-15\",\"nominee\":{}}").andExpect(problem(400, "award"));
        check("{\"award\":\"CSTD_CO_SO\",\"nominee\":{}}").andExpect(problem(400, "decisionDate"));
        check("{\"award\":\"CSTD_CO_SO\",\"decisionDate\":\"2025-01-15\"}").andExpect(problem(400, "nominee"));
        check("{\"award\":\"CSTD_CO_SO\",\"decisionDate\":\"2025-01-15\",\"nominee\":{\"colour\":\"red\"}}")
                .andExpect(status().isBadRequest());
        check("{\"award\":\"CSTD_CO_SO\",\"decisionDate\":\"15/01/2025\",\"nominee\":{}}")
                .andExpect(problem(400, "decisionDate"));
        check("""
                {"award":"CSTD_CO_SO","decisionDate":"2025-01-15","nominee":{"years":[{"year":2024,"taskRating":"GOOD"}]}}""")
                .andExpect(problem(400, "nominee.years[0].taskRating"));
        check("""
                {"award":"CSTD_CO_SO","decisionDate":"2025-01-15","nominee":{"years":[{"taskRating":"HTTNV"},
                 {"year":2024},{"year":2024,"maternityLeaveMonths":13}]}}""")
                .andExpect(problem(400, "nominee.years[0].year", "nominee.years[2].year",
                        "nominee.years[2].maternityLeaveMonths"));
        check("""
                {"award":"CSTD_TINH","decisionDate":"2025-01-15","nominee":{"priorProvincialFighter":[{"decisionYear":2023,
                 "achievementPeriod":"ba năm"}]}}""")
                .andExpect(problem(400, "nominee.priorProvincialFighter[0].achievementPeriod"));
    }

    @Test
    void anUnknownAwardContradictoryCountsOrAnUncoveredDateAreA422() throws Exception {
        check("{\"award\":\"Huân chương Sao Vàng\",\"decisionDate\":\"2025-01-15\",\"nominee\":{}}")
                .andExpect(problem(422, "award"));
        check("""
                {"award":"TAP_THE_LDTT","decisionDate":"2025-01-15","nominee":{"kind":"COLLECTIVE","members":10,
                 "membersAdvancedWorkers":12}}""")
                .andExpect(problem(422, "nominee.membersAdvancedWorkers"));
        check("""
                {"award":"CSTD_TINH","decisionDate":"2025-01-15","nominee":{},
                 "councilVote":{"secretBallot":true,"membersTotal":9,"present":10,"yes":10,"absentWrittenYes":0}}""")
                .andExpect(problem(422, "councilVote.present"));
        check("{\"award\":\"GIAY_KHEN\",\"decisionDate\":\"2023-05-01\",\"rulePack\":\"vn-2024\",\"nominee\":{}}")
                .andExpect(problem(422, "decisionDate"));
        check("{\"award\":\"GIAY_KHEN\",\"decisionDate\":\"2024-05-01\",\"rulePack\":\"ls-1999\",\"nominee\":{}}")
                .andExpect(problem(422, "rulePack"));
    }

    @Test
    void withANomineeIdTheRecordedHistoryIsRead() throws Exception {
        when(honours.unitOf("CB-0042")).thenReturn(Optional.of("LS-STC"));
        when(honours.of("CB-0042")).thenReturn(List.of(
                new HonoursHistory.Line("CB-0042", RecipientKind.INDIVIDUAL, "LS-STC", 2022, "CSTD_CO_SO"),
                new HonoursHistory.Line("CB-0042", RecipientKind.INDIVIDUAL, "LS-STC", 2023, "CSTD_CO_SO"),
                new HonoursHistory.Line("CB-0042", RecipientKind.INDIVIDUAL, "LS-STC", 2024, "CSTD_CO_SO")));
        when(initiatives.byAuthor("CB-0042")).thenReturn(List.of(new InitiativeLedger.Entry("SK-STC-2024-03", "BO_TINH",
                true, "Chủ tịch UBND tỉnh Lạng Sơn", "")));

        check("""
                {"award":"CSTD_TINH","decisionDate":"2025-03-10","nomineeId":"CB-0042",
                 "nominee":{"kind":"INDIVIDUAL","years":[{"year":2022,"taskRating":"HTXSNV"},{"year":2023,"taskRating":"HTXSNV"},
                  {"year":2024,"taskRating":"HTXSNV"}],"discipline":{"status":"NONE"},"priorProvincialFighter":[],
                  "proposalBasisYears":[2022,2023,2024]}}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.criteria[?(@.code=='THREE_CONSECUTIVE_CSTDCS')].status", hasItem("MET")))
                .andExpect(jsonPath("$.criteria[?(@.code=='PROVINCIAL_SCOPE_INITIATIVE')].status", hasItem("MET")));

        check("{\"award\":\"CSTD_TINH\",\"decisionDate\":\"2025-03-10\",\"nomineeId\":\"KHONG-CO\"}")
                .andExpect(problem(422, "nomineeId"));
        check("{\"award\":\"CSTD_TINH\",\"decisionDate\":\"2025-03-10\",\"nomineeId\":\"có dấu\"}")
                .andExpect(problem(400, "nomineeId"));
    }

    @Test
    void theVerdictIsNeverEligibleWhenAFactIsMissing() throws Exception {
        check("""
                {"award":"LAO_DONG_TIEN_TIEN","decisionDate":"2025-01-15","nominee":{"kind":"INDIVIDUAL",
                 "category":"viên chức","years":[{"year":2024,"taskRating":"HTTNV","titles":[]}],"awards":[],
                 "emulationParticipation":true}}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict", is(not("ELIGIBLE"))))
                .andExpect(jsonPath("$.criteria[?(@.code=='NO_PENDING_DISCIPLINE')].status", hasItem("UNKNOWN")));
    }
}
