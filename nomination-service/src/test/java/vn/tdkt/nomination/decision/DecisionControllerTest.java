package vn.tdkt.nomination.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.support.testing.Problems.problem;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.tdkt.nomination.FixedClock;
import vn.tdkt.nomination.honours.DecisionHonours;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.testing.SignedInAsAdmin;
import vn.tdkt.support.testing.TestTokens;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/** The decisions API over the real service, stores mocked: answers, exports, and refusals that store nothing. */
@WebMvcTest(DecisionController.class)
@Import({DecisionService.class, FixedClock.class, SignedInAsAdmin.class, DecisionWebSlice.class})
class DecisionControllerTest {

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    static final String ISSUE = """
            {"number":"125/QĐ-UBND","date":"2026-01-15",
             "signer":{"name":"Đoàn Thu Hà","title":"Phó Chủ tịch UBND tỉnh"},
             "grantorUnitCode":"LS","nominationIds":["DX-1","DX-3"]}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    InMemoryDecisionSubjects subjects;
    @MockitoBean
    DecisionRepository repository;
    @MockitoBean
    DecisionHonours honours;
    @MockitoBean
    UnitDirectory units;
    @MockitoBean
    OutboxRelay relay;

    @BeforeEach
    void stores() {
        subjects.decided.clear();
        DecisionWebSlice.stub(repository, honours, units);
    }

    @Test
    void aDecisionIsIssuedConferredAndDecided() throws Exception {
        mvc.perform(post("/api/v1/decisions").contentType(MediaType.APPLICATION_JSON).content(ISSUE))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/decisions/")))
                .andExpect(jsonPath("$.status").value("DECIDED"))
                .andExpect(jsonPath("$.grantorLevel").value("PROVINCE"))
                .andExpect(jsonPath("$.signer.title").value("Phó Chủ tịch UBND tỉnh"))
                .andExpect(jsonPath("$.honours[1].nomineeName").value("Phòng Tài chính – Kế hoạch huyện Chi Lăng"));

        verify(repository).insert(any());
        verify(honours).record(anyString(), anyList());
        verify(relay).nudge();
        assertThat(subjects.decided).containsOnlyKeys("DX-1", "DX-3");
    }

    @Test
    void aRepeatedRequestAnswersTheStoredDecisionWith200() throws Exception {
        when(repository.findByNumber("LS", "125/QĐ-UBND")).thenReturn(Optional.of(DecisionWebSlice.decided(
                DecisionWebSlice.PROVINCE_DECISION, "125/QĐ-UBND", "LS", "PROVINCE", List.of(Drafts.MAI, Drafts.TEAM))));

        mvc.perform(post("/api/v1/decisions").contentType(MediaType.APPLICATION_JSON).content(ISSUE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(DecisionWebSlice.PROVINCE_DECISION));
        mvc.perform(post("/api/v1/decisions").contentType(MediaType.APPLICATION_JSON)
                        .content(ISSUE.replace("\"DX-1\",", "")))
                .andExpect(problem(409));
        verify(repository, never()).insert(any());
    }

    @Test
    void badInputIsA400NamingEachFieldAndStoresNothing() throws Exception {
        mvc.perform(post("/api/v1/decisions").contentType(MediaType.APPLICATION_JSON).content("""
                        {"number":" ","date":"2099-01-01","signer":{"name":"A"},"grantorUnitCode":"LS CL",
                         "nominationIds":["DX-1","DX-1"]}"""))
                .andExpect(problem(400, "number", "date", "signer.title", "grantorUnitCode", "nominationIds[1]"));
        mvc.perform(post("/api/v1/decisions").contentType(MediaType.APPLICATION_JSON)
                        .content(ISSUE.replace("\"grantorUnitCode\"", "\"grantor\"")))
                .andExpect(problem(400));
        mvc.perform(post("/api/v1/decisions").contentType(MediaType.APPLICATION_JSON)
                        .content(ISSUE.replace("\"2026-01-15\"", "20260115")))
                .andExpect(problem(400, "date"));

        verify(repository, never()).insert(any());
        assertThat(subjects.decided).isEmpty();
    }

    @Test
    void dossiersThatMayNotBeDecidedAreNamedAndNothingChanges() throws Exception {
        mvc.perform(post("/api/v1/decisions").contentType(MediaType.APPLICATION_JSON)
                        .content(ISSUE.replace("\"DX-3\"", "\"DX-404\",\"DX-4\"")))
                .andExpect(problem(422, "nominationIds[1]", "nominationIds[2]"));
        when(honours.conflicts(anyList(), anyList())).thenReturn(List.of(new FieldError("nominationIds[0].award",
                "CB-0042 already has Bằng khen for 2025 in the history")));
        mvc.perform(post("/api/v1/decisions").contentType(MediaType.APPLICATION_JSON).content(ISSUE))
                .andExpect(problem(422, "nominationIds[0].award"));

        verify(repository, never()).insert(any());
        verify(honours, never()).record(anyString(), anyList());
        assertThat(subjects.decided).isEmpty();
    }

    @Test
    void oneDecisionAndAGrantorsList() throws Exception {
        mvc.perform(get("/api/v1/decisions/" + DecisionWebSlice.PROVINCE_DECISION))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value("125/QĐ-UBND"))
                .andExpect(jsonPath("$.honours.length()").value(2));
        mvc.perform(get("/api/v1/decisions/1c8f5d2b-0000-4f60-9bac-1d2e3f4a5b6c")).andExpect(problem(404));
        mvc.perform(get("/api/v1/decisions/not-an-id")).andExpect(problem(404));

        org.mockito.Mockito.doReturn(PageResponse.of(vn.tdkt.support.paging.PageQuery.of(0, 20),
                List.of(DecisionWebSlice.decided(DecisionWebSlice.PROVINCE_DECISION, "125/QĐ-UBND", "LS", "PROVINCE",
                        List.of(Drafts.MAI))), 1)).when(repository).page(eq("LS"), any());
        mvc.perform(get("/api/v1/decisions").param("grantor", "LS"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].honours[0].nomineeName").value("Hoàng Thị Mai"));
        mvc.perform(get("/api/v1/decisions").param("size", "201")).andExpect(problem(400, "size"));
    }

    @Test
    void certificatesAsCsvByDefaultAndAsExcelByParameterOrAccept() throws Exception {
        String path = "/api/v1/decisions/" + DecisionWebSlice.PROVINCE_DECISION + "/certificates";
        byte[] csv = mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".csv")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFSTT,Mã hồ sơ,Đối tượng,Họ tên / Tên tập thể")
                .contains("1,DX-1,Cá nhân,Hoàng Thị Mai,LS-STC,Bằng khen của Chủ tịch UBND tỉnh,2025,125/QĐ-UBND,15/01/2026")
                .contains("Tập thể,Phòng Tài chính – Kế hoạch huyện Chi Lăng");

        for (var request : List.of(get(path).param("format", "xlsx"), get(path).accept(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))) {
            byte[] xlsx = mvc.perform(request).andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .andReturn().getResponse().getContentAsByteArray();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                assertThat(workbook.getSheetAt(0).getRow(1).getCell(3).getStringCellValue()).isEqualTo("Hoàng Thị Mai");
            }
        }
        mvc.perform(get(path).param("format", "pdf")).andExpect(problem(400, "format"));
    }
}
