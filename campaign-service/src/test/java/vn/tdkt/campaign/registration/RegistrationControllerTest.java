package vn.tdkt.campaign.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.support.testing.Problems.problem;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import vn.tdkt.campaign.campaign.CampaignLookup;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.campaign.unit.UnitLookup;
import vn.tdkt.events.registration.CampaignRegistrationSubmitted;
import vn.tdkt.events.registration.RegistrationEvent;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.security.UnitTree;
import vn.tdkt.support.testing.SignedInAsAdmin;
import vn.tdkt.support.testing.TestTokens;

/**
 * Registrations over HTTP on seed 000's department campaign: filing and replacing one, every refusal
 * with its field, and the organiser's view of who has and has not registered, as JSON and as CSV.
 */
@WebMvcTest(RegistrationController.class)
@Import({RegistrationService.class, RegistrationControllerTest.Fixed.class, SignedInAsAdmin.class})
class RegistrationControllerTest {

    static final String BASE = "/api/v1/campaigns/" + RegistrationFixtures.CAMPAIGN_ID + "/registrations";
    static final Map<String, String> PARENTS = Map.of("LS-STC", "LS", "LS-SNV", "LS", "LS-CL", "LS",
            "LS-STC-VP", "LS-STC", "LS-STC-TTRA", "LS-STC", "LS-STC-QLG", "LS-STC");

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    @TestConfiguration
    static class Fixed {
        @Bean
        Clock clock() {
            return RegistrationFixtures.CLOCK;
        }

        @Bean
        UnitTree unitTree() {
            return code -> Optional.ofNullable(PARENTS.get(code));
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

    private final Map<String, Registration> stored = new HashMap<>();
    private final List<RegistrationEvent> published = new ArrayList<>();

    @BeforeEach
    void storage() {
        when(campaigns.facts(anyString())).thenReturn(Optional.empty());
        when(campaigns.facts(RegistrationFixtures.CAMPAIGN_ID)).thenReturn(Optional.of(RegistrationFixtures.campaign()));
        when(units.unknown(anyCollection())).thenAnswer(call -> {
            Set<UnitCode> unknown = new LinkedHashSet<>(call.<Collection<UnitCode>>getArgument(0));
            unknown.removeIf(code -> code.value().equals("LS") || PARENTS.containsKey(code.value()));
            return unknown;
        });
        when(repository.find(any())).thenAnswer(call -> Optional.ofNullable(stored.get(
                call.<RegistrationId>getArgument(0).value())).map(r -> Registration.restore(r.id(),
                r.organiserUnitCode(), r.form(), r.firstSubmittedAt(), r.submittedAt(), r.version())));
        when(repository.registeredUnits(anyString())).thenAnswer(call -> stored.values().stream()
                .map(r -> r.id().unitCode()).collect(java.util.stream.Collectors.toSet()));
        when(repository.findAll(anyString(), anyCollection())).thenAnswer(call -> stored.values().stream()
                .filter(r -> call.<Collection<String>>getArgument(1).contains(r.id().unitCode())).toList());
        doAnswer(call -> {
            Registration registration = call.getArgument(0);
            registration.stored(0);
            stored.put(registration.id().value(), registration);
            published.addAll(call.getArgument(1));
            return null;
        }).when(repository).insert(any(), any());
        doAnswer(call -> {
            Registration registration = call.getArgument(0);
            registration.stored(registration.version() + 1);
            stored.put(registration.id().value(), registration);
            published.addAll(call.getArgument(1));
            return null;
        }).when(repository).update(any(), any());
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private void officeRegisters() throws Exception {
        mvc.perform(json(put(BASE + "/LS-STC-VP"), Seed000.of("").officeRegistration())).andExpect(status().isCreated());
    }

    @Test
    void aUnitRegistersAndItIsAnnounced() throws Exception {
        mvc.perform(json(put(BASE + "/LS-STC-VP"), Seed000.of("").officeRegistration()))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.id").value(RegistrationFixtures.CAMPAIGN_ID + ":LS-STC-VP"))
                .andExpect(jsonPath("$.collectiveTitles", contains("Tập thể lao động xuất sắc")))
                .andExpect(jsonPath("$.individuals[0].name").value("Nguyễn Thị Hằng"))
                .andExpect(jsonPath("$.individuals[1].title").value("Lao động tiên tiến"))
                .andExpect(jsonPath("$.version").value(0));

        assertThat(published).singleElement().isInstanceOfSatisfying(CampaignRegistrationSubmitted.class,
                e -> assertThat(e.individuals()).hasSize(2));
        verify(relay).nudge();
    }

    @Test
    void registeringAgainReplacesItAsANewVersion() throws Exception {
        officeRegisters();

        mvc.perform(json(put(BASE + "/LS-STC-VP"), "{\"collectiveTitles\":[\"Tập thể lao động tiên tiến\"]}")
                        .header("If-Match", "\"0\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.individuals").isEmpty());
        mvc.perform(json(put(BASE + "/LS-STC-VP"), "{\"collectiveTitles\":[\"Tập thể lao động xuất sắc\"]}")
                        .header("If-Match", "\"0\""))
                .andExpect(problem(409))
                .andExpect(jsonPath("$.detail", containsString("at version 1, not 0")));

        assertThat(published).hasSize(2);
    }

    @Test
    void aLateRegistrationIsRefusedNamingTheDeadline() throws Exception {
        when(campaigns.facts(RegistrationFixtures.CAMPAIGN_ID)).thenReturn(Optional.of(
                RegistrationFixtures.campaign("LAUNCHED", true, LocalDate.of(2025, 1, 10))));

        mvc.perform(json(put(BASE + "/LS-STC-VP"), Seed000.of("").officeRegistration()))
                .andExpect(problem(422, "registrationDeadline"))
                .andExpect(jsonPath("$.errors[0].message", containsString("registrations closed on 2025-01-10")));
        assertNothingStored();
    }

    @Test
    void onlyWhileLaunchedAndOnlyUnitsTheCampaignAddresses() throws Exception {
        mvc.perform(json(put(BASE + "/LS-CL"), Seed000.of("").officeRegistration()))
                .andExpect(problem(422, "unitCode"));
        when(campaigns.facts(RegistrationFixtures.CAMPAIGN_ID)).thenReturn(Optional.of(
                RegistrationFixtures.campaign("MIDTERM_REVIEW", false, LocalDate.of(2025, 1, 31))));
        mvc.perform(json(put(BASE + "/LS-STC-VP"), Seed000.of("").officeRegistration()))
                .andExpect(problem(422, "phase"));
        assertNothingStored();
    }

    /**
     * The 2025 reform: LS-SNV, on the distribution list, was merged into LS-CL after the plan was sent. The
     * old code is refused naming the successor; the successor registers in its place.
     */
    @Test
    void aMergedUnitIsRefusedNamingItsSuccessorWhichRegistersInItsPlace() throws Exception {
        when(units.unknown(anyCollection())).thenReturn(Set.of());
        UnitCode snv = new UnitCode("LS-SNV");
        when(units.retired(anyCollection())).thenAnswer(call -> call.<Collection<UnitCode>>getArgument(0)
                .contains(snv) ? Map.of(snv, new UnitLookup.Standing(snv, true, new UnitCode("LS-CL"),
                LocalDate.of(2025, 7, 1))) : Map.of());

        mvc.perform(json(put(BASE + "/LS-SNV"), Seed000.of("").officeRegistration()))
                .andExpect(problem(422, "unitCode"))
                .andExpect(jsonPath("$.errors[0].message", containsString("đã sáp nhập vào LS-CL")))
                .andExpect(jsonPath("$.errors[0].message", containsString("name LS-CL instead")));
        assertNothingStored();

        mvc.perform(json(put(BASE + "/LS-CL"), "{\"commitments\":[\"Hoàn thành 100% nhiệm vụ\"]}"))
                .andExpect(status().isCreated());
    }

    @Test
    void aUnitWithinTheParticipantsMayRegisterThoughNotOnTheList() throws Exception {
        mvc.perform(json(put(BASE + "/LS-STC-QLG"), "{\"commitments\":[\"Hoàn thành 100% nhiệm vụ\"]}"))
                .andExpect(status().isCreated());
    }

    @Test
    void badInputIsNamedAndChangesNothing() throws Exception {
        mvc.perform(json(put(BASE + "/LS-STC-VP"), "{\"individuals\":[{\"name\":\" \",\"title\":\"Lao động tiên tiến\"}]}"))
                .andExpect(problem(400, "individuals[0].name"));
        mvc.perform(json(put(BASE + "/LS-STC-VP"), "{}")).andExpect(problem(400, "collectiveTitles"));
        mvc.perform(json(put(BASE + "/LS-STC-VP"), "{\"collectiveTitles\":\"Cờ thi đua\"}"))
                .andExpect(problem(400, "collectiveTitles"));
        mvc.perform(json(put(BASE + "/LS-STC-KHAC"), "{\"collectiveTitles\":[\"Cờ thi đua\"]}"))
                .andExpect(problem(422, "unitCode"));
        mvc.perform(json(put(BASE + "/có dấu"), "{\"collectiveTitles\":[\"Cờ thi đua\"]}")).andExpect(problem(404));
        mvc.perform(json(put("/api/v1/campaigns/00000000-0000-4000-8000-000000000000/registrations/LS-STC-VP"),
                "{\"collectiveTitles\":[\"Cờ thi đua\"]}")).andExpect(problem(404));
        assertNothingStored();
    }

    @Test
    void readsOneRegistration() throws Exception {
        officeRegisters();

        mvc.perform(get(BASE + "/LS-STC-VP"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.commitments[0]").value("100% công chức hoàn thành tốt nhiệm vụ trở lên"));
        mvc.perform(get(BASE + "/LS-STC-TTRA")).andExpect(problem(404));
    }

    @Test
    void theOrganiserSeesWhoHasAndHasNotRegistered() throws Exception {
        officeRegisters();

        mvc.perform(get(BASE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(4))
                .andExpect(jsonPath("$.items[*].unitCode", contains("LS", "LS-SNV", "LS-STC-TTRA", "LS-STC-VP")))
                .andExpect(jsonPath("$.items[*].status", contains("MISSING", "MISSING", "MISSING", "REGISTERED")))
                .andExpect(jsonPath("$.items[3].individuals[0].name").value("Nguyễn Thị Hằng"));
        mvc.perform(get(BASE).param("status", "MISSING").param("size", "2").param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.items[*].unitCode", contains("LS-STC-TTRA")));
        mvc.perform(get(BASE).param("status", "LATE"))
                .andExpect(problem(400, "status"))
                .andExpect(jsonPath("$.errors[0].message", containsString("REGISTERED, MISSING")));
    }

    @Test
    void theOverviewExportsAsUtf8CsvWithOneRowPerTarget() throws Exception {
        officeRegisters();

        for (MockHttpServletRequestBuilder request : List.of(get(BASE + "/export"),
                get(BASE).accept(MediaType.parseMediaType("text/csv")))) {
            byte[] body = mvc.perform(request)
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith("text/csv"))
                    .andExpect(header().string("Content-Disposition", containsString(".csv")))
                    .andReturn().getResponse().getContentAsByteArray();
            String text = new String(body, StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFF");
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(text.substring(1))).getRecords();
            assertThat(rows).extracting(r -> r.get("unitCode") + "|" + r.get("status") + "|" + r.get("kind") + "|"
                            + r.get("name") + "|" + r.get("title"))
                    .containsExactly("LS|MISSING|||", "LS-SNV|MISSING|||", "LS-STC-TTRA|MISSING|||",
                            "LS-STC-VP|REGISTERED|COLLECTIVE_TITLE||Tập thể lao động xuất sắc",
                            "LS-STC-VP|REGISTERED|COMMITMENT||100% công chức hoàn thành tốt nhiệm vụ trở lên",
                            "LS-STC-VP|REGISTERED|INDIVIDUAL|Nguyễn Thị Hằng|Chiến sĩ thi đua cơ sở",
                            "LS-STC-VP|REGISTERED|INDIVIDUAL|Hoàng Văn Đức|Lao động tiên tiến");
        }
        mvc.perform(get(BASE + "/export").param("status", "REGISTERED"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("MISSING"))));
    }

    @Test
    void everyReadOfRegistrationsIsRecordedAsAPersonalDataRead() throws Exception {
        officeRegisters();
        String audit = "vn.tdkt.support.audit.Audit.";

        for (var read : List.of(List.of(BASE, "registration.list", "campaign:" + RegistrationFixtures.CAMPAIGN_ID),
                List.of(BASE + "/export", "registration.export", "campaign:" + RegistrationFixtures.CAMPAIGN_ID),
                List.of(BASE + "/LS-STC-VP", "registration.read",
                        "registration:" + RegistrationFixtures.CAMPAIGN_ID + ":LS-STC-VP"))) {
            var request = mvc.perform(get(read.get(0))).andExpect(status().isOk()).andReturn().getRequest();
            assertThat(request.getAttribute(audit + "personalDataRead")).as(read.get(0)).isEqualTo(Boolean.TRUE);
            assertThat(request.getAttribute(audit + "action")).isEqualTo(read.get(1));
            assertThat(request.getAttribute(audit + "target")).isEqualTo(read.get(2));
        }
    }

    private void assertNothingStored() {
        verify(repository, never()).insert(any(), any());
        verify(repository, never()).update(any(), any());
        verify(relay, never()).nudge();
    }
}
