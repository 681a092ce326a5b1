package vn.tdkt.delegate.delegation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.delegate.congress.CongressFacts;
import vn.tdkt.support.audit.Audit;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.security.Action;
import vn.tdkt.support.security.Authorizer;
import vn.tdkt.support.unitdirectory.DirectoryUnit;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/**
 * The upper congress's roster and its seat allocation, for its organising committee ({@code ORGANISE_CONGRESSES} on
 * the congress's organiser). The roster names people: every read and export of it is audited.
 */
@RestController
@RequestMapping("/api/v1/congresses/{congressId}")
@Tag(name = "Danh sách đại biểu triệu tập – Roster", description = "The delegates of the approved lists, and exports")
class RosterController {

    static final List<String> ROSTER_HEADERS = List.of("STT", "Mã đơn vị", "Đơn vị", "Họ và tên", "Năm sinh",
            "Giới tính", "Dân tộc", "Chức vụ, nơi công tác", "Thành phần đại biểu", "Trực tiếp sản xuất, công tác",
            "Nhà khoa học", "Thành phần kinh tế", "Nguồn");
    static final List<String> ALLOCATION_HEADERS = List.of("STT", "Mã đơn vị", "Đơn vị", "Số đại biểu được phân bổ",
            "Đã đề xuất", "Đã thông qua", "Còn thiếu", "Phương pháp phân bổ", "Lần phân bổ");

    private final Roster roster;
    private final Authorizer authorizer;
    private final UnitDirectory units;

    RosterController(Roster roster, Authorizer authorizer, UnitDirectory units) {
        this.roster = roster;
        this.authorizer = authorizer;
        this.units = units;
    }

    @GetMapping("/roster")
    @Operation(summary = "Danh sách đại biểu triệu tập – the delegates of the approved lists, paged, unit by unit")
    PageResponse<RosterEntry> page(@PathVariable String congressId, @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size) {
        Audit.personalDataRead("roster.read", "congress:" + congressId);
        requireOrganiser(congressId);
        PageQuery query = PageQuery.of(page, size);
        return roster.page(congressId, query).map(RosterEntry::of);
    }

    @GetMapping("/roster/summary")
    @Operation(summary = "Tổng hợp – per unit seats, proposed, approved, missing; totals; composition against policy")
    Roster.Summary summary(@PathVariable String congressId) {
        authorizer.require(Action.ORGANISE_CONGRESSES, roster.congress(congressId).organiserUnitCode());
        return roster.summary(congressId);
    }

    /** The whole roster as CSV (UTF-8 with a byte-order mark) or Excel; formula-like cells are written as text. */
    @GetMapping("/roster/export")
    @Operation(summary = "Xuất danh sách đại biểu – the roster as CSV or Excel (?format=csv|xlsx or Accept)")
    ResponseEntity<byte[]> exportRoster(@PathVariable String congressId,
                                        @RequestParam(required = false) String format,
                                        @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Audit.personalDataRead("roster.export", "congress:" + congressId);
        requireOrganiser(congressId);
        SheetFormat chosen = SheetFormat.choose(format, accept, SheetFormat.CSV);
        List<Roster.Entry> entries = roster.entries(congressId);
        Map<String, String> names = names(entries.stream().map(Roster.Entry::unitCode).toList());
        List<List<String>> rows = new ArrayList<>();
        for (Roster.Entry entry : entries) {
            Delegate d = entry.delegate();
            rows.add(Arrays.asList(String.valueOf(rows.size() + 1), entry.unitCode(), names.get(entry.unitCode()),
                    d.fullName(), String.valueOf(d.birthYear()), d.gender().label(), d.ethnicity(), d.position(),
                    d.category().label(), d.directProducerOrWorker() ? "x" : "", d.scientist() ? "x" : "",
                    d.sector() == null ? "" : d.sector().label(),
                    d.exemplaryPersonId() == null ? "Nhập trực tiếp" : "Điển hình tiên tiến đã ghi nhận"));
        }
        return Sheets.download(new Sheet("Danh sách đại biểu", ROSTER_HEADERS, rows), chosen,
                "danh-sach-dai-bieu");
    }

    /** The allocation of the congress's seats with each unit's progress, as CSV or Excel; it names nobody. */
    @GetMapping("/allocation/export")
    @Operation(summary = "Xuất phân bổ đại biểu – seats per unit with proposed, approved, missing, as CSV or Excel")
    ResponseEntity<byte[]> exportAllocation(@PathVariable String congressId,
                                            @RequestParam(required = false) String format,
                                            @RequestHeader(value = HttpHeaders.ACCEPT, required = false)
                                            String accept) {
        CongressFacts congress = roster.congress(congressId);
        authorizer.require(Action.ORGANISE_CONGRESSES, congress.organiserUnitCode());
        SheetFormat chosen = SheetFormat.choose(format, accept, SheetFormat.CSV);
        Roster.Summary summary = roster.summary(congressId);
        Map<String, String> names = names(summary.units().stream().map(Roster.UnitLine::unitCode).toList());
        String method = congress.allocation() == null ? "" : congress.allocation().method();
        String version = congress.allocation() == null ? "" : String.valueOf(congress.allocation().version());
        List<List<String>> rows = new ArrayList<>();
        for (Roster.UnitLine line : summary.units()) {
            rows.add(Arrays.asList(String.valueOf(rows.size() + 1), line.unitCode(), names.get(line.unitCode()),
                    String.valueOf(line.seats()), String.valueOf(line.proposed()), String.valueOf(line.approved()),
                    String.valueOf(line.missing()), method, version));
        }
        Roster.Totals totals = summary.totals();
        rows.add(Arrays.asList("", "", "Tổng cộng", String.valueOf(totals.seats()), String.valueOf(totals.proposed()),
                String.valueOf(totals.approved()), String.valueOf(totals.missing()), method, version));
        return Sheets.download(new Sheet("Phân bổ đại biểu", ALLOCATION_HEADERS, rows), chosen,
                "phan-bo-dai-bieu");
    }

    private void requireOrganiser(String congressId) {
        authorizer.require(Action.ORGANISE_CONGRESSES, roster.congress(congressId).organiserUnitCode());
    }

    /** Unit names from this service's unit projection; a unit it does not know yet has none. */
    private Map<String, String> names(List<String> codes) {
        return units.findAll(codes.stream().distinct().toList()).values().stream()
                .collect(Collectors.toMap(DirectoryUnit::code, DirectoryUnit::name, (a, b) -> a));
    }

    record RosterEntry(String unitCode, String delegateId, String fullName, int birthYear, Gender gender,
                       String ethnicity, String position, Category category, List<String> attributes,
                       EconomicSector sector, String source, String exemplaryPersonId) {

        static RosterEntry of(Roster.Entry entry) {
            Delegate d = entry.delegate();
            return new RosterEntry(entry.unitCode(), d.id(), d.fullName(), d.birthYear(), d.gender(), d.ethnicity(),
                    d.position(), d.category(), d.attributes().stream().map(Enum::name).toList(), d.sector(),
                    d.source(), d.exemplaryPersonId());
        }
    }
}
