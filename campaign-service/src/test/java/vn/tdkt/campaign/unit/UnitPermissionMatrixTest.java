package vn.tdkt.campaign.unit;

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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.testing.DemoUser;
import vn.tdkt.support.testing.PermissionMatrix;
import vn.tdkt.support.testing.PermissionMatrixTest;

/**
 * Who may do what to units: every demo user × every unit endpoint, on the demo tree
 * (LS ─┬─ LS-CL ─┬─ LS-CL-NL, LS-CL-DM; LS ── LS-HL), read from the registry as in production.
 * A refusal is a 403 problem and stores nothing; any bad token is a 401.
 */
@WebMvcTest({UnitController.class, UnitCsvController.class})
@Import({UnitService.class, RegistryUnitTree.class, UnitImport.class, UnitExport.class})
class UnitPermissionMatrixTest extends PermissionMatrixTest<UnitPermissionMatrixTest.Request> {

    @MockitoBean
    UnitRepository units;
    @MockitoBean
    OutboxRelay relay;
    @MockitoBean
    UnitMergerRepository mergers;
    @MockitoBean
    Clock clock;

    enum Request {
        REGISTER_UNDER_CHI_LANG, REGISTER_UNDER_HUU_LUNG, REGISTER_TOP_LEVEL, UPDATE_DONG_MO, UPDATE_HUU_LUNG,
        LIST, GET_ONE, DEACTIVATE_DONG_MO, MOVE_DONG_MO_TO_HUU_LUNG, MERGE_CHI_LANG_COMMUNES, HISTORY,
        IMPORT_UNDER_CHI_LANG, IMPORT_TOP_LEVEL, EXPORT_CHI_LANG
    }

    /*
     * Deactivating and moving a unit, and merging units, are decided above them: by whoever manages the parent
     * (a move: both the old and the new parent; a merger: every source's parent and the successor's). An
     * import is under its root; an export shows contacts, so it needs personal-data reading on its root.
     */
    static final PermissionMatrix<Request> MATRIX = PermissionMatrix.of(Request.class)
            //                                under LS-CL  under LS-HL  top level  PUT LS-CL-DM  PUT LS-HL  list  one
            //                                deactivate LS-CL-DM  move LS-CL-DM→LS-HL  merge LS-CL-NL+DM  history
            //                                import under LS-CL  import top level  export LS-CL
            .row(DemoUser.ADMIN,              201, 201, 201, 200, 200, 200, 200,
                                              200, 200, 201, 200, 200, 200, 200)
            .row(DemoUser.OFFICER_PROVINCE,   201, 201, 403, 200, 200, 200, 200,
                                              200, 200, 201, 200, 200, 403, 200)
            .row(DemoUser.OFFICER_CHI_LANG,   201, 403, 403, 200, 403, 200, 200,
                                              200, 403, 201, 200, 200, 403, 200)
            .row(DemoUser.OFFICER_HUU_LUNG,   403, 201, 403, 403, 200, 200, 200,
                                              403, 403, 403, 200, 403, 403, 403)
            .row(DemoUser.OFFICER_NHAN_LY,    403, 403, 403, 403, 403, 200, 200,
                                              403, 403, 403, 200, 403, 403, 403)
            .row(DemoUser.COUNCIL_SECRETARY,  403, 403, 403, 403, 403, 200, 200,
                                              403, 403, 403, 200, 403, 403, 403)
            .row(DemoUser.COUNCIL_MEMBER,     403, 403, 403, 403, 403, 200, 200,
                                              403, 403, 403, 200, 403, 403, 403)
            .row(DemoUser.LEADER_CHI_LANG,    403, 403, 403, 403, 403, 200, 200,
                                              403, 403, 403, 200, 403, 403, 200)
            .row(DemoUser.CONGRESS_ORGANISER, 403, 403, 403, 403, 403, 200, 200,
                                              403, 403, 403, 200, 403, 403, 403)
            .row(DemoUser.OPERATOR,           403, 403, 403, 403, 403, 200, 200,
                                              403, 403, 403, 200, 403, 403, 403);

    @BeforeEach
    void demoTree() {
        when(clock.instant()).thenReturn(java.time.Instant.parse("2026-12-01T00:00:00Z"));
        when(clock.getZone()).thenReturn(java.time.ZoneOffset.UTC);
        for (String code : List.of("LS", "LS-CL", "LS-HL", "LS-STC", "LS-CL-NL", "LS-CL-DM")) {
            String parent = DemoUnitTree.PARENTS.get(code);
            Unit unit = Unit.register(new UnitCode(code), "Đơn vị " + code, UnitLevel.DISTRICT,
                    parent == null ? null : new UnitCode(parent), 10, List.of("thidua@" + code.toLowerCase() + ".gov.vn"),
                    clock).unit();
            unit.stored(2);
            when(units.find(new UnitCode(code))).thenReturn(Optional.of(unit));
            when(units.parentOf(code)).thenReturn(Optional.ofNullable(parent));
        }
        Map<UnitCode, Unit> demo = new HashMap<>();
        for (String code : List.of("LS", "LS-CL", "LS-HL", "LS-STC", "LS-CL-NL", "LS-CL-DM")) {
            demo.put(new UnitCode(code), units.find(new UnitCode(code)).orElseThrow());
        }
        when(units.findAll(anyCollection())).thenAnswer(call -> {
            Map<UnitCode, Unit> found = new HashMap<>();
            call.<Collection<UnitCode>>getArgument(0).stream().filter(demo::containsKey)
                    .forEach(code -> found.put(code, demo.get(code)));
            return found;
        });
        when(units.statuses(anyCollection())).thenAnswer(call -> {
            Map<String, UnitStatus> found = new HashMap<>();
            call.<Collection<String>>getArgument(0).stream().filter(code -> demo.containsKey(new UnitCode(code)))
                    .forEach(code -> found.put(code, UnitStatus.ACTIVE));
            return found;
        });
        when(units.findAll(any(), any())).thenAnswer(call -> vn.tdkt.support.paging.PageResponse.of(
                call.getArgument(1), List.of(), 0));
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

    @Override
    protected void assertNothingChanged() {
        verify(units, never()).insert(any(), any());
        verify(units, never()).update(any(), any());
        verify(units, never()).insertAll(any());
        verify(mergers, never()).insert(any());
    }

    @Override
    protected MockHttpServletRequestBuilder build(Request request) {
        return switch (request) {
            case REGISTER_UNDER_CHI_LANG -> json(post("/api/v1/units"), """
                    {"code":"LS-CL-QL","name":"UBND xã Quang Lang","level":"COMMUNE","parentCode":"LS-CL"}""");
            case REGISTER_UNDER_HUU_LUNG -> json(post("/api/v1/units"), """
                    {"code":"LS-HL-DT","name":"UBND xã Đồng Tân","level":"COMMUNE","parentCode":"LS-HL"}""");
            case REGISTER_TOP_LEVEL -> json(post("/api/v1/units"), """
                    {"code":"CB","name":"UBND tỉnh Cao Bằng","level":"PROVINCE"}""");
            case UPDATE_DONG_MO -> json(put("/api/v1/units/LS-CL-DM"), """
                    {"name":"UBND thị trấn Đồng Mỏ","staffCount":12,"contactEmails":["vp@dongmo.gov.vn"]}""");
            case UPDATE_HUU_LUNG -> json(put("/api/v1/units/LS-HL"), """
                    {"name":"UBND huyện Hữu Lũng","staffCount":40,"contactEmails":["vp@huulung.gov.vn"]}""");
            case LIST -> get("/api/v1/units");
            case GET_ONE -> get("/api/v1/units/LS-HL");
            case DEACTIVATE_DONG_MO -> json(post("/api/v1/units/LS-CL-DM/deactivation"), """
                    {"effectiveDate":"2025-07-01"}""");
            case MOVE_DONG_MO_TO_HUU_LUNG -> json(post("/api/v1/units/LS-CL-DM/moves"), """
                    {"newParentCode":"LS-HL","effectiveDate":"2025-07-01"}""");
            case MERGE_CHI_LANG_COMMUNES -> json(post("/api/v1/units/mergers"), """
                    {"effectiveDate":"2025-07-01","sourceCodes":["LS-CL-NL","LS-CL-DM"],
                     "successor":{"code":"LS-CL-NEW","name":"UBND xã Nhân Lý","level":"COMMUNE","parentCode":"LS-CL"}}""");
            case HISTORY -> get("/api/v1/units/LS-HL/history");
            case IMPORT_UNDER_CHI_LANG -> post("/api/v1/units/imports").param("root", "LS-CL").param("dryRun", "true")
                    .contentType("text/csv").content("code,name,level,parentCode\nLS-CL-QL,UBND xã Quang Lang,COMMUNE,LS-CL\n");
            case IMPORT_TOP_LEVEL -> post("/api/v1/units/imports").param("dryRun", "true")
                    .contentType("text/csv").content("code,name,level\nCB,UBND tỉnh Cao Bằng,PROVINCE\n");
            case EXPORT_CHI_LANG -> get("/api/v1/units/exports").param("root", "LS-CL");
        };
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
