package vn.tdkt.nomination.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.tdkt.support.audit.Audit;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.NotFoundException;
import vn.tdkt.support.security.Action;
import vn.tdkt.support.security.Actor;
import vn.tdkt.support.security.Authorizer;

/**
 * A unit's dossiers from a CSV file (columns in {@link NominationCsv}), all or none, run in the background: the
 * request answers 202 with the job once the file is stored and its header checked; the job shows the progress.
 */
@RestController
@RequestMapping("/api/v1/nominations/imports")
@Tag(name = "Hồ sơ đề nghị khen thưởng – Nominations")
class NominationImportController {

    static final String TEXT_CSV = "text/csv";

    private final NominationImport imports;
    private final NominationService nominations;
    private final Authorizer authorizer;

    NominationImportController(NominationImport imports, NominationService nominations, Authorizer authorizer) {
        this.imports = imports;
        this.nominations = nominations;
        this.authorizer = authorizer;
    }

    /**
     * Every row becomes a DRAFT dossier of {@code nominatingUnit} (default: the caller's unit) addressed to
     * {@code addressedTo} (default: the nominating unit), or none does when any row is bad.
     */
    @PostMapping(consumes = TEXT_CSV)
    @Operation(summary = "Nhập hồ sơ từ CSV – import a unit's dossiers as drafts, all or none, in the background "
            + "(202 with the job; dryRun=true only validates)")
    ResponseEntity<ImportJobResponse> importCsv(@RequestParam(required = false) String nominatingUnit,
                                                @RequestParam(required = false) String addressedTo,
                                                @RequestParam(defaultValue = "false") boolean dryRun,
                                                HttpServletRequest request) throws IOException {
        String action = dryRun ? "nomination.import.dry-run" : "nomination.import";
        Actor caller = authorizer.actor();
        String unit = nominatingUnit != null ? nominatingUnit : caller.unitCode();
        Audit.command(action, "unit:" + (unit == null ? "*" : unit));
        if (unit == null) {
            throw new InvalidInputException("nominatingUnit", "must be given: the token names no unit");
        }
        code("nominatingUnit", unit);
        code("addressedTo", addressedTo);
        Actor actor = authorizer.require(Action.NOMINATE, unit);
        NominationImport.Request wanted = new NominationImport.Request(unit, addressedTo == null ? unit : addressedTo,
                dryRun, actor.username());
        imports.checkUnits(wanted);
        ImportJobDocument job = imports.start(request.getInputStream(), wanted);
        Audit.command(action, "nomination-import:" + job.id());
        return ResponseEntity.accepted().location(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(job.id()).toUri()).body(ImportJobResponse.of(job));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Tiến độ nhập – an import's status, counters and first errors (any instance answers)")
    ImportJobResponse job(@PathVariable String id) {
        ImportJobDocument job = imports.find(id).orElseThrow(() -> new NotFoundException("No nomination import " + id));
        authorizer.require(Action.READ_NOMINATIONS, job.unitCode());
        return ImportJobResponse.of(job);
    }

    @GetMapping
    @Operation(summary = "Các lần nhập – the imports of the caller's unit subtree, newest first")
    PageResponse<ImportJobResponse> list(@RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        PageQuery query = PageQuery.of(page, size);
        Actor actor = authorizer.actor();
        authorizer.require(Action.READ_NOMINATIONS, actor.unitCode());
        Set<String> readable = actor.unitCode() == null ? null : nominations.subtree(actor.unitCode());
        return imports.page(readable, query).map(ImportJobResponse::of);
    }

    private static void code(String field, String value) {
        if (value != null && !value.matches(Dossier.CODE)) {
            throw new InvalidInputException(field, NominationController.CODE_MESSAGE);
        }
    }

    /**
     * The job as answered. {@code rowsSkipped}: rows an earlier import of the same file already wrote;
     * {@code errors}: the first {@value NominationImport#MAX_REPORTED_ERRORS}, {@code errorCount} all of them.
     */
    record ImportJobResponse(String id, ImportJobStatus status, boolean dryRun, String unitCode, String addressedTo,
                             String importedBy, String fileSha256, long rowsRead, long rowsWritten, long rowsSkipped,
                             long errorCount, List<FieldError> errors, Instant createdAt, Instant finishedAt) {

        static ImportJobResponse of(ImportJobDocument job) {
            return new ImportJobResponse(job.id(), job.status(), job.dryRun(), job.unitCode(), job.addressedTo(),
                    job.importer(), job.fileSha256(), job.rowsRead(), job.rowsWritten(), job.rowsSkipped(),
                    job.errorCount(), job.errors(), job.createdAt(), job.finishedAt());
        }
    }
}
