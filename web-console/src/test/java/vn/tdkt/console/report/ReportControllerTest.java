package vn.tdkt.console.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import vn.tdkt.console.support.CampaignApi;
import vn.tdkt.console.support.ConsoleWebTest;
import vn.tdkt.console.support.DelegateApi;
import vn.tdkt.console.support.Json;
import vn.tdkt.console.support.NominationApi;
import vn.tdkt.console.support.ServiceProblem;
import vn.tdkt.console.support.TestUsers;

@ConsoleWebTest(ReportController.class)
class ReportControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CampaignApi campaigns;
    @MockitoBean
    NominationApi nominations;
    @MockitoBean
    DelegateApi delegates;

    @SuppressWarnings("unchecked")
    private void givenTheServicesAnswer() {
        when(campaigns.get(any(Function.class))).thenThrow(new ServiceProblem("campaign", 404, "Not Found", null, List.of(), null));
        when(nominations.get(any(Function.class))).thenReturn(Json.mapper().readTree(Statistics.NOMINATION));
        when(delegates.get(any(Function.class))).thenReturn(Json.mapper().readTree(Statistics.DELEGATE));
    }

    @Test
    void theFormStartsWithTheUsersUnitAndAsksNothing() throws Exception {
        String html = mvc.perform(get("/reports").with(TestUsers.chiLangOfficer())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("value=\"LS-CL\"").contains("Tổng kết năm").contains("Sơ kết 6 tháng đầu năm");
        verify(nominations, never()).get(any(Function.class));
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aYearsReviewShowsEachServicesFiguresAsTablesAndChartsAndSaysWhichServiceHasNone() throws Exception {
        givenTheServicesAnswer();
        String html = mvc.perform(get("/reports").param("unit", "LS-CL").param("from", "01/01/2025").param("to", "31/12/2025")
                        .with(TestUsers.chiLangOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        ArgumentCaptor<Function> uri = ArgumentCaptor.forClass(Function.class);
        verify(nominations).get(uri.capture());
        assertThat(((Function<UriBuilder, URI>) uri.getValue()).apply(UriComponentsBuilder.newInstance()).toString())
                .isEqualTo("/api/v1/statistics?unit=LS-CL&from=2025-01-01&to=2025-12-31");
        assertThat(html).contains("<h1>Tổng kết năm 2025</h1>")
                .contains("Dịch vụ chưa cung cấp số liệu thống kê.")
                .contains("<caption>Hồ sơ đề nghị khen thưởng – Theo trạng thái</caption>")
                .contains("Lao động tiên tiến").contains("01/2025")
                .contains("<th scope=\"col\" class=\"num\">Tổng số</th>")
                .contains("role=\"img\"").contains("<title id=").contains("<desc id=").contains("Đã quyết định: 3")
                .contains("format=xlsx").contains("format=pdf");
    }

    @Test
    void aDayThatIsNotOneAndAMissingUnitAreShownAtTheirFields() throws Exception {
        String html = mvc.perform(get("/reports").param("unit", "").param("from", "1/1/2025").param("to", "31/12/2025")
                        .with(TestUsers.chiLangOfficer()))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"f-unit-error\"").contains("id=\"f-from-error\"")
                .contains("không phải là ngày dạng dd/MM/yyyy").doesNotContain("id=\"f-to-error\"");
        verify(nominations, never()).get(any(Function.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPeriodAServiceRefusesIsShownAtTheFieldItNames() throws Exception {
        when(campaigns.get(any(Function.class))).thenThrow(new ServiceProblem("campaign", 400, "Bad Request", null,
                List.of(new ServiceProblem.FieldProblem("to", "a period spans at most 10 years")), null));
        String html = mvc.perform(get("/reports").param("unit", "LS-CL").param("from", "01/01/2000").param("to", "31/12/2025")
                        .with(TestUsers.chiLangOfficer()))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"f-to-error\"").contains("a period spans at most 10 years");
    }

    @Test
    void theExcelExportHasTheFiguresAsNumbersAndFormulasOnlyAsText() throws Exception {
        givenTheServicesAnswer();
        byte[] xlsx = mvc.perform(get("/reports/export").param("unit", "LS-CL").param("from", "01/01/2025")
                        .param("to", "30/06/2025").param("format", "xlsx").with(TestUsers.chiLangOfficer()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("bao-cao-LS-CL-2025-01-01-2025-06-30.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Sơ kết 6 tháng đầu năm 2025");
            Cell formula = find(sheet, "=HYPERLINK(\"http://x\")");
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
            Cell ldtt = find(sheet, "Lao động tiên tiến");
            Cell total = sheet.getRow(ldtt.getRowIndex()).getCell(ldtt.getColumnIndex() + 1);
            assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getNumericCellValue()).isEqualTo(5.0);
            assertThat(find(sheet, "Dịch vụ chưa cung cấp số liệu thống kê.")).isNotNull();
        }
    }

    @Test
    void thePdfExportIsInVietnameseWithItsDiacritics() throws Exception {
        givenTheServicesAnswer();
        byte[] pdf = mvc.perform(get("/reports/export").param("unit", "LS-CL").param("from", "01/01/2025")
                        .param("to", "31/12/2025").param("format", "pdf").with(TestUsers.chiLangOfficer()))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Tổng kết năm 2025").contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Lao động tiên tiến").contains("Đã quyết định").contains("01/01/2025 – 31/12/2025");
        }
    }

    @Test
    void anUnknownFormatIsRefusedNamingIt() throws Exception {
        String html = mvc.perform(get("/reports/export").param("unit", "LS-CL").param("from", "01/01/2025")
                        .param("to", "31/12/2025").param("format", "docx").with(TestUsers.chiLangOfficer()))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("format: xlsx | pdf");
    }

    private static Cell find(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return cell;
                }
            }
        }
        throw new AssertionError("no cell " + text);
    }
}
