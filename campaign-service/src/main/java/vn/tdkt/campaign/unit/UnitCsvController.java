package vn.tdkt.campaign.unit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.support.audit.Audit;
import vn.tdkt.support.security.Action;
import vn.tdkt.support.security.Authorizer;

/**
 * A province's units as CSV, in and out (columns in {@link UnitCsv}). An export round-trips through the
 * import into a registry that does not have those units yet.
 */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Đơn vị – Units")
class UnitCsvController {

    static final String TEXT_CSV = "text/csv";

    private final UnitImport imports;
    private final UnitExport exports;
    private final Authorizer authorizer;

    UnitCsvController(UnitImport imports, UnitExport exports, Authorizer authorizer) {
        this.imports = imports;
        this.exports = exports;
        this.authorizer = authorizer;
    }

    /**
     * Registers every row of the file under {@code root}, or none when any row is bad (every bad row named
     * by its line). Without {@code root}, rows may be top-level units: an administrator's import.
     */
    @PostMapping(path = "/imports", consumes = TEXT_CSV)
    @Operation(summary = "Nhập đơn vị từ CSV – import units (all or nothing; dryRun=true only validates)")
    UnitImport.Report importUnits(@RequestParam(required = false) String root,
                                  @RequestParam(defaultValue = "false") boolean dryRun,
                                  HttpServletRequest request) throws IOException {
        Audit.command(dryRun ? "unit.import.dry-run" : "unit.import", "unit:" + (root == null ? "*" : root));
        UnitCode rootCode = root == null ? null : UnitCode.parse("root", root);
        authorizer.require(Action.MANAGE_UNITS, root);
        return imports.run(request.getInputStream(), rootCode, dryRun);
    }

    /**
     * The active units of {@code root}'s subtree (root first, parents before children), streamed. Contacts
     * are personal data, so the export needs the right to read them for the whole subtree; without
     * {@code root}, every unit: an administrator's export.
     */
    @GetMapping(path = "/exports", produces = TEXT_CSV)
    @Operation(summary = "Xuất đơn vị ra CSV – export the active units under root, streamed")
    void exportUnits(@RequestParam(required = false) String root, HttpServletResponse response) throws IOException {
        UnitCode rootCode = root == null ? null : UnitCode.parse("root", root);
        authorizer.require(Action.READ_PERSONAL_DATA, root);
        Audit.personalDataRead("unit.export", "unit:" + (root == null ? "*" : root));
        exports.requireKnown(rootCode);
        response.setContentType(TEXT_CSV + ";charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"units-"
                + (root == null ? "all" : root) + ".csv\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (CSVPrinter printer = UnitCsv.WRITE.print(writer)) {
            exports.forEachRow(rootCode, row -> {
                try {
                    printer.printRecord(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
