package vn.tdkt.nomination.honours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.support.testing.Problems.problem;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.tdkt.events.nomination.HonourRecorded;
import vn.tdkt.events.nomination.RecipientKind;
import vn.tdkt.nomination.FixedClock;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.testing.SignedInAsAdmin;
import vn.tdkt.support.testing.TestTokens;

/** The honours API over the real service, storage mocked: what is answered, and that a refusal stores nothing. */
@WebMvcTest(HonoursController.class)
@Import({HonoursService.class, FixedClock.class, SignedInAsAdmin.class})
class HonoursControllerTest {

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    static final String IMPORT = """
            recipientId,recipientKind,recipientName,unitCode,year,award,decisionNumber,decisionDate
            CB-0042,INDIVIDUAL,Hoàng Thị Mai,LS-STC,2022,Chiến sĩ thi đua cơ sở,12/QĐ-STC,2023-01-16
            CB-0042,INDIVIDUAL,Hoàng Thị Mai,LS-STC,2023,Chiến sĩ thi đua cơ sở,9/QĐ-STC,2024-01-18
            TT-CL-TCKH,COLLECTIVE,Phòng Tài chính – Kế hoạch huyện Chi Lăng,LS-CL,2024,Tập thể lao động tiên tiến,,
            """;

    @Autowired
    MockMvc mvc;
    @MockitoBean
    HonoursRepository repository;
    @MockitoBean
    OutboxRelay relay;

    @BeforeEach
    void emptyHistory() {
        when(repository.linesOf(anyCollection())).thenReturn(List.of());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCsvImportIsOneBatchWithAnEventPerLine() throws Exception {
        mvc.perform(post("/api/v1/honours/imports").contentType(CSV).content(IMPORT))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lines").value(3))
                .andExpect(jsonPath("$.source").value("CSV_IMPORT"))
                .andExpect(jsonPath("$.items[2].recipientName").value("Phòng Tài chính – Kế hoạch huyện Chi Lăng"))
                .andExpect(jsonPath("$.items[2].awardCode").value("TAP_THE_LDTT"));

        ArgumentCaptor<List<HonourRecorded>> events = ArgumentCaptor.forClass(List.class);
        verify(repository).insert(any(), events.capture());
        assertThat(events.getValue()).extracting(HonourRecorded::aggregateId)
                .containsExactly("CB-0042", "CB-0042", "TT-CL-TCKH");
        verify(relay).nudge();
    }

    @Test
    void aBadLineRefusesTheWholeFileNamingEachLine() throws Exception {
        String bad = IMPORT + "CB-0043,INDIVIDUAL,Lý Văn Sơn,LS-CL,năm ngoái,Giấy khen,,\n"
                + "CB-0044,INDIVIDUAL,Lộc Thị Hà,LS-CL,2024,Huân chương Lao động hạng Ba,,\n";

        mvc.perform(post("/api/v1/honours/imports").contentType(CSV).content(bad))
                .andExpect(problem(400, "line 5.year", "line 6.award"));

        verify(repository, never()).insert(any(), any());
        verify(relay, never()).nudge();
    }

    @Test
    void theFileIsReadAsUtf8WhateverTheHeaderSaysAndOtherEncodingsAreRefused() throws Exception {
        mvc.perform(post("/api/v1/honours/imports").contentType("text/csv")
                        .content(IMPORT.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.items[0].recipientName").value("Hoàng Thị Mai"));
        mvc.perform(post("/api/v1/honours/imports").contentType("text/csv")
                        .content("recipientId,recipientKind,unitCode,year,award\nCB-1,INDIVIDUAL,LS,2024,Gi\u1ea5y khen\n"
                                .replace("\u1ea5", "ấ").getBytes(java.nio.charset.StandardCharsets.UTF_16LE)))
                .andExpect(problem(400, "body"));
    }

    @Test
    void aLineTheHistoryAlreadyHasRefusesTheWholeFile() throws Exception {
        when(repository.linesOf(anyCollection())).thenReturn(List.of(new HonourEntry("CB-0042", RecipientKind.INDIVIDUAL,
                "Hoàng Thị Mai", "LS-STC", 2023, "CSTD_CO_SO", "Chiến sĩ thi đua cơ sở", null, null)));

        mvc.perform(post("/api/v1/honours/imports").contentType(CSV).content(IMPORT))
                .andExpect(problem(422, "line 3.award"));

        verify(repository, never()).insert(any(), any());
    }

    @Test
    void oneLineThroughTheApi() throws Exception {
        mvc.perform(post("/api/v1/honours").contentType(MediaType.APPLICATION_JSON).content("""
                        {"recipientId":"CB-0042","recipientKind":"INDIVIDUAL","recipientName":"Hoàng Thị Mai",
                         "unitCode":"LS-STC","year":2024,"award":"Lao động tiên tiến","decisionNumber":"125/QĐ-STC",
                         "decisionDate":"2025-01-20"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.source").value("API"))
                .andExpect(jsonPath("$.items[0].awardCode").value("LAO_DONG_TIEN_TIEN"));
        verify(repository).insert(any(), any());
    }

    @Test
    void aRepeatedLineIsAConflictAndBadFieldsAre400s() throws Exception {
        when(repository.linesOf(anyCollection())).thenReturn(List.of(new HonourEntry("CB-0042", RecipientKind.INDIVIDUAL,
                "Hoàng Thị Mai", "LS-STC", 2024, "LAO_DONG_TIEN_TIEN", "Lao động tiên tiến", null, null)));

        mvc.perform(post("/api/v1/honours").contentType(MediaType.APPLICATION_JSON).content("""
                        {"recipientId":"CB-0042","recipientKind":"INDIVIDUAL","unitCode":"LS-STC","year":2024,
                         "award":"LAO_DONG_TIEN_TIEN"}"""))
                .andExpect(problem(409));
        mvc.perform(post("/api/v1/honours").contentType(MediaType.APPLICATION_JSON).content("""
                        {"recipientId":"CB-0042","recipientKind":"PERSON","unitCode":"LS-STC","year":2024,
                         "award":"LAO_DONG_TIEN_TIEN"}"""))
                .andExpect(problem(400, "recipientKind"));
        mvc.perform(post("/api/v1/honours").contentType(MediaType.APPLICATION_JSON).content("""
                        {"recipientKind":"INDIVIDUAL","unitCode":"LS STC","year":1800,"award":"?"}"""))
                .andExpect(problem(400, "recipientId", "unitCode", "year", "award"));
        mvc.perform(post("/api/v1/honours").contentType(MediaType.APPLICATION_JSON).content("""
                        {"recipientId":"CB-1","recipientKind":"INDIVIDUAL","unitCode":"LS","year":"2024","award":"GIAY_KHEN"}"""))
                .andExpect(problem(400, "year"));

        verify(repository, never()).insert(any(), any());
    }

    @Test
    void theHistoryOfOneRecipient() throws Exception {
        when(repository.linesOf(List.of("CB-0042"))).thenReturn(List.of(
                new HonourEntry("CB-0042", RecipientKind.INDIVIDUAL, "Hoàng Thị Mai", "LS-STC", 2022, "CSTD_CO_SO",
                        "Chiến sĩ thi đua cơ sở", null, null),
                new HonourEntry("CB-0042", RecipientKind.INDIVIDUAL, "Hoàng Thị Mai", "LS-STC", 2023, "CSTD_CO_SO",
                        "Chiến sĩ thi đua cơ sở", null, null)));

        mvc.perform(get("/api/v1/honours").param("recipientId", "CB-0042"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.items[1].year").value(2023));
        mvc.perform(get("/api/v1/honours").param("recipientId", "KHONG-CO")).andExpect(problem(404));
        mvc.perform(get("/api/v1/honours")).andExpect(problem(400, "recipientId"));
    }
}
