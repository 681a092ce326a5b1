package vn.tdkt.nomination.rulepack;

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
import vn.tdkt.support.testing.SignedInAsAdmin;
import vn.tdkt.support.testing.TestTokens;

/** The packs listed with their ranges, and one in full with every citation. */
@WebMvcTest(RulePackController.class)
@Import({RulePackConfiguration.class, SignedInAsAdmin.class})
class RulePackControllerTest {

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void listsThePacksWithTheirRanges() throws Exception {
        mvc.perform(get("/api/v1/rule-packs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.items[0].id").value("vn-before-2024"))
                .andExpect(jsonPath("$.items[0].effectiveFrom").isEmpty())
                .andExpect(jsonPath("$.items[0].effectiveTo").value("2023-12-31"))
                .andExpect(jsonPath("$.items[1].id").value("vn-2024"))
                .andExpect(jsonPath("$.items[1].effectiveFrom").value("2024-01-01"))
                .andExpect(jsonPath("$.items[1].effectiveTo").value("2025-06-30"))
                .andExpect(jsonPath("$.items[2].id").value("vn-2025-07"))
                .andExpect(jsonPath("$.items[2].effectiveFrom").value("2025-07-01"))
                .andExpect(jsonPath("$.items[2].jurisdiction").value("VN"))
                .andExpect(jsonPath("$.items[2].sha256").isNotEmpty());
        mvc.perform(get("/api/v1/rule-packs").param("page", "-1")).andExpect(problem(400, "page"));
    }

    @Test
    void showsOnePackInFull() throws Exception {
        mvc.perform(get("/api/v1/rule-packs/vn-2024"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.awards.CSTD_TINH.criteria[1].code").value("THREE_CONSECUTIVE_CSTDCS"))
                .andExpect(jsonPath("$.awards.CSTD_TINH.criteria[1].citation")
                        .value("Điều 22 khoản 1 điểm a Luật 06/2022/QH15 (03 lần liên tục Chiến sĩ thi đua cơ sở)"))
                .andExpect(jsonPath("$.awards.CSTD_TINH.criteria[5].unconfirmed").isNotEmpty());
        mvc.perform(get("/api/v1/rule-packs/vn-1990")).andExpect(problem(404));
    }
}
