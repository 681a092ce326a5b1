package vn.tdkt.delegate.delegation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * Writes a {@link Sheet} as CSV (UTF-8 with a byte-order mark, so Excel shows Vietnamese right) or as an
 * Excel workbook, both safe against formula injection: a cell that a spreadsheet would read as a formula
 * (it starts with {@code = + - @}, a tab or a carriage return) is written as text. In CSV it gets a leading
 * apostrophe (the usual defence, visible to the reader); in Excel it is a text cell with the quote prefix
 * (Excel's own "this is text" flag), so it shows as typed and is never evaluated. The same as nomination-service's
 * exports (a service never shares code with another but through service-support; two small copies are cheaper than
 * a spreadsheet dependency in every service).
 */
final class Sheets {

    private static final int ROWS_IN_MEMORY = 200;

    private Sheets() {
    }

    static byte[] write(Sheet sheet, SheetFormat format) {
        return format == SheetFormat.CSV ? csv(sheet) : xlsx(sheet);
    }

    /** The sheet as a download named {@code baseName.csv} or {@code baseName.xlsx} (ASCII, e.g. a decision id). */
    static ResponseEntity<byte[]> download(Sheet sheet, SheetFormat format, String baseName) {
        return ResponseEntity.ok().contentType(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(baseName + "." + format.extension(), StandardCharsets.UTF_8).build().toString())
                .body(write(sheet, format));
    }

    /** Would a spreadsheet take this cell for a formula (or a DDE call)? */
    static boolean looksLikeFormula(String cell) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The CSV form of a cell: as is, or with an apostrophe before what would be a formula. */
    static String csvCell(String cell) {
        return looksLikeFormula(cell) ? "'" + cell : cell;
    }

    static byte[] csv(Sheet sheet) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            writer.write('\uFEFF');
            printer.printRecord(sheet.headers().stream().map(Sheets::csvCell).toList());
            for (List<String> row : sheet.rows()) {
                printer.printRecord(row.stream().map(Sheets::csvCell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] xlsx(Sheet sheet) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            SXSSFSheet out = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheet.title()));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle text = workbook.createCellStyle();
            text.setQuotePrefixed(true);
            write(out.createRow(0), sheet.headers(), header, text);
            int index = 1;
            for (List<String> row : sheet.rows()) {
                write(out.createRow(index++), row, null, text);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // in-memory output: nothing left to release
            }
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
