package vn.tdkt.campaign.registration;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.support.testing.PermissionMatrix.row;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tdkt.campaign.campaign.CampaignFacts;
import vn.tdkt.campaign.campaign.CampaignLookup;
import vn.tdkt.campaign.unit.UnitLookup;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.testing.DemoUser;
import vn.tdkt.support.testing.PermissionMatrix;
import vn.tdkt.support.testing.TestTokens;

/**
 * Who may do what with registrations: every demo user × every registration endpoint, on a campaign
 * of LS-CL sent to its communes. A unit's officer registers its own unit (and those below); who
 * registered, with the names, is read by those who may read the organiser's personal data, and a
 * unit's own registration also by those who may read that unit's.
 */
@WebMvcTest(RegistrationController.class)
@Import({RegistrationService.class, DemoUnitTree.class, RegistrationPermissionMatrixTest.FixedClock.class})
class RegistrationPermissionMatrixTest {

    static final String CAMPAIGN = "6a1f0c2e-8b3d-4e5f-9a7b-1c2d3e4f5a6b";
    static final String BASE = "/api/v1/campaigns/" + CAMPAIGN + "/registrations";

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneOffset.UTC);
        }
    }

    @Autowired
    MockMvc mvc;
    @MockitoBean
    RegistrationRepository repository;
    @MockitoBean
    CampaignLookup campaigns;
    @MockitoBean
    UnitLookup units;
    @MockitoBean
    OutboxRelay relay;

    enum Request {
        REGISTER_NHAN_LY, GET_NHAN_LY, LIST, EXPORT
    }

    static Stream<Arguments> matrix() {
        //                                                register  read own  list  export
        return Stream.of(
                row(DemoUser.ADMIN, Request.class, 201, 200, 200, 200),
                row(DemoUser.OFFICER_PROVINCE, Request.class, 201, 200, 200, 200),
                row(DemoUser.OFFICER_CHI_LANG, Request.class, 201, 200, 200, 200),
                row(DemoUser.OFFICER_HUU_LUNG, Request.class, 403, 403, 403, 403),
                row(DemoUser.OFFICER_NHAN_LY, Request.class, 201, 200, 403, 403),
                row(DemoUser.COUNCIL_SECRETARY, Request.class, 403, 403, 403, 403),
                row(DemoUser.COUNCIL_MEMBER, Request.class, 403, 403, 403, 403),
                row(DemoUser.LEADER_CHI_LANG, Request.class, 403, 200, 200, 200),
                row(DemoUser.CONGRESS_ORGANISER, Request.class, 403, 403, 403, 403),
                row(DemoUser.OPERATOR, Request.class, 403, 403, 403, 403))
                .flatMap(List::stream);
    }

    static Stream<Arguments> badTokens() {
        return PermissionMatrix.badTokens(Request.class);
    }

    @BeforeEach
    void storage() {
        when(campaigns.facts(anyString())).thenReturn(Optional.of(new CampaignFacts(CAMPAIGN,
                "Thi đua huyện Chi Lăng 2026", "LS-CL", "LAUNCHED", List.of("LS-CL-NL", "LS-CL-DM"), "LS-CL", true,
                LocalDate.parse("2026-03-31"), LocalDate.parse("2026-03-31"))));
        when(units.unknown(anyCollection())).thenReturn(Set.of());
        Registration nhanLy = Registration.submit(new RegistrationId(CAMPAIGN, "LS-CL-NL"), "LS-CL",
                new Registration.Form(List.of("Tập thể lao động tiên tiến"), List.of(), List.of()),
                Clock.systemUTC()).registration();
        nhanLy.stored(0);
        when(repository.find(any())).thenReturn(Optional.empty());
        when(repository.find(new RegistrationId(CAMPAIGN, "LS-CL-NL"))).thenReturn(Optional.of(nhanLy));
        when(repository.registeredUnits(anyString())).thenReturn(Set.of("LS-CL-NL"));
        when(repository.findAll(anyString(), anyCollection())).thenReturn(List.of(nhanLy));
        doAnswer(call -> {
            call.<Registration>getArgument(0).stored(0);
            return null;
        }).when(repository).insert(any(), any());
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("matrix")
    void decides(DemoUser user, Request request, int expected) throws Exception {
        if (request == Request.REGISTER_NHAN_LY) {
            when(repository.find(any())).thenReturn(Optional.empty());
        }
        mvc.perform(build(request).header("Authorization", user.bearer())).andExpect(status().is(expected));

        if (expected == 403) {
            verify(repository, never()).insert(any(), any());
            verify(repository, never()).update(any(), any());
            verify(relay, never()).nudge();
        }
    }

    @ParameterizedTest(name = "{0} token: {1} → 401")
    @MethodSource("badTokens")
    void refusesBadTokens(TestTokens.BadToken token, Request request) throws Exception {
        MockHttpServletRequestBuilder call = build(request);
        if (token.header() != null) {
            call.header("Authorization", token.header());
        }
        mvc.perform(call).andExpect(status().isUnauthorized());

        verify(repository, never()).insert(any(), any());
    }

    private static MockHttpServletRequestBuilder build(Request request) {
        return switch (request) {
            case REGISTER_NHAN_LY -> put(BASE + "/LS-CL-NL").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"collectiveTitles\":[\"Tập thể lao động tiên tiến\"]}");
            case GET_NHAN_LY -> get(BASE + "/LS-CL-NL");
            case LIST -> get(BASE);
            case EXPORT -> get(BASE + "/export");
        };
    }
}
