package vn.tdkt.nomination.exemplar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.support.testing.Problems.problem;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.tdkt.nomination.FixedClock;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.testing.SignedInAsAdmin;
import vn.tdkt.support.testing.TestTokens;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/** The register's API over the real service, stores mocked, on 20 January 2026 (December open until the 25th). */
@WebMvcTest(ExemplarController.class)
@Import({ExemplarService.class, FixedClock.class, SignedInAsAdmin.class})
@EnableConfigurationProperties(ExemplarProperties.class)
class ExemplarControllerTest {

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    static final String REGISTER = """
            {"unitCode":"LS-CL-NL","month":"2025-12","entries":[
              {"recipientKind":"INDIVIDUAL","name":"Nguyễn Thị Ánh","position":"Chánh Văn phòng","unitName":"Văn phòng",
               "achievement":"Số hoá hồ sơ một cửa","field":"Cải cách hành chính"},
              {"recipientKind":"COLLECTIVE","name":"Tổ Một cửa","achievement":"100% hồ sơ đúng hạn"}]}""";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ExemplarRepository repository;
    @MockitoBean
    UnitDirectory units;
    @MockitoBean
    OutboxRelay relay;

    @BeforeEach
    void stores() {
        ExemplarWebSlice.stub(repository, units);
    }

    @Test
    void aRegistrationIsCreatedThenRevised() throws Exception {
        mvc.perform(post("/api/v1/exemplars/registrations").contentType(MediaType.APPLICATION_JSON).content(REGISTER))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value("LS-CL-NL:2025-12"))
                .andExpect(jsonPath("$.deadline").value("2026-01-25"))
                .andExpect(jsonPath("$.unitName").value("Văn phòng xã Nhân Lý"))
                .andExpect(jsonPath("$.entries[1].recipientKind").value("COLLECTIVE"));
        verify(repository).insert(any(), any());

        when(repository.find(new RegistrationId("LS-CL-NL", YearMonth.of(2025, 12)))).thenReturn(Optional.of(
                Registration.restore(new RegistrationId("LS-CL-NL", YearMonth.of(2025, 12)), "Văn phòng xã Nhân Lý",
                        java.time.LocalDate.of(2026, 1, 25), List.of(Exemplars.ANH), "a", FixedClock.NOW, null, null,
                        0L)));
        mvc.perform(post("/api/v1/exemplars/registrations").contentType(MediaType.APPLICATION_JSON).content(REGISTER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.length()").value(2))
                .andExpect(jsonPath("$.revisedBy").value("admin"));
        verify(repository).update(any(), any());
    }

    @Test
    void badInputIsA400NamingEachFieldAndAClosedMonthA422() throws Exception {
        mvc.perform(post("/api/v1/exemplars/registrations").contentType(MediaType.APPLICATION_JSON).content("""
                        {"unitCode":"LS-CL-NL","month":"2025-12","entries":[{"recipientKind":"INDIVIDUAL","name":" "}]}"""))
                .andExpect(problem(400, "entries[0].name", "entries[0].achievement"));
        mvc.perform(post("/api/v1/exemplars/registrations").contentType(MediaType.APPLICATION_JSON)
                        .content(REGISTER.replace("2025-12", "12/2025")))
                .andExpect(problem(400, "month"));
        mvc.perform(post("/api/v1/exemplars/registrations").contentType(MediaType.APPLICATION_JSON)
                        .content(REGISTER.replace("\"INDIVIDUAL\"", "\"PERSON\"")))
                .andExpect(problem(400));
        mvc.perform(post("/api/v1/exemplars/registrations").contentType(MediaType.APPLICATION_JSON)
                        .content(REGISTER.replace("2025-12", "2025-11")))
                .andExpect(problem(422, "month"));
        mvc.perform(post("/api/v1/exemplars/registrations").contentType(MediaType.APPLICATION_JSON)
                        .content(REGISTER.replace("LS-CL-NL", "LS-XX")))
                .andExpect(problem(422, "unitCode"));

        verify(repository, never()).insert(any(), any());
        verify(repository, never()).update(any(), any());
    }

    @Test
    void theBookAsJsonPagesAndAsCsvOrExcelSafeAgainstFormulas() throws Exception {
        mvc.perform(get("/api/v1/exemplars/book").param("unit", "LS-CL").param("from", "2025-12"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].name").value("Nguyễn Thị Ánh"));
        String csv = new String(mvc.perform(get("/api/v1/exemplars/book").param("unit", "LS-CL")
                        .param("from", "2025-12").accept("text/csv"))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFTháng,Mã đơn vị đăng ký")
                .contains("2025-12,LS-CL-NL,Văn phòng xã Nhân Lý,1,Cá nhân,Nguyễn Thị Ánh,Chánh Văn phòng,Văn phòng,"
                        + "'=1+1 sáng kiến,Cải cách hành chính");
        byte[] xlsx = mvc.perform(get("/api/v1/exemplars/book").param("unit", "LS-CL").param("format", "xlsx"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var cell = workbook.getSheetAt(0).getRow(1).getCell(8);
            assertThat(cell.getStringCellValue()).isEqualTo("=1+1 sáng kiến");
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
        mvc.perform(get("/api/v1/exemplars/book").param("unit", "LS-CL").param("from", "2026-01").param("to", "2025-12"))
                .andExpect(problem(400, "to"));
        mvc.perform(get("/api/v1/exemplars/book").param("unit", "LS-CL").param("from", "tháng 12"))
                .andExpect(problem(400, "from"));
    }

    @Test
    void missingOfficesUnderAUnit() throws Exception {
        mvc.perform(get("/api/v1/exemplars/missing").param("unit", "LS").param("month", "2025-12"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].unitCode").value("LS-CL-NL"))
                .andExpect(jsonPath("$.items[0].deadline").value("2026-01-25"))
                .andExpect(jsonPath("$.items[0].deadlinePassed").value(false));
        mvc.perform(get("/api/v1/exemplars/missing").param("unit", "LS")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].month").value("2025-12"));
        mvc.perform(get("/api/v1/exemplars/missing").param("unit", "LS").param("month", "2025-13"))
                .andExpect(problem(400, "month"));
    }
}
