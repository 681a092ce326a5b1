package vn.tdkt.campaign.unit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.support.testing.Problems.problem;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
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
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.testing.SignedInAsAdmin;
import vn.tdkt.support.testing.TestTokens;

/**
 * Deactivation, moves, mergers, history and CSV over HTTP, with storage mocked: the answers, the problems
 * naming fields and lines, and that a refusal stores nothing. The flows themselves are UnitRegistryFlowTest's.
 */
@WebMvcTest({UnitController.class, UnitCsvController.class})
@Import({UnitService.class, UnitImport.class, UnitExport.class, RegistryUnitTree.class,
        UnitChangesControllerTest.FixedClock.class, SignedInAsAdmin.class})
class UnitChangesControllerTest {

    static final Instant NOW = Instant.parse("2025-07-01T01:00:00Z");

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    MockMvc mvc;
    @MockitoBean
    UnitRepository units;
    @MockitoBean
    UnitMergerRepository mergers;
    @MockitoBean
    OutboxRelay relay;

    private final Map<UnitCode, Unit> stored = new HashMap<>();

    @BeforeEach
    void storage() {
        when(units.find(any())).thenAnswer(call -> Optional.ofNullable(stored.get(call.<UnitCode>getArgument(0))));
        when(units.findAll(anyCollection())).thenAnswer(call -> {
            Map<UnitCode, Unit> found = new HashMap<>();
            call.<Collection<UnitCode>>getArgument(0).stream().filter(stored::containsKey)
                    .forEach(code -> found.put(code, stored.get(code)));
            return found;
        });
        when(units.statuses(anyCollection())).thenAnswer(call -> {
            Map<String, UnitStatus> found = new HashMap<>();
            call.<Collection<String>>getArgument(0).stream().filter(code -> stored.containsKey(new UnitCode(code)))
                    .forEach(code -> found.put(code, stored.get(new UnitCode(code)).status()));
            return found;
        });
        doAnswer(call -> {
            Unit unit = call.getArgument(0);
            unit.stored(unit.version() == null ? 0 : unit.version() + 1);
            stored.put(unit.code(), unit);
            return null;
        }).when(units).update(any(), any());
        doAnswer(call -> {
            Unit unit = call.getArgument(0);
            unit.stored(0);
            stored.put(unit.code(), unit);
            return null;
        }).when(units).insert(any(), any());
        unit("LS", null);
        unit("LS-CL", "LS");
        unit("LS-CL-NL", "LS-CL");
        unit("LS-CL-DM", "LS-CL");
    }

    private Unit unit(String code, String parent) {
        Unit unit = Unit.register(new UnitCode(code), "Đơn vị " + code, UnitLevel.COMMUNE,
                parent == null ? null : new UnitCode(parent), 10, List.of("thidua@" + code.toLowerCase() + ".gov.vn"),
                Clock.fixed(NOW, ZoneOffset.UTC)).unit();
        unit.stored(1);
        stored.put(unit.code(), unit);
        return unit;
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private void assertNothingStored() {
        verify(units, never()).insert(any(), any());
        verify(units, never()).update(any(), any());
        verify(units, never()).insertAll(any());
        verify(mergers, never()).insert(any());
    }

    // contacts

    @Test
    void officerAndLeaderAreRegisteredAndShown() throws Exception {
        mvc.perform(json(post("/api/v1/units"), """
                        {"code":"LS-CL-QL","name":"UBND xã Quang Lang","level":"COMMUNE","parentCode":"LS-CL",
                         "contactEmails":[],
                         "officer":{"name":"Hoàng Thị Lan","title":"Cán bộ thi đua","email":"Lan@QuangLang.gov.vn"},
                         "leader":{"name":"Nông Văn Bình","title":"Chủ tịch UBND xã","phone":"0205 3870 123"}}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.officer.email").value("lan@quanglang.gov.vn"))
                .andExpect(jsonPath("$.leader.phone").value("0205 3870 123"))
                .andExpect(jsonPath("$.predecessorCodes").isEmpty());
    }

    @Test
    void aContactWithoutANameIsNamed() throws Exception {
        mvc.perform(json(put("/api/v1/units/LS-CL-NL"), """
                        {"name":"Xã","contactEmails":[],"officer":{"email":"x@y.vn","phone":"abc"}}"""))
                .andExpect(problem(400, "officer.name", "officer.phone"));
        assertNothingStored();
    }

    // deactivation and moves

    @Test
    void deactivatesAUnitWithNothingActiveBelow() throws Exception {
        mvc.perform(json(post("/api/v1/units/LS-CL-DM/deactivation"), """
                        {"effectiveDate":"2025-07-01"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("INACTIVE"))
                .andExpect(jsonPath("$.statusEffectiveDate").value("2025-07-01"));
    }

    @Test
    void deactivatingTwiceIs409AndWithActiveChildren422() throws Exception {
        stored.get(new UnitCode("LS-CL-DM")).deactivate(null, Clock.systemUTC());
        mvc.perform(post("/api/v1/units/LS-CL-DM/deactivation")).andExpect(problem(409));

        when(units.hasActiveChildren(new UnitCode("LS-CL"))).thenReturn(true);
        mvc.perform(post("/api/v1/units/LS-CL/deactivation")).andExpect(problem(422, "code"));
        assertNothingStored();
    }

    @Test
    void movesAUnitAndRefusesACycleOrAnUnknownParent() throws Exception {
        mvc.perform(json(post("/api/v1/units/LS-CL-DM/moves"), """
                        {"newParentCode":"LS"}""")).andExpect(status().isOk())
                .andExpect(jsonPath("$.parentCode").value("LS"));

        when(units.ancestorsOf(new UnitCode("LS-CL-NL"))).thenReturn(List.of(new UnitCode("LS-CL"), new UnitCode("LS")));
        mvc.perform(json(post("/api/v1/units/LS-CL/moves"), """
                        {"newParentCode":"LS-CL-NL"}""")).andExpect(problem(422, "newParentCode"));
        mvc.perform(json(post("/api/v1/units/LS-CL/moves"), """
                        {"newParentCode":"KHONG-CO"}""")).andExpect(problem(422, "newParentCode"));
        mvc.perform(json(post("/api/v1/units/LS-CL/moves"), "{}")).andExpect(problem(400, "newParentCode"));
    }

    @Test
    void historyIsPaged() throws Exception {
        mvc.perform(get("/api/v1/units/LS-CL-NL/history").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].change").value("REGISTERED"))
                .andExpect(jsonPath("$.totalItems").value(1));
        mvc.perform(get("/api/v1/units/NOPE/history")).andExpect(problem(404));
        mvc.perform(get("/api/v1/units/LS/history").param("size", "500")).andExpect(problem(400, "size"));
    }

    // mergers

    @Test
    void aMergerAnswersTheSuccessorAndTheSources() throws Exception {
        mvc.perform(json(post("/api/v1/units/mergers"), """
                        {"effectiveDate":"2025-07-01","sourceCodes":["LS-CL-NL","LS-CL-DM"],
                         "successor":{"code":"LS-NL","name":"UBND xã Nhân Lý","level":"COMMUNE","parentCode":"LS-CL",
                                      "staffCount":35,"contactEmails":["thidua@nhanly.gov.vn"]}}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("http://localhost/api/v1/units/mergers/")))
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.successor.code").value("LS-NL"))
                .andExpect(jsonPath("$.successor.predecessorCodes", contains("LS-CL-NL", "LS-CL-DM")))
                .andExpect(jsonPath("$.sources[*].status", contains("MERGED", "MERGED")))
                .andExpect(jsonPath("$.sources[0].successorCode").value("LS-NL"));

        mvc.perform(get("/api/v1/units/LS-CL-NL"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("MERGED"))
                .andExpect(jsonPath("$.successorCode").value("LS-NL"))
                .andExpect(jsonPath("$.statusEffectiveDate").value("2025-07-01"));
    }

    @Test
    void anIllegalMergerNamesEveryFieldAndStoresNothing() throws Exception {
        mvc.perform(json(post("/api/v1/units/mergers"), """
                        {"effectiveDate":"2025-07-01","sourceCodes":["LS-CL-NL","LS-CL-NL","KHONG-CO"],
                         "successor":{"code":"LS-CL","name":"Xã","level":"COMMUNE"}}"""))
                .andExpect(problem(422, "sourceCodes[1]", "sourceCodes[2]", "successor.code"));
        mvc.perform(json(post("/api/v1/units/mergers"), """
                        {"effectiveDate":"2025-07-01","sourceCodes":["LS-CL-NL"],
                         "successor":{"code":"LS-CL-NL","name":"Xã","level":"COMMUNE"}}"""))
                .andExpect(problem(422, "successor.code"))
                .andExpect(jsonPath("$.errors[0].message", containsString("into itself")));
        mvc.perform(json(post("/api/v1/units/mergers"), """
                        {"sourceCodes":["a b"],"successor":{"code":"X","level":"HAMLET"}}"""))
                .andExpect(problem(400));
        mvc.perform(json(post("/api/v1/units/mergers"), """
                        {"effectiveDate":"2025-07-01","sourceCodes":[],
                         "successor":{"code":"LS-NEW","name":"Xã","level":"COMMUNE"}}"""))
                .andExpect(problem(422, "sourceCodes"));
        assertNothingStored();
    }

    @Test
    void anUnknownMergerIs404() throws Exception {
        mvc.perform(get("/api/v1/units/mergers/khong-co")).andExpect(problem(404));
    }

    // CSV

    @Test
    void anImportReportsItsCountsAndADryRunWritesNothing() throws Exception {
        mvc.perform(post("/api/v1/units/imports").param("root", "LS-CL").param("dryRun", "true")
                        .contentType("text/csv").content("code,name,level,parentCode\nLS-CL-QL,UBND xã Quang Lang,COMMUNE,LS-CL\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.rows").value(1))
                .andExpect(jsonPath("$.imported").value(0));
        assertNothingStored();

        mvc.perform(post("/api/v1/units/imports").param("root", "LS-CL")
                        .contentType("text/csv").content("code,name,level,parentCode\nLS-CL-QL,UBND xã Quang Lang,COMMUNE,LS-CL\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1));
        verify(units).insertAll(any());
    }

    @Test
    void badRowsAre422NamingTheirLines() throws Exception {
        mvc.perform(post("/api/v1/units/imports").param("root", "LS-CL").contentType("text/csv")
                        .content("code,name,level,parentCode\nLS-CL-QL,Xã,COMMUNE,LS-CL\nLS-CL-X,Xã,THON,LS-CL\n"
                                + "LS-CL-Y,Xã,COMMUNE,KHONG-CO\n"))
                .andExpect(problem(422, "line 3: level", "line 4: parentCode"));
        assertNothingStored();
    }

    @Test
    void brokenUtf8Is400NamingTheLine() throws Exception {
        byte[] latin1 = "code,name,level\nLS-CL-QL,Xã,COMMUNE\n".getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(post("/api/v1/units/imports").contentType("text/csv").content(latin1))
                .andExpect(problem(400, "line 2"));
        mvc.perform(post("/api/v1/units/imports").param("dryRun", "có lẽ").contentType("text/csv").content("x"))
                .andExpect(problem(400, "dryRun"));
        mvc.perform(post("/api/v1/units/imports").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(problem(415));
        assertNothingStored();
    }

    @Test
    void anExportIsCsvWithTheHeaderAndOneRowPerUnit() throws Exception {
        doAnswer(call -> {
            call.<Consumer<List<Unit>>>getArgument(2).accept(List.of(stored.get(new UnitCode("LS-CL")),
                    stored.get(new UnitCode("LS-CL-NL"))));
            return null;
        }).when(units).forEachActiveInSubtree(any(), anyInt(), any());

        mvc.perform(get("/api/v1/units/exports").param("root", "LS-CL"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", containsString("units-LS-CL.csv")))
                .andExpect(content().string(startsWith(String.join(",", UnitCsv.COLUMNS) + "\n"
                        + "LS-CL,Đơn vị LS-CL,COMMUNE,LS,10,thidua@ls-cl.gov.vn,,,,,,,,\n")));
        mvc.perform(get("/api/v1/units/exports").param("root", "KHONG-CO")).andExpect(problem(404));
    }
}
