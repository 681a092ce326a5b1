package vn.tdkt.console.report;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.ITemplateEngine;
import vn.tdkt.console.support.CampaignApi;
import vn.tdkt.console.support.CurrentUser;
import vn.tdkt.console.support.DelegateApi;
import vn.tdkt.console.support.FormErrors;
import vn.tdkt.console.support.Formats;
import vn.tdkt.console.support.NavItem;
import vn.tdkt.console.support.NominationApi;
import vn.tdkt.console.support.ServiceProblem;

/**
 * Periodic reports (seed 001: "định kỳ tổng hợp, báo cáo kết quả thi đua, khen thưởng"; the sơ kết and tổng kết
 * reviews): a unit's subtree and a period, the three services' figures as tables and charts, and the same report
 * as Excel and PDF. Who may read which unit's figures is the services' decision (READ_STATISTICS on the unit).
 */
@Controller
class ReportController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final List<ReportBuilder.Source> sources;
    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final Clock clock;

    ReportController(CampaignApi campaigns, NominationApi nominations, DelegateApi delegates, MessageSource messages,
            ITemplateEngine templates, Clock clock) {
        this.sources = List.of(new ReportBuilder.Source("campaign", campaigns),
                new ReportBuilder.Source("nomination", nominations), new ReportBuilder.Source("delegate", delegates));
        this.messages = messages;
        this.templates = templates;
        this.clock = clock;
    }

    @GetMapping("/reports")
    String report(@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Authentication authentication, Locale locale, Model model,
            HttpServletResponse response) {
        CurrentUser me = CurrentUser.of(authentication);
        ReportRequest request = new ReportRequest(unit, from, to);
        presets(model);
        if (request.isEmpty()) {
            LocalDate today = today();
            model.addAttribute("form", new ReportRequest(me.unitCode() == null ? "" : me.unitCode(),
                    Formats.DATE.format(today.withDayOfYear(1)), Formats.DATE.format(today)));
            return "report/report";
        }
        model.addAttribute("form", request);
        try {
            ReportRequest.Period period = read(request, locale);
            model.addAttribute("report", new ReportBuilder(sources, messages, locale).build(period));
            model.addAttribute("period", period);
        } catch (ServiceProblem p) {
            FormErrors.reject(model, p, response);
        }
        return "report/report";
    }

    /** The same report as a file: {@code format=xlsx} (Excel) or {@code pdf}. */
    @GetMapping("/reports/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "xlsx") String format, Locale locale) {
        if (!format.equals("xlsx") && !format.equals("pdf")) {
            throw new ServiceProblem(null, 400, null, null,
                    List.of(new ServiceProblem.FieldProblem("format", "xlsx | pdf")), null);
        }
        ReportRequest.Period period = read(new ReportRequest(unit, from, to), locale);
        Report report = new ReportBuilder(sources, messages, locale).build(period);
        byte[] body = format.equals("pdf") ? ReportPdf.write(report, templates, locale)
                : ReportWorkbook.write(report, key -> messages.getMessage(key, null, key, locale));
        String name = "bao-cao-" + period.unit().replaceAll("[^A-Za-z0-9-]", "") + "-" + period.from() + "-"
                + period.to() + "." + format;
        return ResponseEntity.ok().contentType(format.equals("pdf") ? MediaType.APPLICATION_PDF : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    private ReportRequest.Period read(ReportRequest request, Locale locale) {
        return request.read(messages.getMessage("report.required", null, locale),
                messages.getMessage("report.notADay", null, locale));
    }

    /** The reviews a unit writes: the half year (sơ kết) and the year (tổng kết), this year's and last year's. */
    private void presets(Model model) {
        int year = today().getYear();
        model.addAttribute("presets", List.of(
                new Preset(messages("report.heading.midYear", year), "01/01/" + year, "30/06/" + year),
                new Preset(messages("report.heading.year", year), "01/01/" + year, "31/12/" + year),
                new Preset(messages("report.heading.year", year - 1), "01/01/" + (year - 1), "31/12/" + (year - 1))));
    }

    record Preset(String label, String from, String to) {
    }

    private String messages(String key, int year) {
        return messages.getMessage(key, new Object[] {String.valueOf(year)},
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.VIETNAM));
    }

    @Configuration(proxyBeanMethods = false)
    static class ReportNavigation {

        @Bean
        NavItem reportsNav() {
            return NavItem.forRoles(70, "nav.reports", "/reports", CurrentUser.ADMINISTRATOR,
                    CurrentUser.EMULATION_OFFICER, CurrentUser.UNIT_LEADER, CurrentUser.COUNCIL_SECRETARY,
                    CurrentUser.CONGRESS_ORGANISER);
        }
    }
}
