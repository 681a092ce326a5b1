package vn.tdkt.campaign.campaign;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.campaign.unit.UnitLookup;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.testing.DemoUser;
import vn.tdkt.support.testing.PermissionMatrix;
import vn.tdkt.support.testing.PermissionMatrixTest;

/**
 * Who may do what to campaigns: every demo user × every campaign endpoint. The organiser decides:
 * an officer drafts and moves campaigns organised by its unit or a unit below it.
 */
@WebMvcTest(CampaignController.class)
@Import({CampaignService.class, DemoUnitTree.class, CampaignPermissionMatrixTest.FixedClock.class})
class CampaignPermissionMatrixTest extends PermissionMatrixTest<CampaignPermissionMatrixTest.Request> {

    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    static final CampaignId CHI_LANG_CAMPAIGN = new CampaignId("6a1f0c2e-8b3d-4e5f-9a7b-1c2d3e4f5a6b");

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @MockitoBean
    CampaignRepository campaigns;
    @MockitoBean
    UnitLookup units;
    @MockitoBean
    OutboxRelay relay;

    enum Request {
        CREATE_FOR_CHI_LANG, CREATE_FOR_HUU_LUNG, LAUNCH_CHI_LANG_CAMPAIGN, LIST, GET_ONE, REVISE_CHI_LANG_CAMPAIGN,
        ADD_MILESTONE_TO_CHI_LANG_CAMPAIGN, ADD_TASK_TO_CHI_LANG_CAMPAIGN, CASCADE
    }

    static final PermissionMatrix<Request> MATRIX = PermissionMatrix.of(Request.class)
            //                                for LS-CL  for LS-HL  launch LS-CL's  list  one  revise  milestone  task  cascade
            .row(DemoUser.ADMIN,              201, 201, 200, 200, 200, 200, 200, 200, 200)
            .row(DemoUser.OFFICER_PROVINCE,   201, 201, 200, 200, 200, 200, 200, 200, 200)
            .row(DemoUser.OFFICER_CHI_LANG,   201, 403, 200, 200, 200, 200, 200, 200, 200)
            .row(DemoUser.OFFICER_HUU_LUNG,   403, 201, 403, 200, 200, 403, 403, 403, 200)
            .row(DemoUser.OFFICER_NHAN_LY,    403, 403, 403, 200, 200, 403, 403, 403, 200)
            .row(DemoUser.COUNCIL_SECRETARY,  403, 403, 403, 200, 200, 403, 403, 403, 200)
            .row(DemoUser.COUNCIL_MEMBER,     403, 403, 403, 200, 200, 403, 403, 403, 200)
            .row(DemoUser.LEADER_CHI_LANG,    403, 403, 403, 200, 200, 403, 403, 403, 200)
            .row(DemoUser.CONGRESS_ORGANISER, 403, 403, 403, 200, 200, 403, 403, 403, 200)
            .row(DemoUser.OPERATOR,           403, 403, 403, 200, 200, 403, 403, 403, 200);

    @BeforeEach
    void storage() {
        when(units.unknown(anyCollection())).thenReturn(Set.of());
        Campaign chiLang = Campaign.draft(CHI_LANG_CAMPAIGN, new Campaign.Plan("Thi đua huyện Chi Lăng 2026", null,
                CampaignKind.REGULAR, new UnitCode("LS-CL"), null, List.of(), LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-12-31"), List.of(new UnitCode("LS-CL-NL"))), Clock.fixed(NOW, ZoneOffset.UTC))
                .campaign();
        chiLang.stored(0);
        when(campaigns.find(CHI_LANG_CAMPAIGN)).thenReturn(Optional.of(chiLang));
        when(campaigns.search(any(), any())).thenAnswer(call -> PageResponse.of(call.getArgument(1),
                List.of(chiLang), 1));
        doAnswer(call -> {
            call.<Campaign>getArgument(0).stored(0);
            return null;
        }).when(campaigns).insert(any(), any());
        doAnswer(call -> {
            Campaign campaign = call.getArgument(0);
            campaign.stored(campaign.version() + 1);
            return null;
        }).when(campaigns).update(any(), any());
    }

    @Override
    protected void assertNothingChanged() {
        verify(campaigns, never()).insert(any(), any());
        verify(campaigns, never()).update(any(), any());
        verify(relay, never()).nudge();
    }

    @Override
    protected MockHttpServletRequestBuilder build(Request request) {
        return switch (request) {
            case CREATE_FOR_CHI_LANG -> json(post("/api/v1/campaigns"), campaign("LS-CL"));
            case CREATE_FOR_HUU_LUNG -> json(post("/api/v1/campaigns"), campaign("LS-HL"));
            case LAUNCH_CHI_LANG_CAMPAIGN -> json(post("/api/v1/campaigns/" + CHI_LANG_CAMPAIGN.value() + "/transitions"),
                    "{\"to\":\"LAUNCHED\"}");
            case LIST -> get("/api/v1/campaigns");
            case GET_ONE -> get("/api/v1/campaigns/" + CHI_LANG_CAMPAIGN.value());
            case REVISE_CHI_LANG_CAMPAIGN -> json(put("/api/v1/campaigns/" + CHI_LANG_CAMPAIGN.value()),
                    campaign("LS-CL")).header("If-Match", "\"0\"");
            case ADD_MILESTONE_TO_CHI_LANG_CAMPAIGN -> json(post("/api/v1/campaigns/" + CHI_LANG_CAMPAIGN.value()
                    + "/milestones"), "{\"date\":\"2026-09-02\",\"title\":\"Quốc khánh\"}");
            case ADD_TASK_TO_CHI_LANG_CAMPAIGN -> json(post("/api/v1/campaigns/" + CHI_LANG_CAMPAIGN.value()
                    + "/responsibilities"), "{\"unitCode\":\"LS-CL-NL\",\"task\":\"Báo cáo sơ kết\"}");
            case CASCADE -> get("/api/v1/campaigns/" + CHI_LANG_CAMPAIGN.value() + "/cascade");
        };
    }

    private static String campaign(String organiser) {
        return """
                {"title":"Thi đua lập thành tích chào mừng Đại hội","kind":"THEMATIC","organiserUnitCode":"%s",
                 "startDate":"2026-01-01","endDate":"2026-12-31"}""".formatted(organiser);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
