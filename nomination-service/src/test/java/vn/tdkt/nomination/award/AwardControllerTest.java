package vn.tdkt.nomination.award;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.support.testing.Problems.problem;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.tdkt.nomination.FixedClock;
import vn.tdkt.nomination.rulepack.RulePackConfiguration;
import vn.tdkt.support.testing.SignedInAsAdmin;
import vn.tdkt.support.testing.TestTokens;

/** The catalogue, paged, with who grants each award on a date as the pack in force says. */
@WebMvcTest(AwardController.class)
@Import({RulePackConfiguration.class, FixedClock.class, SignedInAsAdmin.class})
class AwardControllerTest {

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void listsTheCatalogueInOrderPaged() throws Exception {
        mvc.perform(get("/api/v1/awards"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(AwardCatalogue.ALL.size()))
                .andExpect(jsonPath("$.items[0].code").value("LAO_DONG_TIEN_TIEN"))
                .andExpect(jsonPath("$.items[0].name").value("Lao động tiên tiến"))
                .andExpect(jsonPath("$.items[0].kind").value("EMULATION_TITLE"))
                .andExpect(jsonPath("$.items[0].bases[0]").value("REGULAR"))
                .andExpect(jsonPath("$.items[0].grantedBy.rulePackId").value("vn-2025-07"));
        mvc.perform(get("/api/v1/awards").param("kind", "COMMENDATION").param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[1].code").value("BANG_KHEN_TINH"));
        mvc.perform(get("/api/v1/awards").param("size", "500")).andExpect(problem(400, "size"));
        mvc.perform(get("/api/v1/awards").param("kind", "MEDAL")).andExpect(problem(400, "kind"));
    }

    @Test
    void oneAwardByCodeOrNameAndWhoGrantsItThen() throws Exception {
        mvc.perform(get("/api/v1/awards/{code}", "Chiến sĩ thi đua cơ sở").param("on", "2025-03-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("CSTD_CO_SO"))
                .andExpect(jsonPath("$.grantedBy.rulePackId").value("vn-2024"))
                .andExpect(jsonPath("$.grantedBy.grants[*].level", hasItem("DISTRICT")));
        mvc.perform(get("/api/v1/awards/CSTD_CO_SO").param("on", "2025-08-01"))
                .andExpect(jsonPath("$.grantedBy.grants[*].level", not(hasItem("DISTRICT"))))
                .andExpect(jsonPath("$.grantedBy.unconfirmed").isNotEmpty());
        mvc.perform(get("/api/v1/awards/BANG_KHEN_THU_TUONG"))
                .andExpect(jsonPath("$.grantedBy.grants[0].citation").value("Điều 78 khoản 2 Luật 06/2022/QH15"));
        mvc.perform(get("/api/v1/awards/HUAN_CHUONG")).andExpect(problem(404));
    }
}
