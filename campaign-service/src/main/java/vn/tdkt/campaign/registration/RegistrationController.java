package vn.tdkt.campaign.registration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.campaign.campaign.CampaignFacts;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.events.registration.IndividualTarget;
import vn.tdkt.support.audit.Audit;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.NotFoundException;
import vn.tdkt.support.security.Action;
import vn.tdkt.support.security.Authorizer;

/**
 * Registrations (đăng ký thi đua) within a campaign. A unit's officer files its unit's registration;
 * the organiser follows who has and has not registered. Registrations name people, so reading them is
 * reading personal data: allowed to whoever may read the organiser's (or the registering unit's)
 * personal data, and recorded in the audit trail.
 */
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/registrations")
@Tag(name = "Đăng ký thi đua – Registrations", description = "What units and their people aim for in a campaign")
class RegistrationController {

    static final String TEXT_CSV = "text/csv";
    private static final String[] CSV_HEADER = {"unitCode", "status", "onDistributionList", "version",
            "submittedAt", "kind", "name", "position", "title", "successorCode"};

    private final RegistrationService registrations;
    private final Authorizer authorizer;

    RegistrationController(RegistrationService registrations, Authorizer authorizer) {
        this.registrations = registrations;
        this.authorizer = authorizer;
    }

    /** Files or replaces the unit's registration: 201 the first time, 200 after. */
    @PutMapping("/{unitCode}")
    @Operation(summary = "Đăng ký thi đua – a unit registers (again) what it and its people aim for")
    ResponseEntity<RegistrationResponse> submit(@PathVariable String campaignId, @PathVariable String unitCode,
                                                @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                @Valid @RequestBody RegistrationRequest request) {
        Audit.command("registration.submit", "registration:" + campaignId + ":" + unitCode);
        UnitCode unit = existingUnit(unitCode);
        authorizer.require(Action.MANAGE_REGISTRATIONS, unit.value());
        RegistrationService.Submitted submitted = registrations.submit(campaignId, unit, request.toForm(),
                version(ifMatch));
        Registration registration = submitted.registration();
        Audit.versions(submitted.versionBefore(), registration.version());
        return ResponseEntity.status(submitted.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .eTag("\"" + registration.version() + "\"").body(RegistrationResponse.of(registration));
    }

    @GetMapping("/{unitCode}")
    @Operation(summary = "Xem đăng ký – one unit's registration (personal data)")
    RegistrationResponse get(@PathVariable String campaignId, @PathVariable String unitCode) {
        UnitCode unit = existingUnit(unitCode);
        CampaignFacts campaign = registrations.campaign(campaignId);
        if (!authorizer.allows(Action.READ_PERSONAL_DATA, unit.value())) {
            authorizer.require(Action.READ_PERSONAL_DATA, campaign.organiserUnitCode());
        }
        Audit.personalDataRead("registration.read", "registration:" + campaign.id() + ":" + unit);
        return RegistrationResponse.of(registrations.get(campaign, unit));
    }

    /** The organiser's view: every unit of the distribution list and every other registrant, by unit code. */
    @GetMapping
    @Operation(summary = "Ai đã / chưa đăng ký – who has and has not registered, one page (CSV with Accept: text/csv)")
    PageResponse<OverviewItem> list(@PathVariable String campaignId,
                                    @RequestParam(required = false) RegistrationStatus status,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        CampaignFacts campaign = readable(campaignId);
        Audit.personalDataRead("registration.list", "campaign:" + campaign.id());
        return registrations.overview(campaign, status, PageQuery.of(page, size)).map(OverviewItem::of);
    }

    @GetMapping(produces = TEXT_CSV)
    void listAsCsv(@PathVariable String campaignId, @RequestParam(required = false) RegistrationStatus status,
                   HttpServletResponse response) throws IOException {
        export(campaignId, status, response);
    }

    /**
     * The whole overview as CSV (UTF-8 with a byte-order mark, so that spreadsheet programs read the
     * Vietnamese names right): one row per unit that has not registered, one per target of those that have.
     */
    @GetMapping(path = "/export", produces = TEXT_CSV)
    @Operation(summary = "Xuất danh sách đăng ký (CSV) – every unit, registered or missing, with its targets")
    void export(@PathVariable String campaignId, @RequestParam(required = false) RegistrationStatus status,
                HttpServletResponse response) throws IOException {
        CampaignFacts campaign = readable(campaignId);
        Audit.personalDataRead("registration.export", "campaign:" + campaign.id());
        List<RegistrationService.Entry> entries = registrations.all(campaign, status);
        response.setContentType(TEXT_CSV + ";charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"registrations-" + campaign.id() + ".csv\"");
        Writer writer = response.getWriter();
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get())) {
            for (RegistrationService.Entry entry : entries) {
                print(csv, entry);
            }
        }
    }

    private static void print(CSVPrinter csv, RegistrationService.Entry entry) throws IOException {
        RegistrationOverview.Row row = entry.row();
        Registration registration = entry.registration();
        if (registration == null) {
            csv.printRecord(row.unitCode(), row.status(), row.onDistributionList(), "", "", "", "", "", "",
                    successor(row));
            return;
        }
        Object[] head = {row.unitCode(), row.status(), row.onDistributionList(), registration.version(),
                registration.submittedAt()};
        for (String title : registration.form().collectiveTitles()) {
            csv.printRecord(concat(head, "COLLECTIVE_TITLE", "", "", title, successor(row)));
        }
        for (String commitment : registration.form().commitments()) {
            csv.printRecord(concat(head, "COMMITMENT", "", "", commitment, successor(row)));
        }
        for (IndividualTarget person : registration.form().individuals()) {
            csv.printRecord(concat(head, "INDIVIDUAL", person.name(),
                    person.position() == null ? "" : person.position(), person.title(), successor(row)));
        }
    }

    private static String successor(RegistrationOverview.Row row) {
        return row.successorCode() == null ? "" : row.successorCode();
    }

    private static Object[] concat(Object[] head, Object... tail) {
        Object[] all = new Object[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    /** Who registered is personal data of the organiser's concern: its subtree's readers only. */
    private CampaignFacts readable(String campaignId) {
        CampaignFacts campaign = registrations.campaign(campaignId);
        authorizer.require(Action.READ_PERSONAL_DATA, campaign.organiserUnitCode());
        return campaign;
    }

    /** A code that breaks the pattern can name no unit: 404, like any unknown unit. */
    private static UnitCode existingUnit(String code) {
        try {
            return new UnitCode(code);
        } catch (IllegalArgumentException notACode) {
            throw new NotFoundException("No unit " + code + " is registered");
        }
    }

    private static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notAVersion) {
            throw new InvalidInputException("If-Match", "must be the registration's ETag, a version such as \"2\"");
        }
    }

    record RegistrationRequest(
            @Size(max = 50) List<@NotBlank @Size(max = Registration.MAX_TEXT_LENGTH) String> collectiveTitles,
            @Size(max = 100) List<@NotBlank @Size(max = Registration.MAX_TEXT_LENGTH) String> commitments,
            @Size(max = 2000) List<@NotNull @Valid IndividualDto> individuals) {

        Registration.Form toForm() {
            return new Registration.Form(collectiveTitles, commitments,
                    individuals == null ? List.of() : individuals.stream().map(IndividualDto::toTarget).toList());
        }
    }

    /** A person and the title aimed for, e.g. "Chiến sĩ thi đua cơ sở". */
    record IndividualDto(@NotBlank @Size(max = Registration.MAX_TEXT_LENGTH) String name,
                         @Size(max = Registration.MAX_TEXT_LENGTH) String position,
                         @NotBlank @Size(max = Registration.MAX_TEXT_LENGTH) String title) {

        IndividualTarget toTarget() {
            return new IndividualTarget(name, position, title);
        }

        @Override
        public String toString() {
            return "IndividualDto[title=" + title + "]"; // never the name (validation messages, logs)
        }
    }

    record RegistrationResponse(String id, String campaignId, String unitCode, List<String> collectiveTitles,
                                List<String> commitments, List<IndividualTarget> individuals, long version,
                                Instant firstSubmittedAt, Instant submittedAt) {

        static RegistrationResponse of(Registration registration) {
            Registration.Form form = registration.form();
            return new RegistrationResponse(registration.id().value(), registration.id().campaignId(),
                    registration.id().unitCode(), form.collectiveTitles(), form.commitments(), form.individuals(),
                    registration.version(), registration.firstSubmittedAt(), registration.submittedAt());
        }
    }

    /** One unit of the overview; the registration's fields are null (lists empty) for a unit that has not registered. */
    record OverviewItem(String unitCode, RegistrationStatus status, boolean onDistributionList, String successorCode,
                        Long version, Instant submittedAt, List<String> collectiveTitles, List<String> commitments,
                        List<IndividualTarget> individuals) {

        static OverviewItem of(RegistrationService.Entry entry) {
            RegistrationOverview.Row row = entry.row();
            Registration registration = entry.registration();
            if (registration == null) {
                return new OverviewItem(row.unitCode(), row.status(), row.onDistributionList(), row.successorCode(),
                        null, null, List.of(), List.of(), List.of());
            }
            return new OverviewItem(row.unitCode(), row.status(), row.onDistributionList(), row.successorCode(),
                    registration.version(),
                    registration.submittedAt(), registration.form().collectiveTitles(),
                    registration.form().commitments(), registration.form().individuals());
        }
    }
}
