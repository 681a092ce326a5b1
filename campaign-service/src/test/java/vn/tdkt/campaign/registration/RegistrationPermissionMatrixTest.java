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

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tdkt.campaign.campaign.CampaignFacts;
import vn.tdkt.campaign.campaign.CampaignLookup;
import vn.tdkt.campaign.unit.UnitLookup;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.testing.DemoUser;
import vn.tdkt.support.testing.PermissionMatrix;
import vn.tdkt.support.testing.PermissionMatrixTest;

/**
 * Who may do what with registrations: every demo user × every registration endpoint, on a campaign
 * of LS-CL sent to its communes. A unit's officer registers its own unit (and those below); who
 * registered, with the names, is read by those who may read the organiser's personal data, and a
 * unit's own registration also by those who may read that unit's.
 */
@WebMvcTest(RegistrationController.class)
@Import({RegistrationService.class, DemoUnitTree.class, RegistrationPermissionMatrixTest.FixedClock.class})
class RegistrationPermissionMatrixTest extends PermissionMatrixTest<RegistrationPermissionMatrixTest.Request> {

    static final String CAMPAIGN = "6a1f0c2e-8b3d-4e5f-9a7b-1c2d3e4f5a6b";
    static final String BASE = "/api/v1/campaigns/" + CAMPAIGN + "/registrations";

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneOffset.UTC);
        }
    }

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

    static final PermissionMatrix<Request> MATRIX = PermissionMatrix.of(Request.class)
            //                                register  read own  list  export
            .row(DemoUser.ADMIN,              201, 200, 200, 200)
            .row(DemoUser.OFFICER_PROVINCE,   201, 200, 200, 200)
            .row(DemoUser.OFFICER_CHI_LANG,   201, 200, 200, 200)
            .row(DemoUser.OFFICER_HUU_LUNG,   403, 403, 403, 403)
            .row(DemoUser.OFFICER_NHAN_LY,    201, 200, 403, 403)
            .row(DemoUser.COUNCIL_SECRETARY,  403, 403, 403, 403)
            .row(DemoUser.COUNCIL_MEMBER,     403, 403, 403, 403)
            .row(DemoUser.LEADER_CHI_LANG,    403, 200, 200, 200)
            .row(DemoUser.CONGRESS_ORGANISER, 403, 403, 403, 403)
            .row(DemoUser.OPERATOR,           403, 403, 403, 403);

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

    @Override
    protected void arrange(Request request) {
        // Nhân Lý's registration is stored for the reads; registering it finds the slot still free.
        if (request == Request.REGISTER_NHAN_LY) {
            when(repository.find(any())).thenReturn(Optional.empty());
        }
    }

    @Override
    protected void assertNothingChanged() {
        verify(repository, never()).insert(any(), any());
        verify(repository, never()).update(any(), any());
        verify(relay, never()).nudge();
    }

    @Override
    protected MockHttpServletRequestBuilder build(Request request) {
        return switch (request) {
            case REGISTER_NHAN_LY -> put(BASE + "/LS-CL-NL").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"collectiveTitles\":[\"Tập thể lao động tiên tiến\"]}");
            case GET_NHAN_LY -> get(BASE + "/LS-CL-NL");
            case LIST -> get(BASE);
            case EXPORT -> get(BASE + "/export");
        };
    }
}
