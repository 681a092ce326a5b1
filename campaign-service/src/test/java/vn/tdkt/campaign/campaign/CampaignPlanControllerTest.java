package vn.tdkt.campaign.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.support.testing.Problems.problem;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tdkt.campaign.Seed000;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.campaign.unit.UnitLookup;
import vn.tdkt.events.campaign.CampaignEvent;
import vn.tdkt.events.campaign.CampaignMilestoneAdded;
import vn.tdkt.events.campaign.CampaignPhaseChanged;
import vn.tdkt.events.campaign.CampaignResponsibilityAdded;
import vn.tdkt.events.campaign.CampaignUpdated;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.security.UnitTree;
import vn.tdkt.support.testing.SignedInAsAdmin;
import vn.tdkt.support.testing.TestTokens;

/**
 * The plan of a campaign over HTTP (seed 000): drafting it whole, replacing a draft under If-Match,
 * additions after launch, reviews with a summary, the search filters and the cascade. Storage is an
 * in-memory stand-in for the repository that keeps versions as MongoDB would.
 */
@WebMvcTest(CampaignController.class)
@Import({CampaignService.class, CampaignPlanControllerTest.Fixed.class, SignedInAsAdmin.class})
class CampaignPlanControllerTest {

    static final Seed000 SEED = Seed000.of("");
    static final Map<String, String> PARENTS = Map.of("LS-STC", "LS", "LS-SNV", "LS", "LS-CL", "LS",
            "LS-STC-VP", "LS-STC", "LS-STC-TTRA", "LS-STC", "LS-HL", "LS");

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    @TestConfiguration
    static class Fixed {
        @Bean
        Clock clock() {
            return CampaignFixtures.CLOCK;
        }

        @Bean
        UnitTree unitTree() {
            return code -> Optional.ofNullable(PARENTS.get(code));
        }
    }

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CampaignRepository campaigns;
    @MockitoBean
    UnitLookup units;
    @MockitoBean
    OutboxRelay relay;

    private final Map<CampaignId, Campaign> stored = new HashMap<>();
    private final List<CampaignEvent> published = new ArrayList<>();

    @BeforeEach
    void storage() {
        when(units.unknown(anyCollection())).thenAnswer(call -> {
            Set<UnitCode> unknown = new LinkedHashSet<>(call.<Collection<UnitCode>>getArgument(0));
            unknown.removeIf(code -> code.value().equals("LS") || PARENTS.containsKey(code.value()));
            return unknown;
        });
        when(campaigns.find(any())).thenAnswer(call -> Optional.ofNullable(stored.get(call.<CampaignId>getArgument(0)))
                .map(c -> Campaign.restore(c.id(), c.plan(), c.details(), c.createdAt(), c.phase(), c.phaseHistory(),
                        c.version())));
        doAnswer(call -> {
            Campaign campaign = call.getArgument(0);
            campaign.stored(0);
            stored.put(campaign.id(), campaign);
            published.addAll(call.getArgument(1));
            return null;
        }).when(campaigns).insert(any(), any());
        doAnswer(call -> {
            Campaign campaign = call.getArgument(0);
            campaign.stored(campaign.version() + 1);
            stored.put(campaign.id(), campaign);
            published.addAll(call.getArgument(1));
            return null;
        }).when(campaigns).update(any(), any());
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private String created(String body) throws Exception {
        String location = mvc.perform(json(post("/api/v1/campaigns"), body)).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private String provinceCampaign() throws Exception {
        return created(SEED.provinceCampaign());
    }

    private void launch(String id) throws Exception {
        mvc.perform(json(post("/api/v1/campaigns/" + id + "/transitions"), "{\"to\":\"LAUNCHED\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void draftsTheDepartmentsPlanWithEverythingItCarries() throws Exception {
        String parent = provinceCampaign();

        mvc.perform(json(post("/api/v1/campaigns"), SEED.departmentCampaign(parent)))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.parentCampaignId").value(parent))
                .andExpect(jsonPath("$.participants.rootUnitCode").value("LS-STC"))
                .andExpect(jsonPath("$.participants.groups", contains("công chức", "người lao động")))
                .andExpect(jsonPath("$.movements[1]").value("Cả nước chung sức xây dựng nông thôn mới"))
                .andExpect(jsonPath("$.goals.length()").value(2))
                .andExpect(jsonPath("$.awardForms[0].name").value("Giấy khen"))
                .andExpect(jsonPath("$.awardForms[0].grantedBy").value("Giám đốc Sở Tài chính"))
                .andExpect(jsonPath("$.responsibilities[*].unitCode", contains("LS-STC-VP", "LS-STC-TTRA")))
                .andExpect(jsonPath("$.registrationDeadline").value("2025-01-31"));
    }

    @Test
    void theFixedContractAloneStillDraftsACampaign() throws Exception {
        mvc.perform(json(post("/api/v1/campaigns"), """
                        {"title":"Thi đua năm 2025","kind":"REGULAR","organiserUnitCode":"LS-CL",
                         "startDate":"2025-01-01","endDate":"2025-12-31"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.phase").value("DRAFT"))
                .andExpect(jsonPath("$.movements").isEmpty())
                .andExpect(jsonPath("$.participants").doesNotExist());
    }

    @Test
    void aChildOutsideItsParentsReachIs422OnTheParent() throws Exception {
        String parent = provinceCampaign();
        String body = SEED.departmentCampaign(parent).replace("\"organiserUnitCode\":\"LS-STC\"",
                "\"organiserUnitCode\":\"LS-HL\"");

        // LS-HL is below the province's organiser LS, so it may implement; an outside unit may not.
        mvc.perform(json(post("/api/v1/campaigns"), body)).andExpect(status().isCreated());
        String department = created(SEED.departmentCampaign(parent));
        mvc.perform(json(post("/api/v1/campaigns"), SEED.departmentCampaign(department)
                        .replace("\"organiserUnitCode\":\"LS-STC\"", "\"organiserUnitCode\":\"LS-CL\"")))
                .andExpect(problem(422, "parentCampaignId"))
                .andExpect(jsonPath("$.errors[0].message", containsString("does not reach LS-CL")));
    }

    @Test
    void datesOfThePlanOutsideThePeriodAre422NamingEach() throws Exception {
        String body = SEED.departmentCampaign(provinceCampaign()).replace("\"registrationDeadline\":\"2025-01-31\"",
                "\"registrationDeadline\":\"2026-01-31\",\"milestones\":[{\"date\":\"2023-01-01\",\"title\":\"Xưa\"}]");

        mvc.perform(json(post("/api/v1/campaigns"), body))
                .andExpect(problem(422, "registrationDeadline", "milestones[0].date"));
    }

    @Test
    void tooManyMovementsOrAnUnknownTaskedUnitAreNamed() throws Exception {
        String parent = provinceCampaign();
        String many = "[" + String.join(",", java.util.Collections.nCopies(101, "\"Phong trào\"")) + "]";

        mvc.perform(json(post("/api/v1/campaigns"), SEED.departmentCampaign(parent)
                        .replaceFirst("\"movements\":\\[[^\\]]*\\]", "\"movements\":" + many)))
                .andExpect(problem(400, "movements"));
        mvc.perform(json(post("/api/v1/campaigns"), SEED.departmentCampaign(parent).replace("\"unitCode\":\"LS-STC-VP\"",
                        "\"unitCode\":\"LS-STC-KHONG\"")))
                .andExpect(problem(422, "responsibilities"));
    }

    /** The 2025 reform: LS-SNV merged into LS-STC on 1 July 2025; LS-HL closed the day before. */
    private void reform() {
        when(units.retired(anyCollection())).thenAnswer(call -> {
            Map<UnitCode, UnitLookup.Standing> retired = new java.util.LinkedHashMap<>();
            Collection<UnitCode> codes = call.getArgument(0);
            UnitCode snv = new UnitCode("LS-SNV");
            UnitCode hl = new UnitCode("LS-HL");
            if (codes.contains(snv)) {
                retired.put(snv, new UnitLookup.Standing(snv, true, new UnitCode("LS-STC"),
                        java.time.LocalDate.of(2025, 7, 1)));
            }
            if (codes.contains(hl)) {
                retired.put(hl, new UnitLookup.Standing(hl, false, null, java.time.LocalDate.of(2025, 6, 30)));
            }
            return retired;
        });
    }

    @Test
    void aMergedRecipientOrAnInactiveOrganiserIs422NamingTheFieldAndTheSuccessor() throws Exception {
        reform();

        mvc.perform(json(post("/api/v1/campaigns"), SEED.provinceCampaign()))
                .andExpect(problem(422, "recipientUnitCodes"))
                .andExpect(jsonPath("$.errors[?(@.field == 'recipientUnitCodes')].message",
                        contains(containsString("đơn vị LS-SNV đã sáp nhập vào LS-STC (2025-07-01): unit LS-SNV was"
                                + " merged into LS-STC; name LS-STC instead"))));
        mvc.perform(json(post("/api/v1/campaigns"), """
                        {"title":"Thi đua năm 2025","kind":"REGULAR","organiserUnitCode":"LS-HL",
                         "startDate":"2025-01-01","endDate":"2025-12-31"}"""))
                .andExpect(problem(422, "organiserUnitCode"))
                .andExpect(jsonPath("$.errors[0].message", containsString("đã ngừng hoạt động")));
        verify(campaigns, never()).insert(any(), any());
    }

    @Test
    void aDraftRevisedAfterAMergerIsRefusedUntilItNamesTheSuccessor() throws Exception {
        String id = provinceCampaign();
        reform();

        mvc.perform(json(put("/api/v1/campaigns/" + id), SEED.provinceCampaign().replace("\"title\":\"",
                        "\"title\":\"Sửa: ")).header("If-Match", "\"0\""))
                .andExpect(problem(422, "recipientUnitCodes"))
                .andExpect(jsonPath("$.errors[0].message", containsString("LS-STC")));
        mvc.perform(json(put("/api/v1/campaigns/" + id), SEED.provinceCampaign().replace("\"title\":\"",
                        "\"title\":\"Sửa: ").replace("\"LS-SNV\",", "").replace(",\"LS-SNV\"", ""))
                        .header("If-Match", "\"0\""))
                .andExpect(status().isOk());
    }

    // PUT /api/v1/campaigns/{id}

    @Test
    void aDraftIsReplacedUnderIfMatchAndTheChangeAnnounced() throws Exception {
        String parent = provinceCampaign();
        String id = created(SEED.departmentCampaign(parent));
        published.clear();

        mvc.perform(json(put("/api/v1/campaigns/" + id), SEED.departmentCampaign(parent)
                        .replace("\"endDate\":\"2025-12-31\"", "\"endDate\":\"2026-06-30\""))
                        .header("If-Match", "\"0\""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.endDate").value("2026-06-30"))
                .andExpect(jsonPath("$.version").value(1));

        assertThat(published).singleElement().isInstanceOfSatisfying(CampaignUpdated.class,
                e -> assertThat(e.endDate()).hasToString("2026-06-30"));
    }

    @Test
    void aStaleOrMissingIfMatchChangesNothing() throws Exception {
        String parent = provinceCampaign();
        String id = created(SEED.departmentCampaign(parent));
        String body = SEED.departmentCampaign(parent).replace("Phát động phong trào", "Kế hoạch phát động");
        mvc.perform(json(put("/api/v1/campaigns/" + id), body).header("If-Match", "\"0\"")).andExpect(status().isOk());
        published.clear();

        mvc.perform(json(put("/api/v1/campaigns/" + id), body.replace("Kế hoạch", "Lần hai")).header("If-Match", "\"0\""))
                .andExpect(problem(409, "If-Match"))
                .andExpect(jsonPath("$.detail", containsString("at version 1, not 0")));
        mvc.perform(json(put("/api/v1/campaigns/" + id), body))
                .andExpect(status().is(428))
                .andExpect(jsonPath("$.detail", containsString("If-Match")));
        mvc.perform(json(put("/api/v1/campaigns/" + id), body).header("If-Match", "phiên bản"))
                .andExpect(problem(400, "If-Match"));

        assertThat(published).isEmpty();
        assertThat(stored.get(new CampaignId(id)).plan().title()).startsWith("Kế hoạch phát động");
    }

    @Test
    void afterLaunchThePlanIsLockedWithAProblemNamingThePhase() throws Exception {
        String parent = provinceCampaign();
        String id = created(SEED.departmentCampaign(parent));
        launch(id);
        published.clear();

        mvc.perform(json(put("/api/v1/campaigns/" + id), SEED.departmentCampaign(parent)).header("If-Match", "\"1\""))
                .andExpect(problem(409, "phase"))
                .andExpect(jsonPath("$.phase").value("LAUNCHED"))
                .andExpect(jsonPath("$.detail", containsString("Only milestones and responsibilities may be added")));
        assertThat(published).isEmpty();
    }

    // additions after launch

    @Test
    void milestonesAndTasksAreAddedAfterLaunchEachAnnounced() throws Exception {
        String id = created(SEED.departmentCampaign(provinceCampaign()));
        launch(id);
        published.clear();

        mvc.perform(json(post("/api/v1/campaigns/" + id + "/milestones"),
                        "{\"date\":\"2025-09-02\",\"title\":\"80 năm Quốc khánh\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.milestones[0].title").value("80 năm Quốc khánh"));
        mvc.perform(json(post("/api/v1/campaigns/" + id + "/responsibilities"),
                        "{\"unitCode\":\"LS-STC-VP\",\"task\":\"Báo cáo tổng kết\",\"dueDate\":\"2025-12-15\"}")
                        .header("If-Match", "\"2\""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.responsibilities.length()").value(3));

        assertThat(published).hasSize(2);
        assertThat(published.get(0)).isInstanceOf(CampaignMilestoneAdded.class);
        assertThat(published.get(1)).isInstanceOf(CampaignResponsibilityAdded.class);
    }

    @Test
    void badAdditionsAreNamedAndChangeNothing() throws Exception {
        String id = created(SEED.departmentCampaign(provinceCampaign()));
        launch(id);
        published.clear();

        mvc.perform(json(post("/api/v1/campaigns/" + id + "/milestones"), "{\"date\":\"2030-01-01\",\"title\":\"Xa\"}"))
                .andExpect(problem(422, "date"));
        mvc.perform(json(post("/api/v1/campaigns/" + id + "/milestones"), "{\"title\":\"Không ngày\"}"))
                .andExpect(problem(400, "date"));
        mvc.perform(json(post("/api/v1/campaigns/" + id + "/responsibilities"),
                        "{\"unitCode\":\"LS-HL-X\",\"task\":\"Việc\"}"))
                .andExpect(problem(422, "unitCode"));
        mvc.perform(json(post("/api/v1/campaigns/" + id + "/milestones"), "{\"date\":\"2025-05-19\",\"title\":\"135 năm\"}")
                        .header("If-Match", "\"0\""))
                .andExpect(problem(409, "If-Match"));

        assertThat(published).isEmpty();
    }

    @Test
    void nothingIsAddedOnceTheFinalReviewBegins() throws Exception {
        String id = created(SEED.departmentCampaign(provinceCampaign()));
        launch(id);
        mvc.perform(json(post("/api/v1/campaigns/" + id + "/transitions"),
                "{\"to\":\"FINAL_REVIEW\",\"summary\":\"Tổng kết\"}")).andExpect(status().isOk());

        mvc.perform(json(post("/api/v1/campaigns/" + id + "/milestones"), "{\"date\":\"2025-05-19\",\"title\":\"135 năm\"}"))
                .andExpect(problem(409, "phase"))
                .andExpect(jsonPath("$.detail", containsString("Nothing of its plan may change")));
    }

    // reviews

    @Test
    void aReviewsSummaryIsKeptAndPublishedAndTheBareContractStillWorks() throws Exception {
        String id = created(SEED.departmentCampaign(provinceCampaign()));
        launch(id);

        mvc.perform(json(post("/api/v1/campaigns/" + id + "/transitions"),
                        "{\"to\":\"MIDTERM_REVIEW\",\"summary\":\"Sơ kết: 4/4 phòng đã đăng ký thi đua\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phaseHistory[1].summary").value("Sơ kết: 4/4 phòng đã đăng ký thi đua"));
        mvc.perform(json(post("/api/v1/campaigns/" + id + "/transitions"), "{\"to\":\"FINAL_REVIEW\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phaseHistory[2].summary").doesNotExist());

        assertThat(published).filteredOn(CampaignPhaseChanged.class::isInstance).map(CampaignPhaseChanged.class::cast)
                .extracting(CampaignPhaseChanged::summary)
                .containsExactly(null, "Sơ kết: 4/4 phòng đã đăng ký thi đua", null);
    }

    @Test
    void aSummaryTooLongIs400() throws Exception {
        String id = created(SEED.departmentCampaign(provinceCampaign()));
        launch(id);

        mvc.perform(json(post("/api/v1/campaigns/" + id + "/transitions"),
                        "{\"to\":\"MIDTERM_REVIEW\",\"summary\":\"" + "x".repeat(5001) + "\"}"))
                .andExpect(problem(400, "summary"));
    }

    // search

    @Test
    void searchPassesEveryFilterFoldedAndPaged() throws Exception {
        when(campaigns.search(any(), any())).thenReturn(PageResponse.of(new PageQuery(1, 5), List.of(), 0));

        mvc.perform(get("/api/v1/campaigns").param("organiser", "LS").param("subtree", "true")
                        .param("year", "2025").param("phase", "LAUNCHED").param("kind", "THEMATIC")
                        .param("q", "Chào mừng ĐẠI HỘI").param("page", "1").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(5));

        verify(campaigns).search(new CampaignRepository.CampaignFilter(new UnitCode("LS"), true, 2025, Phase.LAUNCHED,
                CampaignKind.THEMATIC, List.of("chao", "mung", "dai", "hoi")), new PageQuery(1, 5));
    }

    @Test
    void impossibleFiltersAre400() throws Exception {
        mvc.perform(get("/api/v1/campaigns").param("year", "năm")).andExpect(problem(400, "year"));
        mvc.perform(get("/api/v1/campaigns").param("year", "20255")).andExpect(problem(400, "year"));
        mvc.perform(get("/api/v1/campaigns").param("kind", "YEARLY")).andExpect(problem(400, "kind"));
        mvc.perform(get("/api/v1/campaigns").param("subtree", "true")).andExpect(problem(400, "subtree"));
        mvc.perform(get("/api/v1/campaigns").param("organiser", "LS").param("organiserUnitCode", "LS-CL"))
                .andExpect(problem(400, "organiser"));
        mvc.perform(get("/api/v1/campaigns").param("q", "a".repeat(201))).andExpect(problem(400, "q"));
        verify(campaigns, never()).search(any(), any());
    }

    // cascade

    @Test
    void theCascadeShowsWhoHasNotLaunchedItsOwn() throws Exception {
        String province = provinceCampaign();
        launch(province);
        String department = created(SEED.departmentCampaign(province));
        launch(department);
        String homeAffairs = created(SEED.departmentCampaign(province)
                .replace("\"organiserUnitCode\":\"LS-STC\"", "\"organiserUnitCode\":\"LS-SNV\"")
                .replace("\"rootUnitCode\":\"LS-STC\"", "\"rootUnitCode\":\"LS-SNV\""));
        when(campaigns.implementing(any(), anyInt())).thenAnswer(call -> {
            Collection<CampaignId> parents = call.getArgument(0);
            return stored.values().stream().filter(c -> c.plan().parentCampaignId() != null
                    && parents.contains(c.plan().parentCampaignId())).toList();
        });

        mvc.perform(get("/api/v1/campaigns/" + province + "/cascade"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.implementingCampaigns").value(2))
                .andExpect(jsonPath("$.truncated").value(false))
                .andExpect(jsonPath("$.root.campaignId").value(province))
                .andExpect(jsonPath("$.root.recipients[*].unitCode", contains("LS-STC", "LS-SNV", "LS-CL")))
                .andExpect(jsonPath("$.root.recipients[*].launched", contains(true, false, false)))
                .andExpect(jsonPath("$.root.recipients[0].campaignId").value(department))
                .andExpect(jsonPath("$.root.recipients[1].campaignId").value(homeAffairs))
                .andExpect(jsonPath("$.root.recipients[1].phase").value("DRAFT"))
                .andExpect(jsonPath("$.root.recipients[2].campaignId").doesNotExist())
                .andExpect(jsonPath("$.root.implementedBy[*].organiserUnitCode",
                        containsInAnyOrder("LS-STC", "LS-SNV")))
                .andExpect(jsonPath("$.root.implementedBy[?(@.organiserUnitCode == 'LS-STC')].recipients[*].unitCode",
                        contains("LS", "LS-SNV", "LS-STC-VP", "LS-STC-TTRA")));
        mvc.perform(get("/api/v1/campaigns/not-a-uuid/cascade")).andExpect(problem(404));
    }

    @Test
    void noEventIsPublishedForARefusedRevision() throws Exception {
        String id = created(SEED.departmentCampaign(provinceCampaign()));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<CampaignEvent>> events = ArgumentCaptor.forClass(List.class);

        mvc.perform(json(put("/api/v1/campaigns/" + id), SEED.departmentCampaign(provinceCampaign())
                        .replace("\"organiserUnitCode\":\"LS-STC\"", "\"organiserUnitCode\":\"LS-SNV\""))
                        .header("If-Match", "\"0\""))
                .andExpect(problem(422, "organiserUnitCode"));
        verify(campaigns, never()).update(any(), events.capture());
    }
}
