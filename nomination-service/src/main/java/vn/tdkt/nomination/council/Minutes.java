package vn.tdkt.nomination.council;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import vn.tdkt.support.problem.ConflictException;

/**
 * The minutes (biên bản) of a closed session, in Vietnamese: members present, per dossier the tallies, the
 * outcome and the rule applied. Built from the session's participation lists and counters only, so they cannot
 * show an individual ballot. HTML from a Thymeleaf template; PDF from that HTML with openhtmltopdf and the DejaVu
 * Sans font shipped in the service (it has every Vietnamese glyph, and no system font is needed).
 */
@Component
class Minutes {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final TemplateEngine engine = new TemplateEngine();

    Minutes() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        engine.setTemplateResolver(resolver);
    }

    /** One line of the results table. */
    record Row(String nomineeName, String nomineeUnitCode, String awardName, int year, int participants,
               int approvals, int rejections, int blanks, String share, boolean approved, String ruleApplied) {
    }

    /** What the template shows. */
    record Model(String sessionId, String councilName, String title, String openedAt, String closedAt,
                 int membership, List<String> present, List<String> absent, String secretary, String chair,
                 List<Row> rows, String recordedRule) {
    }

    Model model(VotingSession session, Council council) {
        if (session.closing() == null) {
            throw new ConflictException("Session " + session.id() + " is still open; its minutes exist once it is closed");
        }
        VotingSession.Closing closing = session.closing();
        List<String> present = session.present();
        List<String> absent = session.opening().members().stream().filter(m -> !present.contains(m)).toList();
        List<Row> rows = session.lines().stream().map(l -> {
            VotingSession.Outcome o = session.outcomeOf(l.item().nominationId());
            return new Row(l.item().nomineeName(), l.item().nomineeUnitCode(), l.item().awardName(), l.item().year(),
                    o.participants(), o.approvals(), o.rejections(), o.blanks(), share(o.approvals(), o.membership()),
                    o.approved(), o.ruleApplied());
        }).toList();
        VotingSession.RecordedRule recorded = closing.recordedRule();
        return new Model(session.id().value(), session.opening().councilName(), session.opening().title(),
                when(session.opening().openedAt()), when(closing.closedAt()), session.membership(), present, absent,
                council == null ? closing.closedBy() : council.definition().secretary(),
                council == null ? "" : council.definition().chair(), rows,
                recorded == null ? null : recorded.ruleApplied() + " – ngưỡng "
                        + recorded.threshold().movePointRight(2).stripTrailingZeros().toPlainString() + "% "
                        + (recorded.denominator() == CouncilRule.Denominator.TOTAL_MEMBERS
                        ? "tổng số thành viên" : "số thành viên có mặt"));
    }

    String html(Model model) {
        return engine.process("council/minutes", new Context(java.util.Locale.forLanguageTag("vi"),
                Map.of("m", model)));
    }

    byte[] pdf(Model model) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> Minutes.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), "DejaVu Sans", 400,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> Minutes.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), "DejaVu Sans", 700,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(html(model), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String share(int approvals, int membership) {
        if (membership == 0) {
            return "–";
        }
        return BigDecimal.valueOf(approvals * 100L).divide(BigDecimal.valueOf(membership), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString().replace('.', ',') + "%";
    }

    private static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(VIETNAM));
    }
}
