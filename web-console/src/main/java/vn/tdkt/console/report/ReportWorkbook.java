package vn.tdkt.console.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tdkt.console.support.Formats;

/**
 * The report as an Excel workbook: one sheet, the parts one after the other, each table with its caption and
 * header in bold. Counts are number cells (they add up in Excel); text is safe against formula injection as
 * nomination-service's sheets are: a cell a spreadsheet would read as a formula (starting with {@code = + - @},
 * a tab or a carriage return) is a text cell with Excel's quote prefix, shown as typed and never evaluated. Text
 * here comes from services and, through names, from users, so every text cell goes through {@link #text}.
 */
final class ReportWorkbook {

    private ReportWorkbook() {
    }

    /** @param label a message key's text in the report's language */
    static byte[] write(Report report, Function<String, String> label) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(label.apply("report.sheet")));
            int[] at = {0};
            line(sheet, at, styles.title, report.heading(), styles);
            line(sheet, at, null, label.apply("report.unit") + ": " + report.unit(), styles);
            line(sheet, at, null, label.apply("report.period") + ": " + Formats.DATE.format(report.from()) + " – "
                    + Formats.DATE.format(report.to()), styles);
            for (Report.Part part : report.parts()) {
                at[0]++;
                line(sheet, at, styles.title, part.title(), styles);
                if (!part.isAvailable()) {
                    line(sheet, at, null, label.apply("report.unavailable." + part.problem().status()), styles);
                    continue;
                }
                for (Report.Fact fact : part.facts()) {
                    Row row = sheet.createRow(at[0]++);
                    text(row.createCell(0), fact.label(), styles);
                    value(row.createCell(1), fact.value(), styles);
                }
                for (Report.Section section : part.sections()) {
                    at[0]++;
                    line(sheet, at, styles.bold, section.title(), styles);
                    if (section.description() != null) {
                        line(sheet, at, null, section.description(), styles);
                    }
                    for (Report.FigureTable table : section.tables()) {
                        line(sheet, at, styles.bold, table.caption(), styles);
                        Row header = sheet.createRow(at[0]++);
                        for (int i = 0; i < table.headers().size(); i++) {
                            String name = table.headers().get(i);
                            Cell cell = text(header.createCell(i), name, styles);
                            if (!looksLikeFormula(name)) {
                                cell.setCellStyle(styles.bold);
                            }
                        }
                        for (List<Object> cells : table.rows()) {
                            Row row = sheet.createRow(at[0]++);
                            for (int i = 0; i < cells.size(); i++) {
                                value(row.createCell(i), cells.get(i), styles);
                            }
                        }
                        at[0]++;
                    }
                }
            }
            sheet.setColumnWidth(0, 48 * 256);
            for (int i = 1; i < 12; i++) {
                sheet.setColumnWidth(i, 16 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Would a spreadsheet take this text for a formula (or a DDE call)? */
    static boolean looksLikeFormula(String cell) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private static void line(Sheet sheet, int[] at, CellStyle style, String text, Styles styles) {
        Cell cell = text(sheet.createRow(at[0]++).createCell(0), text, styles);
        if (style != null && !looksLikeFormula(text)) {
            cell.setCellStyle(style);
        }
    }

    private static Cell text(Cell cell, String value, Styles styles) {
        cell.setCellValue(value == null ? "" : value);
        if (looksLikeFormula(value)) {
            cell.setCellStyle(styles.asText);
        }
        return cell;
    }

    private static void value(Cell cell, Object value, Styles styles) {
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            text(cell, value == null ? "" : value.toString(), styles);
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle bold;
        final CellStyle asText;

        Styles(XSSFWorkbook workbook) {
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            title = workbook.createCellStyle();
            title.setFont(big);
            Font strong = workbook.createFont();
            strong.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(strong);
            asText = workbook.createCellStyle();
            asText.setQuotePrefixed(true);
        }
    }
}
