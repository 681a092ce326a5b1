package vn.tdkt.nomination.exemplar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.events.nomination.RecipientKind;
import vn.tdkt.nomination.sheet.SheetFormat;
import vn.tdkt.nomination.sheet.Sheets;
import vn.tdkt.support.audit.Audit;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.security.Action;
import vn.tdkt.support.security.Actor;
import vn.tdkt.support.security.Authorizer;

@RestController
@RequestMapping("/api/v1/exemplars")
@Tag(name = "Gương điển hình tiên tiến – Exemplar register", description = "Monthly registrations, the register "
        + "book and the offices that have not registered")
class ExemplarController {

    /** An export holds the whole range at once, up to this many lines. */
    static final int MAX_EXPORT_LINES = 50_000;

    private final ExemplarService exemplars;
    private final Authorizer authorizer;

    ExemplarController(ExemplarService exemplars, Authorizer authorizer) {
        this.exemplars = exemplars;
        this.authorizer = authorizer;
    }

    /** The office's registration of a month: the first one creates it (201), a later one revises it (200). */
    @PostMapping("/registrations")
    @Operation(summary = "Đăng ký gương điển hình – register (or revise) an office's exemplars of a month")
    ResponseEntity<RegistrationResponse> register(@RequestBody RegisterRequest request) {
        Audit.command("exemplars.register", "registration:" + request.unitCode() + ":" + request.month());
        if (request.unitCode() == null || request.unitCode().isBlank()) {
            throw new InvalidInputException("unitCode", "is required");
        }
        YearMonth month = ExemplarService.month(request.month(), "month");
        List<ExemplarEntry> entries = ExemplarService.parseEntries(request.entries() == null ? null
                : request.entries().stream().map(e -> e == null ? null : e.raw()).toList());
        Actor actor = authorizer.require(Action.REGISTER_EXEMPLARS, request.unitCode().strip());
        ExemplarService.Registered registered = exemplars.register(request.unitCode().strip(), month, entries,
                actor.username());
        Registration registration = registered.registration();
        Audit.versions(registered.versionBefore(), registration.version());
        return ResponseEntity.status(registered.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(RegistrationResponse.of(registration));
    }

    /**
     * The register book of {@code unit}'s subtree from {@code from} to {@code to} (default: this month), as JSON
     * pages, or whole as CSV or Excel ({@code ?format=csv|xlsx}, or an Accept of either type).
     */
    @GetMapping("/book")
    @Operation(summary = "Sổ đăng ký theo dõi – the register book by month and unit (JSON pages, or CSV/Excel)")
    ResponseEntity<?> book(@RequestParam String unit, @RequestParam(required = false) String from,
                           @RequestParam(required = false) String to, @RequestParam(required = false) String format,
                           @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                           @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        SheetFormat export = SheetFormat.choose(format, accept, null);
        PageQuery query = PageQuery.of(page, size);
        YearMonth current = YearMonth.from(exemplars.today());
        YearMonth start = from == null ? current : ExemplarService.month(from, "from");
        YearMonth end = to == null ? (from == null ? current : start) : ExemplarService.month(to, "to");
        authorizer.require(Action.READ_NOMINATIONS, unit);
        Audit.personalDataRead("exemplars.book", "unit:" + unit + "/" + start + ".." + end);
        if (export != null) {
            PageResponse<BookLine> all = exemplars.book(unit, start, end, PageQuery.of(0, 1));
            if (all.totalItems() > MAX_EXPORT_LINES) {
                throw new InvalidInputException("to", "the range holds " + all.totalItems() + " lines; an export "
                        + "holds at most " + MAX_EXPORT_LINES + ": export a shorter range");
            }
            List<BookLine> lines = new java.util.ArrayList<>();
            for (int p = 0; p * 200L < all.totalItems(); p++) {
                lines.addAll(exemplars.book(unit, start, end, PageQuery.of(p, 200)).items());
            }
            return Sheets.download(RegisterBook.of(lines), export, "so-dang-ky-" + unit + "-" + start + "-" + end);
        }
        return ResponseEntity.ok(exemplars.book(unit, start, end, query));
    }

    /** Offices under {@code unit} (active, of the registering levels) with no registration of {@code month}. */
    @GetMapping("/missing")
    @Operation(summary = "Đơn vị chưa đăng ký – offices that have not registered a month (default: last month)")
    PageResponse<MissingResponse> missing(@RequestParam String unit, @RequestParam(required = false) String month,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size) {
        PageQuery query = PageQuery.of(page, size);
        YearMonth asked = month == null ? YearMonth.from(exemplars.today()).minusMonths(1)
                : ExemplarService.month(month, "month");
        authorizer.require(Action.READ_NOMINATIONS, unit);
        PageResponse<ExemplarService.Missing> found = exemplars.missing(unit, asked, query);
        return PageResponse.of(query, found.items().stream().map(MissingResponse::of).toList(), found.totalItems());
    }

    record EntryRequest(RecipientKind recipientKind, String name, String position, String unitName,
                        String achievement, String field) {

        ExemplarEntry.Raw raw() {
            return new ExemplarEntry.Raw(recipientKind == null ? null : recipientKind.name(), name, position, unitName,
                    achievement, field);
        }
    }

    record RegisterRequest(String unitCode, String month, List<EntryRequest> entries) {
    }

    record RegistrationResponse(String id, String unitCode, String unitName, String month, LocalDate deadline,
                                List<EntryRequest> entries, String registeredBy, Instant registeredAt,
                                String revisedBy, Instant revisedAt, long version) {

        static RegistrationResponse of(Registration r) {
            return new RegistrationResponse(r.id().value(), r.id().unitCode(), r.unitName(), r.id().month().toString(),
                    r.deadline(), r.entries().stream().map(e -> new EntryRequest(e.recipientKind(), e.name(),
                    e.position(), e.unitName(), e.achievement(), e.field())).toList(), r.registeredBy(),
                    r.registeredAt(), r.revisedBy(), r.revisedAt(), r.version() == null ? 0 : r.version());
        }
    }

    record MissingResponse(String unitCode, String unitName, String level, String parentUnitCode, String month,
                           LocalDate deadline, boolean deadlinePassed) {

        static MissingResponse of(ExemplarService.Missing m) {
            return new MissingResponse(m.office().code(), m.office().name(), m.office().level(),
                    m.office().parentCode(), m.month().toString(), m.deadline(), m.deadlinePassed());
        }
    }
}
