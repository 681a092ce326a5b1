package vn.tdkt.delegate.congress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.tdkt.support.problem.InvalidInputException;

/**
 * The timeline as a sheet for the organising committee: one row per congress and document, in timeline order,
 * headed in Vietnamese. CSV is UTF-8 with a byte-order mark (so Excel shows the diacritics); both formats are safe
 * against formula injection as nomination-service's exports are: a cell a spreadsheet would read as a formula
 * (starting with {@code = + - @}, a tab or a carriage return) gets a leading apostrophe in CSV and is a
 * quote-prefixed text cell in Excel.
 */
final class TimelineExport {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final List<String> HEADERS = List.of("Thứ tự", "Cấp", "Đơn vị tổ chức", "Tên hội nghị", "Ngày tổ chức",
            "Chỉ đạo điểm", "Hình thức", "Trạng thái", "Tài liệu", "Hạn gửi", "Ngày nhận", "Tình trạng", "Vấn đề");

    private TimelineExport() {
    }

    enum Format { CSV, XLSX }

    /** {@code format} (csv or xlsx) wins; else an Accept naming Excel's or CSV's type; else null (JSON). */
    static Format choose(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> Format.CSV;
                case "xlsx", "excel" -> Format.XLSX;
                default -> throw new InvalidInputException("format", "must be csv or xlsx");
            };
        }
        if (accept != null && accept.contains("spreadsheetml")) {
            return Format.XLSX;
        }
        return accept != null && accept.contains("text/csv") ? Format.CSV : null;
    }

    static ResponseEntity<byte[]> download(Timeline timeline, Format format) {
        List<List<String>> rows = rows(timeline);
        byte[] body = format == Format.CSV ? csv(rows) : xlsx(rows);
        String name = "lich-dai-hoi-" + timeline.congressId() + (format == Format.CSV ? ".csv" : ".xlsx");
        return ResponseEntity.ok().contentType(format == Format.CSV ? CSV : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name,
                        StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    static List<List<String>> rows(Timeline timeline) {
        List<List<String>> rows = new ArrayList<>();
        int order = 1;
        for (Timeline.Node node : timeline.nodes()) {
            String problems = String.join("; ", node.problems().stream().map(p -> p.type() + ": " + p.message())
                    .toList());
            List<Timeline.DocumentLine> documents = node.documents().isEmpty() ? List.of(new Timeline.DocumentLine(
                    null, "", null, null, null)) : node.documents();
            for (Timeline.DocumentLine document : documents) {
                rows.add(List.of(String.valueOf(order), String.valueOf(node.depth()), node.organiserUnitCode(),
                        node.title(), String.valueOf(node.date()), node.pilot() ? "Có" : "",
                        node.form() == null ? "Chưa quyết định" : node.form() == CongressForm.PLENARY
                                ? "Hội nghị toàn thể" : "Hội nghị đại biểu",
                        node.status().name(), document.label(), text(document.dueOn()), text(document.receivedOn()),
                        document.state() == null ? "" : document.state().name(), problems));
            }
            order++;
        }
        return rows;
    }

    static boolean looksLikeFormula(String cell) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static byte[] csv(List<List<String>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            writer.write('\uFEFF');
            printer.printRecord(HEADERS);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(c -> looksLikeFormula(c) ? "'" + c : c).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] xlsx(List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Lịch đại hội");
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle text = workbook.createCellStyle();
            text.setQuotePrefixed(true);
            write(sheet.createRow(0), HEADERS, header, text);
            int index = 1;
            for (List<String> row : rows) {
                write(sheet.createRow(index++), row, null, text);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> cells, CellStyle style, CellStyle asText) {
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(cells.get(i));
            if (looksLikeFormula(cells.get(i))) {
                cell.setCellStyle(asText);
            } else if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
