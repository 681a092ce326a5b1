package vn.tdkt.console.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.tdkt.console.support.Formats;

/**
 * The report as a PDF in Vietnamese: the XHTML of templates/report/pdf.html laid out by openhtmltopdf with DejaVu
 * Sans embedded (resources/fonts, the font nomination-service's minutes use: it has every Vietnamese glyph, which
 * the PDF standard fonts do not). Charts are drawn with boxes there, not SVG, which openhtmltopdf draws only with
 * an extra renderer; the figures are the same.
 */
final class ReportPdf {

    private ReportPdf() {
    }

    static byte[] write(Report report, ITemplateEngine templates, Locale locale) {
        Context context = new Context(locale, Map.of("r", report, "fromText", Formats.DATE.format(report.from()),
                "toText", Formats.DATE.format(report.to())));
        String html = templates.process("report/pdf", context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> ReportPdf.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), "DejaVu Sans", 400,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> ReportPdf.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), "DejaVu Sans", 700,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
