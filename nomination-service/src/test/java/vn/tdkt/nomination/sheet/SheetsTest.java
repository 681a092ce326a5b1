package vn.tdkt.nomination.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tdkt.support.problem.InvalidInputException;

/** Exports keep Vietnamese intact and never hand a spreadsheet a formula. */
class SheetsTest {

    static final List<String> HEADERS = List.of("Họ tên", "Thành tích");
    static final Sheet SHEET = new Sheet("Sổ đăng ký", HEADERS, List.of(
            List.of("Nguyễn Thị Ánh", "=HYPERLINK(\"http://x\",\"bấm\")"),
            List.of("+84 912", "-1"),
            List.of("@SUM(A1)", "\tẩn"),
            List.of("\rdòng", "Hoàn thành xuất sắc nhiệm vụ; \"đổi mới\", sáng tạo")));

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@cmd", "\tx", "\rx"})
    void aCellAFormulaCouldStartWithIsFlagged(String cell) {
        assertThat(Sheets.looksLikeFormula(cell)).isTrue();
        assertThat(Sheets.csvCell(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Lê Văn Tám", "1 + 1", "125/QĐ-UBND", " =x", "'=x", "Đ"})
    void otherCellsAreLeftAsTheyAre(String cell) {
        assertThat(Sheets.looksLikeFormula(cell)).isFalse();
        assertThat(Sheets.csvCell(cell)).isEqualTo(cell);
    }

    @Test
    void csvIsUtf8WithAByteOrderMarkAndQuotesWhatItMust() throws IOException {
        String text = new String(Sheets.write(SHEET, SheetFormat.CSV), StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFFHọ tên,Thành tích\r\n");
        List<CSVRecord> rows = parse(text.substring(1));
        assertThat(rows).hasSize(5);
        assertThat(rows.get(1).get(0)).isEqualTo("Nguyễn Thị Ánh");
        assertThat(rows.get(1).get(1)).isEqualTo("'=HYPERLINK(\"http://x\",\"bấm\")");
        assertThat(rows.get(2).values()).containsExactly("'+84 912", "'-1");
        assertThat(rows.get(3).values()).containsExactly("'@SUM(A1)", "'\tẩn");
        assertThat(rows.get(4).values()).containsExactly("'\rdòng", "Hoàn thành xuất sắc nhiệm vụ; \"đổi mới\", sáng tạo");
    }

    @Test
    void excelCellsAreTextAndAFormulaLikeOneIsQuotePrefixed() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Sheets.write(SHEET, SheetFormat.XLSX)))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Sổ đăng ký");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Họ tên");
            for (int r = 1; r <= 4; r++) {
                for (int c = 0; c < 2; c++) {
                    var cell = sheet.getRow(r).getCell(c);
                    String expected = SHEET.rows().get(r - 1).get(c);
                    assertThat(cell.getCellType()).as("r%d c%d", r, c).isEqualTo(CellType.STRING);
                    assertThat(cell.getStringCellValue()).isEqualTo(expected);
                    assertThat(cell.getCellStyle().getQuotePrefixed()).isEqualTo(Sheets.looksLikeFormula(expected));
                }
            }
        }
    }

    @Test
    void theFormatComesFromTheParameterThenTheAcceptHeader() {
        assertThat(SheetFormat.choose("XLSX", "text/csv", null)).isEqualTo(SheetFormat.XLSX);
        assertThat(SheetFormat.choose(null, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", null))
                .isEqualTo(SheetFormat.XLSX);
        assertThat(SheetFormat.choose("", "text/csv;q=0.9", null)).isEqualTo(SheetFormat.CSV);
        assertThat(SheetFormat.choose(null, "application/json", null)).isNull();
        assertThat(SheetFormat.choose(null, null, SheetFormat.CSV)).isEqualTo(SheetFormat.CSV);
        assertThatThrownBy(() -> SheetFormat.choose("pdf", null, null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void rowsMustFitTheHeaders() {
        assertThatThrownBy(() -> new Sheet("x", HEADERS, List.of(List.of("một"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Whatever the cell, a CSV reader gets it back as written, and never as something a formula starts with. */
    @Property(tries = 300)
    void anyCellSurvivesCsvAndIsNeverAFormula(@ForAll String cell) throws IOException {
        String text = new String(Sheets.write(new Sheet("x", List.of("a"), List.of(List.of(cell))), SheetFormat.CSV),
                StandardCharsets.UTF_8);
        String back = parse(text.substring(1)).get(1).get(0);

        assertThat(Sheets.looksLikeFormula(back)).isFalse();
        assertThat(back).isEqualTo(Sheets.looksLikeFormula(cell) ? "'" + cell : cell);
    }

    private static List<CSVRecord> parse(String text) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
            return parser.getRecords();
        }
    }
}
