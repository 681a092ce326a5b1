package vn.tdkt.nomination.dossier;

import java.util.ArrayList;
import vn.tdkt.nomination.sheet.Sheets;
import vn.tdkt.nomination.sheet.SheetFormat;
import vn.tdkt.nomination.sheet.Sheet;
import vn.tdkt.support.text.SearchTerms;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.tdkt.nomination.award.AwardBasis;
import vn.tdkt.nomination.award.AwardCatalogue;
import vn.tdkt.support.audit.Audit;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.NotFoundException;
import vn.tdkt.support.security.Action;
import vn.tdkt.support.security.Actor;
import vn.tdkt.support.security.Authorizer;
import vn.tdkt.support.web.ETags;

@RestController
@RequestMapping("/api/v1/nominations")
@Tag(name = "Hồ sơ đề nghị khen thưởng – Nominations", description = "Dossiers from draft to decision or forward")
class NominationController {

    static final String CODE_MESSAGE = "must be a unit code: 1–64 letters, digits, '-', '_' or '.'";
    static final int MAX_QUERY = 200;
    /** An office's whole list for a year is a few thousand dossiers; beyond this, narrow the filter. */
    static final int MAX_EXPORT = 50_000;
    private static final int EXPORT_PAGE = 200;
    private static final List<String> EXPORT_HEADERS = List.of("STT", "Mã hồ sơ", "Đối tượng", "Họ tên / Tên tập thể",
            "Chức vụ", "Đơn vị", "Hình thức khen thưởng", "Năm thành tích", "Trạng thái", "Đơn vị đề nghị",
            "Cấp xét", "Phong trào");

    private final NominationService nominations;
    private final Authorizer authorizer;

    NominationController(NominationService nominations, Authorizer authorizer) {
        this.nominations = nominations;
        this.authorizer = authorizer;
    }

    /**
     * A draft; or, with {@code "submit": true}, a finished dossier filed and submitted at once (one write with its
     * {@code nomination-submitted} event, one audit line), as a unit sending a complete dossier would.
     */
    @PostMapping
    @Operation(summary = "Lập hồ sơ – draft a dossier for a unit in one's subtree (evidence prefilled from the record);"
            + " \"submit\": true files and submits it at once")
    ResponseEntity<NominationResponse> create(@Valid @RequestBody NominationRequest request) {
        String action = request.submitNow() ? "nomination.create-submit" : "nomination.create";
        Audit.command(action, "unit:" + request.nominatingUnitCode());
        Actor actor = authorizer.require(Action.NOMINATE, request.nominatingUnitCode());
        Nomination n = nominations.create(request.draft(), request.submitNow(), actor.username());
        Audit.command(action, "nomination:" + n.id());
        Audit.versions(null, n.version());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(n.id().value()).toUri()).eTag(etag(n)).body(NominationResponse.of(n));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một hồ sơ – one dossier, read by either unit's subtree")
    ResponseEntity<NominationResponse> get(@PathVariable String id) {
        Nomination n = readable(id);
        Audit.personalDataRead("nomination.read", "nomination:" + n.id());
        return ResponseEntity.ok().eTag(etag(n)).body(NominationResponse.of(n));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Quá trình – every step, those below this level included, oldest first")
    PageResponse<Nomination.Step> history(@PathVariable String id, @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size) {
        PageQuery query = PageQuery.of(page, size);
        Nomination n = readable(id);
        Audit.personalDataRead("nomination.history", "nomination:" + n.id());
        List<Nomination.Step> steps = n.history();
        return PageResponse.of(query, steps.stream().skip(query.offset()).limit(query.size()).toList(), steps.size());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Sửa hồ sơ – replace what a draft or returned dossier says (If-Match required)")
    ResponseEntity<NominationResponse> edit(@PathVariable String id,
                                            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                            @Valid @RequestBody NominationRequest request) {
        Audit.command("nomination.edit", "nomination:" + id);
        if (request.submit() != null) {
            throw new InvalidInputException("submit", "only a new dossier may be submitted with its body; submit an "
                    + "edited one with POST /api/v1/nominations/{id}/submit");
        }
        Nomination current = existing(id);
        Actor actor = authorizer.require(Action.NOMINATE, current.nominatingUnitCode());
        Long expected = optionalVersion(ifMatch);
        if (expected == null) {
            throw new VersionRequiredException();
        }
        Nomination n = nominations.edit(current.id(), expected, request.draft(), actor.username());
        Audit.versions(current.version(), n.version());
        return ResponseEntity.ok().eTag(etag(n)).body(NominationResponse.of(n));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Trình hồ sơ – submit (or resubmit) to the addressed unit's council")
    ResponseEntity<NominationResponse> submit(@PathVariable String id,
                                              @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Audit.command("nomination.submit", "nomination:" + id);
        Nomination current = existing(id);
        Actor actor = authorizer.require(Action.NOMINATE, current.nominatingUnitCode());
        Long before = current.version(); // the service moves the object it was given
        Nomination n = nominations.submit(current, optionalVersion(ifMatch), actor.username());
        Audit.versions(before, n.version());
        return ResponseEntity.ok().eTag(etag(n)).body(NominationResponse.of(n));
    }

    /** Runs the eligibility explainer; UNKNOWN criteria pass only with a note in {@code notes}. */
    @PostMapping("/{id}/appraisal")
    @Operation(summary = "Thẩm định – appraise: completeness and eligibility, stored with the rule pack used")
    ResponseEntity<NominationResponse> appraise(@PathVariable String id,
                                                @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                @Valid @RequestBody(required = false) AppraisalRequest request) {
        Audit.command("nomination.appraise", "nomination:" + id);
        Nomination current = existing(id);
        Actor actor = authorizer.require(Action.APPRAISE_NOMINATIONS, current.addressedTo());
        AppraisalRequest body = request == null ? new AppraisalRequest(null, null) : request;
        body.check();
        Nomination n = nominations.appraise(current.id(), optionalVersion(ifMatch), body.notes(), body.decisionDate(),
                actor.username());
        Audit.versions(current.version(), n.version());
        return ResponseEntity.ok().eTag(etag(n)).body(NominationResponse.of(n));
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Trả hồ sơ – return for correction with reasons (default: those the appraisal proposed)")
    ResponseEntity<NominationResponse> giveBack(@PathVariable String id,
                                                @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                @RequestBody(required = false) ReturnRequest request) {
        Audit.command("nomination.return", "nomination:" + id);
        Nomination current = existing(id);
        Actor actor = authorizer.require(Action.APPRAISE_NOMINATIONS, current.addressedTo());
        Nomination n = nominations.giveBack(current.id(), optionalVersion(ifMatch),
                request == null ? null : request.reasons(), actor.username());
        Audit.versions(current.version(), n.version());
        return ResponseEntity.ok().eTag(etag(n)).body(NominationResponse.of(n));
    }

    @PostMapping("/{id}/forward")
    @Operation(summary = "Trình cấp trên – forward an approved dossier beyond the unit's authority to its parent")
    ResponseEntity<NominationResponse> forward(@PathVariable String id,
                                               @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Audit.command("nomination.forward", "nomination:" + id);
        Nomination current = existing(id);
        Actor actor = authorizer.require(Action.APPRAISE_NOMINATIONS, current.addressedTo());
        Nomination n = nominations.forward(current.id(), optionalVersion(ifMatch), actor.username());
        Audit.versions(current.version(), n.version());
        return ResponseEntity.ok().eTag(etag(n)).body(NominationResponse.of(n));
    }

    /**
     * Filters combine. {@code addressedTo} takes that unit's subtree, {@code nominatingUnit} that unit; without
     * either, what the caller's unit subtree nominated or handles (everything for an administrator).
     */
    @GetMapping
    @Operation(summary = "Danh sách hồ sơ – filter by addressed subtree, nominating unit, status, year, award, "
            + "campaign, text (with or without diacritics); by creation then id")
    PageResponse<NominationSummary> list(@RequestParam(required = false) String addressedTo,
                                         @RequestParam(required = false) String nominatingUnit,
                                         @RequestParam(required = false) Status status,
                                         @RequestParam(required = false) Integer year,
                                         @RequestParam(required = false) String award,
                                         @RequestParam(required = false) String campaignId,
                                         @RequestParam(required = false) String q,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        PageQuery query = PageQuery.of(page, size);
        NominationRepository.Filter filter = filter("nomination.list", addressedTo, nominatingUnit, status, year,
                award, campaignId, q);
        return nominations.search(filter, query).map(NominationSummary::of);
    }

    /**
     * The same list, whole (up to {@value #MAX_EXPORT} dossiers), as CSV (UTF-8 with a byte-order mark) or Excel,
     * for the office's own registers: cells that a spreadsheet would run as formulas are written as text.
     */
    @GetMapping("/export")
    @Operation(summary = "Xuất danh sách hồ sơ – the filtered list as CSV or Excel (?format=csv|xlsx or Accept)")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String addressedTo,
                                  @RequestParam(required = false) String nominatingUnit,
                                  @RequestParam(required = false) Status status,
                                  @RequestParam(required = false) Integer year,
                                  @RequestParam(required = false) String award,
                                  @RequestParam(required = false) String campaignId,
                                  @RequestParam(required = false) String q,
                                  @RequestParam(required = false) String format,
                                  @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        SheetFormat chosen = SheetFormat.choose(format, accept, SheetFormat.CSV);
        NominationRepository.Filter filter = filter("nomination.export", addressedTo, nominatingUnit, status, year,
                award, campaignId, q);
        List<List<String>> rows = new ArrayList<>();
        for (int page = 0; rows.size() < MAX_EXPORT; page++) {
            PageResponse<Nomination> batch = nominations.search(filter, PageQuery.of(page, EXPORT_PAGE));
            batch.items().stream().limit(MAX_EXPORT - rows.size()).forEach(n -> rows.add(exportRow(rows.size() + 1, n)));
            if (batch.items().size() < EXPORT_PAGE) {
                break;
            }
        }
        return Sheets.download(new Sheet("Danh sách hồ sơ đề nghị khen thưởng", EXPORT_HEADERS, rows), chosen,
                "ho-so-de-nghi-khen-thuong");
    }

    private static List<String> exportRow(int number, Nomination n) {
        Dossier d = n.dossier();
        return java.util.Arrays.asList(String.valueOf(number), n.id().value(), d.nominee().kind().name(),
                d.nominee().name(), d.nominee().position(), d.nominee().unitCode(), n.awardName(),
                String.valueOf(d.year()), n.status().name(), n.nominatingUnitCode(), n.addressedTo(),
                d.campaignId());
    }

    /** The list's filter from its parameters, checked, authorised and audited as a read of personal data. */
    private NominationRepository.Filter filter(String auditAction, String addressedTo, String nominatingUnit,
                                               Status status, Integer year, String award, String campaignId,
                                               String q) {
        code("addressedTo", addressedTo);
        code("nominatingUnit", nominatingUnit);
        code("campaignId", campaignId);
        if (year != null && (year < Dossier.FIRST_YEAR || year > Dossier.LAST_YEAR)) {
            throw new InvalidInputException("year", "must be between " + Dossier.FIRST_YEAR + " and " + Dossier.LAST_YEAR);
        }
        if (q != null && q.length() > MAX_QUERY) {
            throw new InvalidInputException("q", "must be at most " + MAX_QUERY + " characters");
        }
        String awardCode = null;
        if (award != null) {
            awardCode = AwardCatalogue.find(award).map(a -> a.code()).orElseThrow(() -> new InvalidInputException(
                    "award", "'" + award + "' is neither a code nor a name of the award catalogue"));
        }
        Set<String> readable = null;
        if (addressedTo != null || nominatingUnit != null) {
            if (addressedTo != null) {
                authorizer.require(Action.READ_NOMINATIONS, addressedTo);
            }
            if (nominatingUnit != null) {
                authorizer.require(Action.READ_NOMINATIONS, nominatingUnit);
            }
        } else {
            Actor actor = authorizer.actor();
            if (actor.unitCode() == null) {
                authorizer.require(Action.READ_NOMINATIONS, null);
            } else {
                authorizer.require(Action.READ_NOMINATIONS, actor.unitCode());
                readable = nominations.subtree(actor.unitCode());
            }
        }
        Audit.personalDataRead(auditAction, addressedTo != null ? "unit:" + addressedTo
                : nominatingUnit != null ? "unit:" + nominatingUnit : "nominations");
        return new NominationRepository.Filter(readable,
                addressedTo == null ? null : nominations.subtree(addressedTo),
                nominatingUnit == null ? null : Set.of(nominatingUnit), status, year, awardCode, campaignId,
                q == null ? List.of() : SearchTerms.of(List.of(q)));
    }

    @GetMapping("/guardrails")
    @Operation(summary = "Cảnh báo chỉ tiêu – per award, the figures of a unit's council for a year against the "
            + "rule pack's quota, with warnings")
    NominationService.Guardrail guardrails(@RequestParam String unit, @RequestParam Integer year,
                                           @RequestParam(required = false) LocalDate on,
                                           @RequestParam(required = false) String rulePack) {
        code("unit", unit);
        if (year < Dossier.FIRST_YEAR || year > Dossier.LAST_YEAR) {
            throw new InvalidInputException("year", "must be between " + Dossier.FIRST_YEAR + " and " + Dossier.LAST_YEAR);
        }
        authorizer.require(Action.READ_NOMINATIONS, unit);
        return nominations.guardrails(unit, year, on, rulePack);
    }

    // ------------------------------------------------------------------------------------------ helpers

    private Nomination existing(String id) {
        NominationId nominationId = NominationId.orNull(id);
        if (nominationId == null) {
            throw new NotFoundException("No nomination " + id);
        }
        return nominations.get(nominationId);
    }

    /** Readable by either unit's subtree: the nominating office and the addressed council. */
    private Nomination readable(String id) {
        Nomination n = existing(id);
        if (!authorizer.allows(Action.READ_NOMINATIONS, n.nominatingUnitCode())) {
            authorizer.require(Action.READ_NOMINATIONS, n.addressedTo());
        }
        return n;
    }

    private static void code(String field, String value) {
        if (value != null && !value.matches(Dossier.CODE)) {
            throw new InvalidInputException(field, CODE_MESSAGE);
        }
    }

    private static String etag(Nomination n) {
        return ETags.of(n.version());
    }

    private static Long optionalVersion(String ifMatch) {
        return ETags.ifMatchVersion(ifMatch, "the dossier's");
    }

    // ------------------------------------------------------------------------------------------ bodies

    record NominationRequest(@NotBlank @Pattern(regexp = Dossier.CODE, message = CODE_MESSAGE) String nominatingUnitCode,
                             @NotBlank @Pattern(regexp = Dossier.CODE, message = CODE_MESSAGE) String addressedTo,
                             Dossier.Nominee nominee, @NotBlank @Size(max = 200) String award, AwardBasis basis,
                             String campaignId, Integer year, String achievements, Dossier.Evidence evidence,
                             List<Dossier.Attachment> attachments, Boolean submit) {

        boolean submitNow() {
            return Boolean.TRUE.equals(submit);
        }

        NominationService.Draft draft() {
            return new NominationService.Draft(nominatingUnitCode, addressedTo, nominee, award, basis, campaignId,
                    year, achievements, evidence, attachments);
        }
    }

    /** {@code notes}: criterion code → why the appraiser holds it met although the explainer answered UNKNOWN. */
    record AppraisalRequest(Map<String, String> notes, LocalDate decisionDate) {

        void check() {
            if (notes != null) {
                if (notes.size() > 100) {
                    throw new InvalidInputException("notes", "at most 100 notes");
                }
                notes.forEach((code, note) -> {
                    if (note == null || note.isBlank() || note.length() > Nomination.MAX_REASON_LENGTH) {
                        throw new InvalidInputException("notes." + code, "must be 1–" + Nomination.MAX_REASON_LENGTH
                                + " characters");
                    }
                });
            }
        }
    }

    record ReturnRequest(List<String> reasons) {
    }

    record Award(String code, String name) {
    }

    record NominationResponse(String id, Status status, String nominatingUnitCode, String addressedTo,
                              String forwardedFrom, Dossier.Nominee nominee, Award award, AwardBasis basis,
                              String campaignId, int year, String achievements, Dossier.Evidence evidence,
                              List<Dossier.Attachment> attachments, Nomination.Appraisal appraisal,
                              List<String> returnReasons, Nomination.Vote vote, Nomination.Decision decision,
                              Nomination.Forward forward, long version, Instant createdAt, Instant updatedAt) {

        static NominationResponse of(Nomination n) {
            Dossier d = n.dossier();
            return new NominationResponse(n.id().value(), n.status(), n.nominatingUnitCode(), n.addressedTo(),
                    n.forwardedFrom() == null ? null : n.forwardedFrom().value(), d.nominee(),
                    new Award(d.awardCode(), n.awardName()), d.basis(), d.campaignId(), d.year(), d.achievements(),
                    d.evidence(), d.attachments(), n.appraisal(), n.returnReasons(), n.vote(), n.decision(),
                    n.forward(), n.version(), n.createdAt(), n.updatedAt());
        }
    }

    record NominationSummary(String id, Status status, String nominatingUnitCode, String addressedTo,
                             String nomineeId, String nomineeName, String nomineeUnitCode, String awardCode,
                             String awardName, int year, String campaignId, long version, Instant updatedAt) {

        static NominationSummary of(Nomination n) {
            Dossier d = n.dossier();
            return new NominationSummary(n.id().value(), n.status(), n.nominatingUnitCode(), n.addressedTo(),
                    d.nominee().nomineeId(), d.nominee().name(), d.nominee().unitCode(), d.awardCode(), n.awardName(),
                    d.year(), d.campaignId(), n.version(), n.updatedAt());
        }
    }
}
