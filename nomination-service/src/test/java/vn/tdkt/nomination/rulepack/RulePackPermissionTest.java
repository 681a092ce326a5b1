package vn.tdkt.nomination.rulepack;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.testing.DemoUser;
import vn.tdkt.support.testing.TestTokens;

/** Any signed-in role lists the rule packs and reads one; no token, no answer. */
@WebMvcTest(RulePackController.class)
@Import({RulePackConfiguration.class, DemoUnitTree.class})
class RulePackPermissionTest {

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @EnumSource(DemoUser.class)
    void everyRoleReadsThePacks(DemoUser user) throws Exception {
        mvc.perform(get("/api/v1/rule-packs").header("Authorization", user.bearer())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/rule-packs/vn-2024").header("Authorization", user.bearer())).andExpect(status().isOk());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("vn.tdkt.support.testing.TestTokens#badTokens")
    void badTokensAre401(TestTokens.BadToken token) throws Exception {
        var call = get("/api/v1/rule-packs");
        if (token.header() != null) {
            call.header("Authorization", token.header());
        }
        mvc.perform(call).andExpect(status().isUnauthorized());
    }
}
