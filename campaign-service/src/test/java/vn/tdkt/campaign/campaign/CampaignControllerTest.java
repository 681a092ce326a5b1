package vn.tdkt.campaign.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.support.testing.Problems.problem;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.campaign.unit.UnitLookup;
import vn.tdkt.events.campaign.CampaignCreated;
import vn.tdkt.events.campaign.CampaignEvent;
import vn.tdkt.events.campaign.CampaignPhaseChanged;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.security.UnitTree;
import vn.tdkt.support.testing.SignedInAsAdmin;
import vn.tdkt.support.testing.TestTokens;

/** The campaign API over the real service, with storage mocked: what is answered and what is (not) stored. */
@WebMvcTest(CampaignController.class)
@Import({CampaignService.class, CampaignControllerTest.FixedClock.class, SignedInAsAdmin.class})
class CampaignControllerTest {

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    static final Instant NOW = Instant.parse("2024-11-20T02:00:00Z");
    static final Set<UnitCode> REGISTERED = Set.of(new UnitCode("UBND-LS"), new UnitCode("STC-LS"),
            new UnitCode("SNV-LS"), new UnitCode("STC-LS.VP"));
    static final String PARENT_ID = "3f9a7c52-1e0b-4d8e-9b6a-2c4f1d7e8a90";
    static final String UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

    /** Seed 000, as a client would send it. */
    static final String SEED_000 = """
            {"title":"Phát động phong trào thi đua yêu nước chào mừng Đại hội đảng bộ các cấp",
             "theme":"Đổi mới, sáng tạo, tăng tốc, bứt phá","kind":"THEMATIC","organiserUnitCode":"STC-LS",
             "parentCampaignId":"%s",
             "legalBasis":[{"number":"1665/UBND-NC","date":"2024-11-05","issuer":"Chủ tịch UBND tỉnh Lạng Sơn"}],
             "startDate":"2024-11-20","endDate":"2025-12-31","recipientUnitCodes":["SNV-LS","STC-LS.VP"]}
            """.formatted(PARENT_ID);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CampaignRepository campaigns;
    @MockitoBean
    UnitLookup units;
    @MockitoBean
    OutboxRelay relay;

    /** UBND-LS ─┬─ STC-LS ── STC-LS.VP;  UBND-LS ── SNV-LS. */
    static final Map<String, String> PARENTS = Map.of("STC-LS", "UBND-LS", "SNV-LS", "UBND-LS",
            "STC-LS.VP", "STC-LS");

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }

        @Bean
        UnitTree unitTree() {
            return code -> Optional.ofNullable(PARENTS.get(code));
        }
    }

    @BeforeEach
    void storage() {
        when(units.unknown(anyCollection())).thenAnswer(call -> {
            Set<UnitCode> unknown = new LinkedHashSet<>(call.<Collection<UnitCode>>getArgument(0));
            unknown.removeAll(REGISTERED);
            return unknown;
        });
        when(campaigns.find(any())).thenReturn(Optional.empty());
        when(campaigns.find(new CampaignId(PARENT_ID))).thenReturn(Optional.of(provinceCampaign()));
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

    /** The province's campaign the department's implements: organised by UBND-LS, sent to STC-LS. */
    static Campaign provinceCampaign() {
        Campaign province = Campaign.restore(new CampaignId(PARENT_ID), new Campaign.Plan(
                        "Đẩy mạnh phong trào thi đua yêu nước", null, CampaignKind.THEMATIC, new UnitCode("UBND-LS"), null,
                        List.of(), LocalDate.of(2024, 11, 5), LocalDate.of(2025, 12, 31), List.of(new UnitCode("STC-LS"))),
                Campaign.Details.NONE, NOW, Phase.LAUNCHED, List.of(), 1);
        return province;
    }

    /** A stored campaign of Sở Tài chính whose units are all registered: launching checks them again. */
    private Campaign existing(Phase phase) {
        Campaign.Plan plan = CampaignTest.plan();
        Campaign.Plan registered = new Campaign.Plan(plan.title(), plan.theme(), plan.kind(), plan.organiserUnitCode(),
                null, plan.legalBasis(), plan.startDate(), plan.endDate(), List.of(new UnitCode("STC-LS.VP")));
        Campaign campaign = Campaign.draft(CampaignId.newId(), registered, Clock.fixed(NOW, ZoneOffset.UTC))
                .campaign();
        campaign.stored(0);
        if (phase == Phase.LAUNCHED || phase == Phase.CLOSED) {
            campaign.transitionTo(Phase.LAUNCHED, Clock.fixed(NOW, ZoneOffset.UTC));
            campaign.stored(1);
        }
        if (phase == Phase.CLOSED) {
            campaign.transitionTo(Phase.FINAL_REVIEW, Clock.fixed(NOW, ZoneOffset.UTC));
            campaign.transitionTo(Phase.CLOSED, Clock.fixed(NOW, ZoneOffset.UTC));
            campaign.stored(3);
        }
        when(campaigns.find(campaign.id())).thenReturn(Optional.of(campaign));
        return campaign;
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String seed(String field, String json) {
        return SEED_000.replaceFirst("\"" + field + "\":(\"[^\"]*\"|\\[[^\\]]*\\])", "\"" + field + "\":" + json);
    }

    // POST /api/v1/campaigns

    @Test
    void draftsACampaignAndAnnouncesIt() throws Exception {
        mvc.perform(json(post("/api/v1/campaigns"), SEED_000))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/campaigns/")))
                .andExpect(jsonPath("$.id").isNotEmpty())
                .andExpect(jsonPath("$.phase").value("DRAFT"))
                .andExpect(jsonPath("$.title").value("Phát động phong trào thi đua yêu nước chào mừng Đại hội đảng bộ các cấp"))
                .andExpect(jsonPath("$.theme").value("Đổi mới, sáng tạo, tăng tốc, bứt phá"))
                .andExpect(jsonPath("$.kind").value("THEMATIC"))
                .andExpect(jsonPath("$.organiserUnitCode").value("STC-LS"))
                .andExpect(jsonPath("$.parentCampaignId").value(PARENT_ID))
                .andExpect(jsonPath("$.legalBasis[0].number").value("1665/UBND-NC"))
                .andExpect(jsonPath("$.legalBasis[0].date").value("2024-11-05"))
                .andExpect(jsonPath("$.legalBasis[0].issuer").value("Chủ tịch UBND tỉnh Lạng Sơn"))
                .andExpect(jsonPath("$.startDate").value("2024-11-20"))
                .andExpect(jsonPath("$.endDate").value("2025-12-31"))
                .andExpect(jsonPath("$.recipientUnitCodes", contains("SNV-LS", "STC-LS.VP")))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.createdAt").value("2024-11-20T02:00:00Z"))
                .andExpect(jsonPath("$.phaseHistory").isEmpty());

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<CampaignEvent>> events = ArgumentCaptor.forClass(List.class);
        verify(campaigns).insert(any(), events.capture());
        assertThat(events.getValue()).singleElement().isInstanceOf(CampaignCreated.class);
        verify(relay).nudge();
    }

    @Test
    void malformedJsonIs400() throws Exception {
        mvc.perform(json(post("/api/v1/campaigns"), "{\"title\":")).andExpect(problem(400));
        mvc.perform(json(post("/api/v1/campaigns"), "[1,2]")).andExpect(problem(400));
        assertNothingStored();
    }

    @Test
    void missingFieldsAreNamed() throws Exception {
        mvc.perform(json(post("/api/v1/campaigns"), "{}"))
                .andExpect(problem(400, "title", "kind", "organiserUnitCode", "startDate", "endDate"));
        assertNothingStored();
    }

    @Test
    void anUnknownKindIsNamedWithTheAllowedOnes() throws Exception {
        mvc.perform(json(post("/api/v1/campaigns"), seed("kind", "\"YEARLY\"")))
                .andExpect(problem(400, "kind"))
                .andExpect(jsonPath("$.errors[0].message", containsString("REGULAR, PERIODIC, THEMATIC")));
        assertNothingStored();
    }

    @Test
    void badDatesAreNamed() throws Exception {
        mvc.perform(json(post("/api/v1/campaigns"), seed("startDate", "\"20/11/2024\"")))
                .andExpect(problem(400, "startDate"));
        mvc.perform(json(post("/api/v1/campaigns"), seed("endDate", "\"2025-02-30\"")))
                .andExpect(problem(400, "endDate"));
        assertNothingStored();
    }

    @Test
    void aCampaignEndingBeforeItStartsIs422OnEndDate() throws Exception {
        mvc.perform(json(post("/api/v1/campaigns"), seed("endDate", "\"2024-11-19\"")))
                .andExpect(problem(422, "endDate"));
        assertNothingStored();
    }

    @Test
    void everyLegalBasisFieldIsRequired() throws Exception {
        mvc.perform(json(post("/api/v1/campaigns"), seed("legalBasis", "[{\"date\":\"2024-11-05\",\"issuer\":\" \"}, null]")))
                .andExpect(problem(400, "legalBasis[0].number", "legalBasis[0].issuer", "legalBasis[1]"));
        assertNothingStored();
    }

    @Test
    void unknownUnitsAndParentAre422NamingThem() throws Exception {
        mvc.perform(json(post("/api/v1/campaigns"), seed("recipientUnitCodes", "[\"SNV-LS\",\"SO-X\",\"SO-Y\"]")
                        .replace("\"organiserUnitCode\":\"STC-LS\"", "\"organiserUnitCode\":\"SO-Z\"")
                        .replace(PARENT_ID, "00000000-0000-4000-8000-000000000000")))
                .andExpect(problem(422, "organiserUnitCode", "recipientUnitCodes", "parentCampaignId"))
                .andExpect(jsonPath("$.errors[?(@.field == 'recipientUnitCodes')].message",
                        contains(containsString("SO-X, SO-Y"))));
        assertNothingStored();
    }

    @Test
    void badCodesAndIdsAre400() throws Exception {
        mvc.perform(json(post("/api/v1/campaigns"), seed("recipientUnitCodes", "[\"SNV-LS\",\"có dấu\"]")
                        .replace(PARENT_ID, "not-a-uuid")))
                .andExpect(problem(400, "recipientUnitCodes[1]", "parentCampaignId"));
        assertNothingStored();
    }

    // GET /api/v1/campaigns/{id} and /api/v1/campaigns

    @Test
    void readsACampaign() throws Exception {
        Campaign campaign = existing(Phase.LAUNCHED);

        mvc.perform(get("/api/v1/campaigns/" + campaign.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(campaign.id().value()))
                .andExpect(jsonPath("$.phase").value("LAUNCHED"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.phaseHistory[0].from").value("DRAFT"))
                .andExpect(jsonPath("$.phaseHistory[0].to").value("LAUNCHED"))
                .andExpect(jsonPath("$.phaseHistory[0].at").value("2024-11-20T02:00:00Z"));
    }

    @Test
    void anUnknownOrImpossibleIdIs404() throws Exception {
        mvc.perform(get("/api/v1/campaigns/" + UNKNOWN_ID)).andExpect(problem(404));
        mvc.perform(get("/api/v1/campaigns/42")).andExpect(problem(404));
    }

    @Test
    void listsByOrganiserAndPhase() throws Exception {
        Campaign campaign = existing(Phase.LAUNCHED);
        when(campaigns.search(new CampaignRepository.CampaignFilter(new UnitCode("STC-LS"), false, null,
                Phase.LAUNCHED, null, List.of()), new PageQuery(0, 20)))
                .thenReturn(PageResponse.of(new PageQuery(0, 20), List.of(campaign), 1));

        mvc.perform(get("/api/v1/campaigns").param("organiserUnitCode", "STC-LS").param("phase", "LAUNCHED"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", contains(campaign.id().value())));
    }

    @Test
    void badFiltersAre400() throws Exception {
        mvc.perform(get("/api/v1/campaigns").param("phase", "RUNNING"))
                .andExpect(problem(400, "phase"))
                .andExpect(jsonPath("$.errors[0].message", containsString("DRAFT, LAUNCHED, MIDTERM_REVIEW")));
        mvc.perform(get("/api/v1/campaigns").param("organiserUnitCode", "a b"))
                .andExpect(problem(400, "organiserUnitCode"));
    }

    // POST /api/v1/campaigns/{id}/transitions

    @Test
    void launchingMovesThePhaseAndAnnouncesIt() throws Exception {
        Campaign campaign = existing(Phase.DRAFT);

        mvc.perform(json(post("/api/v1/campaigns/" + campaign.id() + "/transitions"), "{\"to\":\"LAUNCHED\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(campaign.id().value()))
                .andExpect(jsonPath("$.phase").value("LAUNCHED"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.phaseHistory[0].from").value("DRAFT"));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<CampaignEvent>> events = ArgumentCaptor.forClass(List.class);
        verify(campaigns).update(any(), events.capture());
        assertThat(events.getValue()).singleElement().isInstanceOfSatisfying(CampaignPhaseChanged.class, e -> {
            assertThat(e.from()).isEqualTo("DRAFT");
            assertThat(e.to()).isEqualTo("LAUNCHED");
            assertThat(e.aggregateVersion()).isEqualTo(1);
        });
        verify(relay).nudge();
    }

    @Test
    void anIllegalMoveIs409SayingWhatIsAllowed() throws Exception {
        Campaign campaign = existing(Phase.DRAFT);

        mvc.perform(json(post("/api/v1/campaigns/" + campaign.id() + "/transitions"), "{\"to\":\"CLOSED\"}"))
                .andExpect(problem(409, "to"))
                .andExpect(jsonPath("$.from").value("DRAFT"))
                .andExpect(jsonPath("$.to").value("CLOSED"))
                .andExpect(jsonPath("$.allowed", contains("LAUNCHED", "CANCELLED")))
                .andExpect(jsonPath("$.detail", containsString("from DRAFT to CLOSED")));
        assertNothingStored();
    }

    @Test
    void aClosedCampaignCannotMove() throws Exception {
        Campaign campaign = existing(Phase.CLOSED);

        mvc.perform(json(post("/api/v1/campaigns/" + campaign.id() + "/transitions"), "{\"to\":\"LAUNCHED\"}"))
                .andExpect(problem(409, "to"))
                .andExpect(jsonPath("$.allowed").isEmpty());
        assertNothingStored();
    }

    @Test
    void anUnknownTargetIs400ListingThePhases() throws Exception {
        Campaign campaign = existing(Phase.DRAFT);

        mvc.perform(json(post("/api/v1/campaigns/" + campaign.id() + "/transitions"), "{\"to\":\"STARTED\"}"))
                .andExpect(problem(400, "to"))
                .andExpect(jsonPath("$.errors[0].message",
                        containsString("DRAFT, LAUNCHED, MIDTERM_REVIEW, FINAL_REVIEW, CLOSED, CANCELLED")));
        mvc.perform(json(post("/api/v1/campaigns/" + campaign.id() + "/transitions"), "{}"))
                .andExpect(problem(400, "to"));
        mvc.perform(json(post("/api/v1/campaigns/" + campaign.id() + "/transitions"), "{\"to\":"))
                .andExpect(problem(400));
        assertNothingStored();
    }

    @Test
    void movingAnUnknownCampaignIs404() throws Exception {
        mvc.perform(json(post("/api/v1/campaigns/" + UNKNOWN_ID + "/transitions"), "{\"to\":\"LAUNCHED\"}"))
                .andExpect(problem(404));
        mvc.perform(json(post("/api/v1/campaigns/nope/transitions"), "{\"to\":\"LAUNCHED\"}"))
                .andExpect(problem(404));
        assertNothingStored();
    }

    @Test
    void aConcurrentMoveIs409() throws Exception {
        Campaign campaign = existing(Phase.DRAFT);
        doThrow(new OptimisticLockingFailureException("stale")).when(campaigns).update(any(), any());

        mvc.perform(json(post("/api/v1/campaigns/" + campaign.id() + "/transitions"), "{\"to\":\"LAUNCHED\"}"))
                .andExpect(problem(409));
        verify(relay, never()).nudge();
    }

    private void assertNothingStored() {
        verify(campaigns, never()).insert(any(), any());
        verify(campaigns, never()).update(any(), any());
        verifyNoInteractions(relay);
    }
}
