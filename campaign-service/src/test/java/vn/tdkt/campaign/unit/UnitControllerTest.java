package vn.tdkt.campaign.unit;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.support.testing.Problems.problem;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
import vn.tdkt.events.unit.UnitEvent;
import vn.tdkt.events.unit.UnitRegistered;
import vn.tdkt.events.unit.UnitUpdated;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.testing.SignedInAsAdmin;
import vn.tdkt.support.testing.TestTokens;

/** The unit API over the real service, with storage mocked: what is answered and what is (not) stored. */
@WebMvcTest(UnitController.class)
@Import({UnitService.class, UnitControllerTest.FixedClock.class, SignedInAsAdmin.class})
class UnitControllerTest {

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    static final Instant NOW = Instant.parse("2025-02-10T01:00:00Z");
    static final String SO_TAI_CHINH = "Sở Tài chính tỉnh Lạng Sơn";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    UnitRepository units;
    @MockitoBean
    OutboxRelay relay;
    @MockitoBean
    UnitMergerRepository mergers;

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @BeforeEach
    void storage() {
        when(units.find(any())).thenReturn(Optional.empty());
        doAnswer(call -> {
            call.<Unit>getArgument(0).stored(0);
            return null;
        }).when(units).insert(any(), any());
        doAnswer(call -> {
            Unit unit = call.getArgument(0);
            unit.stored(unit.version() + 1);
            return null;
        }).when(units).update(any(), any());
    }

    private Unit registered(String code, String parent) {
        Unit unit = Unit.register(new UnitCode(code), SO_TAI_CHINH, UnitLevel.DEPARTMENT,
                parent == null ? null : new UnitCode(parent), 40, List.of("vp@stc.langson.gov.vn"),
                Clock.fixed(NOW, ZoneOffset.UTC)).unit();
        unit.stored(3);
        when(units.find(new UnitCode(code))).thenReturn(Optional.of(unit));
        return unit;
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    // POST /api/v1/units

    @Test
    void registersAUnitAndAnnouncesIt() throws Exception {
        registered("UBND-LS", null);

        mvc.perform(json(post("/api/v1/units"), """
                        {"code":"STC-LS","name":"Sở Tài chính tỉnh Lạng Sơn","level":"DEPARTMENT","parentCode":"UBND-LS",
                         "staffCount":40,"contactEmails":["VP@stc.langson.gov.vn","vp@stc.langson.gov.vn","tdkt@langson.gov.vn"]}
                        """))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "http://localhost/api/v1/units/STC-LS"))
                .andExpect(jsonPath("$.code").value("STC-LS"))
                .andExpect(jsonPath("$.name").value(SO_TAI_CHINH))
                .andExpect(jsonPath("$.level").value("DEPARTMENT"))
                .andExpect(jsonPath("$.parentCode").value("UBND-LS"))
                .andExpect(jsonPath("$.staffCount").value(40))
                .andExpect(jsonPath("$.contactEmails", contains("vp@stc.langson.gov.vn", "tdkt@langson.gov.vn")))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.registeredAt").value("2025-02-10T01:00:00Z"));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<UnitEvent>> events = ArgumentCaptor.forClass(List.class);
        verify(units).insert(any(), events.capture());
        assertThat(events.getValue()).singleElement().isInstanceOfSatisfying(UnitRegistered.class,
                e -> assertThat(e.name()).isEqualTo(SO_TAI_CHINH));
        verify(relay).nudge();
    }

    @Test
    void aRootUnitNeedsNoParentNorContacts() throws Exception {
        mvc.perform(json(post("/api/v1/units"), """
                        {"code":"UBND-LS","name":"Ủy ban nhân dân tỉnh Lạng Sơn","level":"PROVINCE"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.parentCode").doesNotExist())
                .andExpect(jsonPath("$.contactEmails").isEmpty());
    }

    @Test
    void malformedJsonIs400() throws Exception {
        mvc.perform(json(post("/api/v1/units"), "{\"code\":\"X\",")).andExpect(problem(400));
        mvc.perform(json(post("/api/v1/units"), "")).andExpect(problem(400, "body"));
        assertNothingStored();
    }

    @Test
    void missingFieldsAreNamed() throws Exception {
        mvc.perform(json(post("/api/v1/units"), "{}")).andExpect(problem(400, "code", "name", "level"));
        assertNothingStored();
    }

    @Test
    void anUnknownLevelIsNamedWithTheAllowedOnes() throws Exception {
        mvc.perform(json(post("/api/v1/units"), """
                        {"code":"X","name":"Xã Chi Lăng","level":"HAMLET"}"""))
                .andExpect(problem(400, "level"))
                .andExpect(jsonPath("$.errors[0].message", containsString("PROVINCE, DEPARTMENT, DISTRICT, COMMUNE, OFFICE")));
        assertNothingStored();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "có dấu", "a/b", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void aBadCodeIsExplained(String code) throws Exception {
        mvc.perform(json(post("/api/v1/units"), """
                        {"code":"%s","name":"Xã","level":"COMMUNE"}""".formatted(code)))
                .andExpect(problem(400, "code"))
                .andExpect(jsonPath("$.errors[0].message", containsString("1–64 characters")));
        assertNothingStored();
    }

    @Test
    void badEmailsStaffAndNameAreNamed() throws Exception {
        mvc.perform(json(post("/api/v1/units"), """
                        {"code":"X","name":" ","level":"COMMUNE","staffCount":-3,"contactEmails":["ok@x.vn","không phải email"]}"""))
                .andExpect(problem(400, "name", "staffCount", "contactEmails[1]"));
        assertNothingStored();
    }

    @Test
    void aWronglyTypedFieldIsNamed() throws Exception {
        mvc.perform(json(post("/api/v1/units"), """
                        {"code":"X","name":"Xã","level":"COMMUNE","staffCount":"many"}"""))
                .andExpect(problem(400, "staffCount"));
        assertNothingStored();
    }

    @Test
    void anUnknownParentIs422() throws Exception {
        mvc.perform(json(post("/api/v1/units"), """
                        {"code":"X","name":"Xã Quang Lang","level":"COMMUNE","parentCode":"CHI-LANG"}"""))
                .andExpect(problem(422, "parentCode"))
                .andExpect(jsonPath("$.errors[0].message", containsString("CHI-LANG")));
        assertNothingStored();
    }

    @Test
    void aTakenCodeIs409() throws Exception {
        registered("STC-LS", null);

        mvc.perform(json(post("/api/v1/units"), """
                        {"code":"STC-LS","name":"Sở khác","level":"DEPARTMENT"}"""))
                .andExpect(problem(409))
                .andExpect(jsonPath("$.detail", containsString("STC-LS")));
        assertNothingStored();
    }

    @Test
    void aWrongMediaTypeIs415() throws Exception {
        mvc.perform(post("/api/v1/units").contentType(MediaType.TEXT_PLAIN).content("x")).andExpect(problem(415));
        assertNothingStored();
    }

    // GET /api/v1/units/{code} and /api/v1/units

    @Test
    void readsAUnit() throws Exception {
        registered("STC-LS", "UBND-LS");

        mvc.perform(get("/api/v1/units/STC-LS"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(SO_TAI_CHINH))
                .andExpect(jsonPath("$.parentCode").value("UBND-LS"))
                .andExpect(jsonPath("$.version").value(3));
    }

    @Test
    void anUnknownOrImpossibleCodeIs404() throws Exception {
        mvc.perform(get("/api/v1/units/NOPE")).andExpect(problem(404));
        mvc.perform(get("/api/v1/units/có dấu")).andExpect(problem(404));
    }

    @Test
    void listsTheChildrenOfAUnit() throws Exception {
        Unit child = registered("STC-LS", "UBND-LS");
        when(units.findAll(new UnitCode("UBND-LS"), new PageQuery(0, 20)))
                .thenReturn(PageResponse.of(new PageQuery(0, 20), List.of(child), 1));

        mvc.perform(get("/api/v1/units").param("parentCode", "UBND-LS"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code", contains("STC-LS")))
                .andExpect(jsonPath("$.totalItems").value(1));
    }

    @Test
    void anImpossibleParentFilterIs400() throws Exception {
        mvc.perform(get("/api/v1/units").param("parentCode", "a b")).andExpect(problem(400, "parentCode"));
    }

    // PUT /api/v1/units/{code}

    @Test
    void changingContactsIsStoredWithAnEvent() throws Exception {
        registered("STC-LS", "UBND-LS");

        mvc.perform(json(put("/api/v1/units/STC-LS"), """
                        {"name":"Sở Tài chính Lạng Sơn","staffCount":41,"contactEmails":["ThiDua@stc.langson.gov.vn"]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Sở Tài chính Lạng Sơn"))
                .andExpect(jsonPath("$.contactEmails", contains("thidua@stc.langson.gov.vn")))
                .andExpect(jsonPath("$.version").value(4));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<UnitEvent>> events = ArgumentCaptor.forClass(List.class);
        verify(units).update(any(), events.capture());
        assertThat(events.getValue()).singleElement().isInstanceOfSatisfying(UnitUpdated.class, e -> {
            assertThat(e.aggregateVersion()).isEqualTo(4);
            assertThat(e.contactEmails()).containsExactly("thidua@stc.langson.gov.vn");
        });
        verify(relay).nudge();
    }

    @Test
    void anUpdateThatChangesNothingStoresNothing() throws Exception {
        registered("STC-LS", null);

        mvc.perform(json(put("/api/v1/units/STC-LS"), """
                        {"name":"%s","staffCount":40,"contactEmails":["vp@stc.langson.gov.vn"]}""".formatted(SO_TAI_CHINH)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(3));
        assertNothingStored();
    }

    @Test
    void updatingAnUnknownUnitIs404() throws Exception {
        mvc.perform(json(put("/api/v1/units/NOPE"), """
                        {"name":"Không có","contactEmails":[]}""")).andExpect(problem(404));
        assertNothingStored();
    }

    @Test
    void badUpdatesAre400() throws Exception {
        registered("STC-LS", null);

        mvc.perform(json(put("/api/v1/units/STC-LS"), "{\"name\":")).andExpect(problem(400));
        mvc.perform(json(put("/api/v1/units/STC-LS"), "{}")).andExpect(problem(400, "name", "contactEmails"));
        mvc.perform(json(put("/api/v1/units/STC-LS"), """
                        {"name":"Sở","staffCount":-1,"contactEmails":["@x.vn"]}"""))
                .andExpect(problem(400, "staffCount", "contactEmails[0]"));
        assertNothingStored();
    }

    @Test
    void aConcurrentChangeIs409() throws Exception {
        registered("STC-LS", null);
        doThrow(new OptimisticLockingFailureException("stale")).when(units).update(any(), any());

        mvc.perform(json(put("/api/v1/units/STC-LS"), """
                        {"name":"Sở mới","contactEmails":[]}""")).andExpect(problem(409));
        verify(relay, never()).nudge();
    }

    @Test
    void lookupReportsTheUnknownCodesInOrder() {
        UnitService service = new UnitService(units, mergers, relay, Clock.systemUTC(),
                new org.springframework.beans.factory.support.DefaultListableBeanFactory()
                        .getBeanProvider(UnitLookup.TreeListener.class));
        when(units.existing(anyCollection())).thenReturn(Set.of(new UnitCode("B")));

        assertThat(service.unknown(List.of(new UnitCode("C"), new UnitCode("B"), new UnitCode("A"))))
                .containsExactly(new UnitCode("C"), new UnitCode("A"));
        verify(units).existing(Set.of(new UnitCode("C"), new UnitCode("B"), new UnitCode("A")));
    }

    private void assertNothingStored() {
        verify(units, never()).insert(any(), any());
        verify(units, never()).update(any(), any());
        verifyNoInteractions(relay);
    }
}
