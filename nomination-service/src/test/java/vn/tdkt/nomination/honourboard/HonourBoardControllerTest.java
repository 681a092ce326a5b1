package vn.tdkt.nomination.honourboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.support.testing.Problems.problem;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tdkt.nomination.FixedClock;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.testing.DemoUser;
import vn.tdkt.support.testing.PermissionMatrix;
import vn.tdkt.support.testing.PermissionMatrixTest;
import vn.tdkt.support.testing.TestTokens;
import vn.tdkt.support.unitdirectory.DirectoryUnit;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/**
 * The board over the real service and security chain, its store stubbed: a unit's officers choose what it publishes
 * (PUBLISH_HONOUR_BOARD in the subtree), only of their subtree's sources; the public read needs no token, ignores a
 * bad one, shows only the published snapshot and answers 304 to its own ETag.
 */
@WebMvcTest({HonourBoardController.class, PublicHonourBoardController.class})
@Import({HonourBoardService.class, DemoUnitTree.class, FixedClock.class})
class HonourBoardControllerTest extends PermissionMatrixTest<HonourBoardControllerTest.Request> {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    HonourBoardRepository repository;
    @MockitoBean
    UnitDirectory units;

    enum Request { PUBLISH_NHAN_LY, PUBLISH_HUU_LUNG, WITHDRAW_CHI_LANG, LIST_CHI_LANG }

    static final PermissionMatrix<Request> MATRIX = PermissionMatrix.of(Request.class)
            //                                pub NL  pub HL  withdraw CL  list CL
            .row(DemoUser.ADMIN,              201, 201, 200, 200)
            .row(DemoUser.OFFICER_PROVINCE,   201, 201, 200, 200)
            .row(DemoUser.OFFICER_CHI_LANG,   201, 403, 200, 200)
            .row(DemoUser.OFFICER_HUU_LUNG,   403, 201, 403, 403)
            .row(DemoUser.OFFICER_NHAN_LY,    201, 403, 403, 403)
            .row(DemoUser.COUNCIL_SECRETARY,  403, 403, 403, 403)
            .row(DemoUser.COUNCIL_MEMBER,     403, 403, 403, 403)
            .row(DemoUser.LEADER_CHI_LANG,    403, 403, 403, 403)
            .row(DemoUser.CONGRESS_ORGANISER, 403, 403, 403, 403)
            .row(DemoUser.OPERATOR,           403, 403, 403, 403);

    static final BoardEntry PUBLISHED = new BoardEntry("e-1", "LS-CL", SourceKind.HONOUR, "dx-nl", "INDIVIDUAL",
            "Đồng chí Lương Văn Hùng", "Chiến sĩ thi đua cơ sở năm 2025", "Sáng kiến số hoá hồ sơ địa chính.",
            List.of(new BoardEntry.Shown(PublishedField.AWARD, PublishedField.AWARD.label(), "Chiến sĩ thi đua cơ sở")),
            BoardEntry.Status.PUBLISHED, Instant.parse("2026-01-19T18:00:00Z"), "thiduakt.chilang", null, null, 0L);

    @BeforeEach
    void stores() {
        when(units.subtree(anyString())).thenAnswer(call -> subtree(call.getArgument(0)));
        when(units.find(anyString())).thenAnswer(call -> subtree(call.getArgument(0)).isEmpty() ? Optional.empty()
                : Optional.of(new DirectoryUnit(call.getArgument(0), "UBND " + call.getArgument(0), "DISTRICT", null,
                null, List.of(), 1, Instant.EPOCH)));
        when(repository.honour("dx-nl")).thenReturn(Optional.of(new Source(SourceKind.HONOUR, "dx-nl", "LS-CL-NL",
                "INDIVIDUAL", Map.of(PublishedField.AWARD, "Chiến sĩ thi đua cơ sở", PublishedField.YEAR, "2025",
                PublishedField.UNIT, "LS-CL-NL"))));
        when(repository.honour("dx-hl")).thenReturn(Optional.of(new Source(SourceKind.HONOUR, "dx-hl", "LS-HL",
                "COLLECTIVE", Map.of(PublishedField.AWARD, "Tập thể lao động tiên tiến"))));
        when(repository.insert(any())).thenAnswer(call -> ((BoardEntry) call.getArgument(0)).storedAs(0L));
        when(repository.find("LS-CL", "e-1")).thenReturn(Optional.of(PUBLISHED));
        when(repository.update(any())).thenAnswer(call -> ((BoardEntry) call.getArgument(0)).storedAs(1L));
        when(repository.page(eq("LS-CL"), any(), any())).thenReturn(new PageResponse<>(List.of(PUBLISHED), 0, 20, 1));
    }

    /** The demo tree's subtree of a unit: itself and up to two levels below; empty for an unknown code. */
    static Set<String> subtree(String root) {
        Set<String> found = new LinkedHashSet<>();
        if (root.equals("LS") || DemoUnitTree.PARENTS.containsKey(root)) {
            found.add(root);
            DemoUnitTree.PARENTS.forEach((child, parent) -> {
                if (parent.equals(root) || DemoUnitTree.PARENTS.getOrDefault(parent, "").equals(root)) {
                    found.add(child);
                }
            });
        }
        return found;
    }

    static String publish(String sourceId, String... fields) {
        return """
                {"source":"HONOUR","sourceId":"%s","displayName":"Đồng chí Lương Văn Hùng",
                 "title":"Chiến sĩ thi đua cơ sở năm 2025","citation":"Sáng kiến số hoá hồ sơ địa chính.",
                 "publishedFields":[%s]}""".formatted(sourceId,
                String.join(",", List.of(fields).stream().map(f -> "\"" + f + "\"").toList()));
    }

    @Override
    protected MockHttpServletRequestBuilder build(Request request) {
        return switch (request) {
            case PUBLISH_NHAN_LY -> post("/api/v1/honour-board/LS-CL-NL/entries").contentType(MediaType.APPLICATION_JSON)
                    .content(publish("dx-nl", "AWARD"));
            case PUBLISH_HUU_LUNG -> post("/api/v1/honour-board/LS-HL/entries").contentType(MediaType.APPLICATION_JSON)
                    .content(publish("dx-hl", "AWARD"));
            case WITHDRAW_CHI_LANG -> delete("/api/v1/honour-board/LS-CL/entries/e-1");
            case LIST_CHI_LANG -> get("/api/v1/honour-board/LS-CL/entries");
        };
    }

    @Override
    protected void assertNothingChanged() {
        verify(repository, never()).insert(any());
        verify(repository, never()).update(any());
    }

    @Test
    void anOfficerPublishesTheChosenFieldsWithTheUnitsNameForItsCode() throws Exception {
        mvc.perform(post("/api/v1/honour-board/LS-CL/entries").header(AUTHORIZATION, DemoUser.OFFICER_CHI_LANG.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(publish("dx-nl", "AWARD", "UNIT")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/honour-board/LS-CL/entries/")))
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.fields.length()").value(2))
                .andExpect(jsonPath("$.fields[1].value").value("UBND LS-CL-NL"))
                .andExpect(jsonPath("$.recipientKind").value("INDIVIDUAL"));
    }

    @Test
    void aSourceOutsideTheSubtreeOrUnknownIsRefusedNamingIt() throws Exception {
        String officer = DemoUser.OFFICER_CHI_LANG.bearer();
        mvc.perform(post("/api/v1/honour-board/LS-CL/entries").header(AUTHORIZATION, officer)
                        .contentType(MediaType.APPLICATION_JSON).content(publish("dx-hl", "AWARD")))
                .andExpect(problem(422, "sourceId"));
        mvc.perform(post("/api/v1/honour-board/LS-CL/entries").header(AUTHORIZATION, officer)
                        .contentType(MediaType.APPLICATION_JSON).content(publish("dx-none", "AWARD")))
                .andExpect(problem(422, "sourceId"));
        mvc.perform(post("/api/v1/honour-board/LS-CL/entries").header(AUTHORIZATION, officer)
                        .contentType(MediaType.APPLICATION_JSON).content(publish("dx-nl", "ACHIEVEMENT", "BIRTH_YEAR")))
                .andExpect(problem(400, "publishedFields[0]", "publishedFields[1]"));
        mvc.perform(post("/api/v1/honour-board/LS-CL/entries").header(AUTHORIZATION, officer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"source\":\"HONOUR\",\"nomineeId\":\"CB-1\"}"))
                .andExpect(problem(400, "nomineeId"));
        verify(repository, never()).insert(any());
    }

    @Test
    void aCallerWithoutTheRightIsRefusedBeforeItsInputIsJudged() throws Exception {
        String outsider = DemoUser.OFFICER_HUU_LUNG.bearer();
        mvc.perform(post("/api/v1/honour-board/LS-CL/entries").header(AUTHORIZATION, outsider)
                        .contentType(MediaType.APPLICATION_JSON).content(publish("dx-nl", "ACHIEVEMENT", "BIRTH_YEAR")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/honour-board/LS-CL/entries").param("status", "BOGUS").param("size", "0")
                        .header(AUTHORIZATION, outsider))
                .andExpect(status().isForbidden());
        verify(repository, never()).insert(any());
    }

    @Test
    void aSourceAlreadyOnTheBoardIsAConflict() throws Exception {
        org.mockito.Mockito.doThrow(new DuplicateKeyException("board_live_key")).when(repository).insert(any());

        mvc.perform(post("/api/v1/honour-board/LS-CL/entries").header(AUTHORIZATION, DemoUser.OFFICER_CHI_LANG.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(publish("dx-nl", "AWARD")))
                .andExpect(problem(409));
    }

    @Test
    void thePublicBoardNeedsNoTokenAndShowsOnlyThePublishedSnapshot() throws Exception {
        MvcResult result = mvc.perform(get("/public/v1/honour-board/LS-CL"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitName").value("UBND LS-CL"))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].displayName").value("Đồng chí Lương Văn Hùng"))
                .andExpect(jsonPath("$.items[0].fields[0].value").value("Chiến sĩ thi đua cơ sở"))
                .andExpect(jsonPath("$.items[0].publishedOn").value("2026-01-20"))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("max-age=300")))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("public")))
                .andReturn();
        String body = result.getResponse().getContentAsString();
        assertThat(body).doesNotContain("dx-nl", "sourceId", "thiduakt", "publishedBy", "birth", "ethnic", "gender");
        verify(repository).page(eq("LS-CL"), eq(BoardEntry.Status.PUBLISHED), any());

        String etag = result.getResponse().getHeader("ETag");
        assertThat(etag).startsWith("\"");
        mvc.perform(get("/public/v1/honour-board/LS-CL").header("If-None-Match", etag))
                .andExpect(status().isNotModified());
    }

    @Test
    void thePublicBoardIgnoresATokenAndOpensNothingElse() throws Exception {
        for (TestTokens.BadToken token : TestTokens.badTokens()) {
            var call = get("/public/v1/honour-board/LS-CL");
            if (token.header() != null) {
                call.header(AUTHORIZATION, token.header());
            }
            mvc.perform(call).andExpect(status().isOk());
        }
        mvc.perform(post("/public/v1/honour-board/LS-CL")).andExpect(status().isUnauthorized());
        mvc.perform(get("/public/v1/honour-board/LS-CL/entries")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/honour-board/LS-CL/entries")).andExpect(status().isUnauthorized());
        mvc.perform(get("/public/v1/honour-board/NOPE")).andExpect(problem(404));
    }
}
