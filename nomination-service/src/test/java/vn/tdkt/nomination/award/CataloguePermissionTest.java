package vn.tdkt.nomination.award;

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
import vn.tdkt.nomination.FixedClock;
import vn.tdkt.nomination.rulepack.RulePackConfiguration;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.testing.DemoUser;
import vn.tdkt.support.testing.TestTokens;

/** The catalogue is no secret inside the administration: every signed-in role reads it; no token, no answer. */
@WebMvcTest(AwardController.class)
@Import({RulePackConfiguration.class, FixedClock.class, DemoUnitTree.class})
class CataloguePermissionTest {

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @EnumSource(DemoUser.class)
    void everyRoleReadsTheCatalogue(DemoUser user) throws Exception {
        mvc.perform(get("/api/v1/awards").header("Authorization", user.bearer())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/awards/GIAY_KHEN").header("Authorization", user.bearer())).andExpect(status().isOk());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("vn.tdkt.support.testing.TestTokens#badTokens")
    void badTokensAre401(TestTokens.BadToken token) throws Exception {
        var call = get("/api/v1/awards");
        if (token.header() != null) {
            call.header("Authorization", token.header());
        }
        mvc.perform(call).andExpect(status().isUnauthorized());
    }
}
