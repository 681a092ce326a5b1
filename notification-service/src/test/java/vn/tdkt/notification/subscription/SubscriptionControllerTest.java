package vn.tdkt.notification.subscription;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.tdkt.support.testing.TestTokens;
import vn.tdkt.support.unitdirectory.DirectoryUnit;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/** Who reads and who changes a unit's subscription, and what a bad one is told. */
@WebMvcTest(SubscriptionController.class)
class SubscriptionControllerTest {

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Subscriptions subscriptions;

    @MockitoBean
    UnitDirectory units;

    @BeforeEach
    void units() {
        when(units.find(anyString())).thenReturn(Optional.empty());
        when(units.find("LS-CL")).thenReturn(Optional.of(new DirectoryUnit("LS-CL", "UBND xã Chi Lăng", "COMMUNE", "LS",
                10, List.of(), 1, Instant.now())));
        Map<String, DeliveryMode> all = new TreeMap<>();
        Subscriptions.kinds().forEach(kind -> all.put(kind, DeliveryMode.IMMEDIATE));
        all.put("bloc-result", DeliveryMode.DAILY_DIGEST);
        when(subscriptions.of("LS-CL")).thenReturn(all);
    }

    @Test
    void theUnitsOfficerChoosesAndEveryKindIsShown() throws Exception {
        mvc.perform(put("/api/v1/subscriptions/LS-CL").header("Authorization", TestTokens.officer("LS-CL"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kinds\": {\"bloc-result\": \"DAILY_DIGEST\", \"nomination-step\": \"OFF\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitCode").value("LS-CL"))
                .andExpect(jsonPath("$.kinds['bloc-result']").value("DAILY_DIGEST"))
                .andExpect(jsonPath("$.kinds['campaign-phase-changed']").value("IMMEDIATE"));

        verify(subscriptions).replace(eq("LS-CL"), eq(Map.of("bloc-result", DeliveryMode.DAILY_DIGEST,
                "nomination-step", DeliveryMode.OFF)), anyString());
    }

    @Test
    void anotherUnitsOfficerMayReadButNotChange() throws Exception {
        mvc.perform(get("/api/v1/subscriptions/LS-CL").header("Authorization", TestTokens.officer("LS-HL")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kinds['bloc-result']").value("DAILY_DIGEST"));
        mvc.perform(put("/api/v1/subscriptions/LS-CL").header("Authorization", TestTokens.officer("LS-HL"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kinds\": {}}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/subscriptions/LS-CL").header("Authorization", TestTokens.operator())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kinds\": {}}"))
                .andExpect(status().isForbidden());

        verify(subscriptions, never()).replace(anyString(), anyMap(), anyString());
    }

    @Test
    void anUnknownKindOrModeIsAProblemNamingIt() throws Exception {
        mvc.perform(put("/api/v1/subscriptions/LS-CL").header("Authorization", TestTokens.admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kinds\": {\"daily-digest\": \"OFF\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("kinds.daily-digest"));
        mvc.perform(put("/api/v1/subscriptions/LS-CL").header("Authorization", TestTokens.admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kinds\": {\"bloc-result\": \"WEEKLY\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/v1/subscriptions/LS-CL").header("Authorization", TestTokens.admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kinds"));

        verify(subscriptions, never()).replace(anyString(), anyMap(), any());
    }

    @Test
    void anUnknownUnitIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/subscriptions/XX").header("Authorization", TestTokens.admin()))
                .andExpect(status().isNotFound());
    }
}
