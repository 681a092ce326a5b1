package vn.tdkt.nomination.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.support.testing.Problems.problem;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
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
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.security.Role;
import vn.tdkt.support.testing.SignedInAsAdmin;
import vn.tdkt.support.testing.TestTokens;

/** The councils API over the real service and rules, storage mocked: refusals are problems that change nothing. */
@WebMvcTest(CouncilController.class)
@Import({CouncilService.class, Minutes.class, FixedClock.class, SignedInAsAdmin.class,
        CouncilPermissionMatrixTest.Agenda.class})
class CouncilControllerTest {

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    static final String MEMBER_1 = TestTokens.bearer("uyvien.1", "LS", Role.COUNCIL_MEMBER);

    @Autowired
    MockMvc mvc;
    @Autowired
    CouncilWebFixture.FakeAgendaHolder agenda;
    @MockitoBean
    CouncilRepository councils;
    @MockitoBean
    SessionRepository sessions;
    @MockitoBean
    PackCouncilRules rules;
    @MockitoBean
    OutboxRelay relay;

    @BeforeEach
    void storage() {
        CouncilWebFixture.stub(councils, sessions, agenda, rules);
    }

    @Test
    void setsUpACouncilAndNamesEveryBadField() throws Exception {
        mvc.perform(put("/api/v1/councils/LS-CL").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"Hội đồng Thi đua – Khen thưởng huyện Chi Lăng","chair":"uyvien.1",
                         "secretary":"thuky.chilang","members":["uyvien.3","uyvien.1"]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.members[0]").value("uyvien.1"))
                .andExpect(jsonPath("$.membership").value(2));
        mvc.perform(put("/api/v1/councils/LS").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"","chair":"uyvien.9","secretary":"thuky.hoidong","members":["uyvien.1","uyvien.1"]}"""))
                .andExpect(problem(400, "name", "chair", "members[1]"));
        mvc.perform(put("/api/v1/councils/LS").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"x","chair":"uyvien.1","secretary":"thuky.hoidong","members":["uyvien.1"],"size":3}"""))
                .andExpect(problem(400, "size"));
        verify(councils, never()).update(any(), any());
    }

    @Test
    void opensOverAppraisedDossiersOnlyAndNamesEachBadId() throws Exception {
        mvc.perform(post("/api/v1/councils/LS/sessions").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nominationIds\":[\"DX-1\",\"DX-7\",\"DX-8\"]}"))
                .andExpect(problem(422, "nominationIds[1]", "nominationIds[2]"));
        mvc.perform(post("/api/v1/councils/LS/sessions").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nominationIds\":[\"DX-1\",\"DX-1\"]}"))
                .andExpect(problem(400, "nominationIds[1]"));
        mvc.perform(post("/api/v1/councils/LS-HL/sessions").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nominationIds\":[\"DX-1\"]}"))
                .andExpect(problem(404));
        verify(sessions, never()).insert(any(), any());

        mvc.perform(post("/api/v1/councils/LS/sessions").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Phiên họp xét Chiến sĩ thi đua\",\"nominationIds\":[\"DX-1\",\"DX-2\"]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.membership").value(5))
                .andExpect(jsonPath("$.agenda[1].nominationId").value("DX-2"));
    }

    @Test
    void anotherSecretaryMayNotRunTheCouncil() throws Exception {
        mvc.perform(post("/api/v1/councils/LS/sessions").header("Authorization",
                                TestTokens.bearer("thuky.khac", "LS", Role.COUNCIL_SECRETARY))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"nominationIds\":[\"DX-1\"]}"))
                .andExpect(problem(403));
        verify(sessions, never()).insert(any(), any());
    }

    @Test
    void whileOpenASessionShowsOnlyHowManyTookPart() throws Exception {
        VotingSession open = CouncilWebFixture.openSession();
        open.cast("uyvien.2", "DX-1", Choice.REJECT);
        when(sessions.find(new SessionId(CouncilWebFixture.OPEN_ID))).thenReturn(Optional.of(open));
        mvc.perform(get(CouncilWebFixture.OPEN_PATH))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agenda[0].participants").value(1))
                .andExpect(jsonPath("$.agenda[0].approvals").doesNotExist())
                .andExpect(jsonPath("$.agenda[0].rejections").doesNotExist())
                .andExpect(jsonPath("$.present").doesNotExist());
        mvc.perform(get(CouncilWebFixture.CLOSED_PATH))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.agenda[0].approvals").value(5))
                .andExpect(jsonPath("$.agenda[0].approved").value(true))
                .andExpect(jsonPath("$.present.length()").value(5));
    }

    @Test
    void aBallotIsCastOnceOnlyWhileOpenAndAnswersAReceiptNotTheChoice() throws Exception {
        mvc.perform(post(CouncilWebFixture.OPEN_PATH + "/ballots").header("Authorization", MEMBER_1)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"nominationId\":\"DX-1\",\"choice\":\"APPROVE\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.receipt").isString())
                .andExpect(jsonPath("$.counted").value(true))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("APPROVE"))));

        VotingSession voted = CouncilWebFixture.openSession();
        voted.cast("uyvien.1", "DX-1", Choice.APPROVE);
        when(sessions.find(new SessionId(CouncilWebFixture.OPEN_ID))).thenReturn(Optional.of(voted));
        mvc.perform(post(CouncilWebFixture.OPEN_PATH + "/ballots").header("Authorization", MEMBER_1)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"nominationId\":\"DX-1\",\"choice\":\"REJECT\"}"))
                .andExpect(problem(409));
        mvc.perform(post(CouncilWebFixture.CLOSED_PATH + "/ballots").header("Authorization", MEMBER_1)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"nominationId\":\"DX-1\",\"choice\":\"REJECT\"}"))
                .andExpect(problem(409));
        mvc.perform(post(CouncilWebFixture.OPEN_PATH + "/ballots").header("Authorization", MEMBER_1)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"nominationId\":\"DX-9\",\"choice\":\"REJECT\"}"))
                .andExpect(problem(422, "nominationId"));
        mvc.perform(post(CouncilWebFixture.OPEN_PATH + "/ballots").header("Authorization", MEMBER_1)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"nominationId\":\"DX-2\",\"choice\":\"MAYBE\"}"))
                .andExpect(problem(400, "choice"));
        mvc.perform(post(CouncilWebFixture.OPEN_PATH + "/ballots").header("Authorization", MEMBER_1)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nominationId\":\"DX-2\",\"choice\":\"APPROVE\",\"voter\":\"uyvien.2\"}"))
                .andExpect(problem(400, "voter"));
        mvc.perform(post("/api/v1/councils/LS/sessions/" + CouncilWebFixture.UNKNOWN_ID + "/ballots")
                        .header("Authorization", MEMBER_1)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"nominationId\":\"DX-1\",\"choice\":\"REJECT\"}"))
                .andExpect(problem(404));
        verify(sessions, org.mockito.Mockito.times(1)).cast(any(), anyString(), anyString(), any(), anyString());
    }

    @Test
    void aReceiptSaysCountedOrNotFound() throws Exception {
        mvc.perform(get(CouncilWebFixture.CLOSED_PATH + "/ballots/receipts/GOOD-RECEIPT"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.counted").value(true));
        mvc.perform(get(CouncilWebFixture.CLOSED_PATH + "/ballots/receipts/OTHER"))
                .andExpect(problem(404));
    }

    @Test
    void closingWithAnUnknownThresholdNeedsTheRecordedRule() throws Exception {
        mvc.perform(post(CouncilWebFixture.OPEN_PATH + "/close"))
                .andExpect(problem(422, "ruleApplied"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("DX-2")));
        mvc.perform(post(CouncilWebFixture.OPEN_PATH + "/close").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ruleApplied\":\"Quy chế\",\"threshold\":0}"))
                .andExpect(problem(400, "threshold"));
        verify(sessions, never()).close(any(), any());

        mvc.perform(post(CouncilWebFixture.OPEN_PATH + "/close").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ruleApplied\":\"Quy chế hoạt động của Hội đồng, Điều 7\",\"threshold\":0.7}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.resultsApplied").value(true))
                .andExpect(jsonPath("$.agenda[1].ruleApplied").value(org.hamcrest.Matchers.containsString("Điều 7")))
                .andExpect(jsonPath("$.agenda[0].ruleApplied").value(org.hamcrest.Matchers.containsString("90%")));
        assertThat(agenda.agenda.applied.get(CouncilWebFixture.OPEN_ID)).containsOnlyKeys("DX-1", "DX-2");
        mvc.perform(post(CouncilWebFixture.CLOSED_PATH + "/close")).andExpect(problem(409));
    }

    @Test
    void theMinutesAreInVietnameseAsHtmlAndPdfOnceClosed() throws Exception {
        String html = mvc.perform(get(CouncilWebFixture.CLOSED_PATH + "/minutes").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("BIÊN BẢN HỌP HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG", "Hoàng Thị Mai",
                "Chiến sĩ thi đua cơ sở", "Đạt", "uyvien.1, uyvien.2, uyvien.3, uyvien.4, uyvien.5", "100%")
                .doesNotContain("APPROVE", "REJECT", "BLANK");
        byte[] pdf = mvc.perform(get(CouncilWebFixture.CLOSED_PATH + "/minutes").accept(MediaType.APPLICATION_PDF))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("BIÊN BẢN HỌP HỘI ĐỒNG THI ĐUA", "Hoàng Thị Mai", "Chiến sĩ thi đua cơ sở");
            assertThat(document.getPage(0).getResources().getFontNames()).isNotEmpty();
        }
        mvc.perform(get(CouncilWebFixture.OPEN_PATH + "/minutes").accept(MediaType.TEXT_HTML))
                .andExpect(status().isConflict());
    }
}
