package vn.tdkt.console.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.tdkt.console.support.ConsoleWebTest;
import vn.tdkt.console.support.Json;
import vn.tdkt.console.support.NominationApi;
import vn.tdkt.console.support.PublicBoardApi;
import vn.tdkt.console.support.ServiceProblem;
import vn.tdkt.console.support.TestUsers;

@ConsoleWebTest({PublicBoardController.class, BoardController.class})
@Import(PublicBoardSecurity.class)
class BoardControllersTest {

    /** nomination-service's public answer (h4-stats PublicBoard): published snapshots only. */
    static final String BOARD = """
            {"unitCode":"LS-CL","unitName":"Huyện Chi Lăng","page":0,"size":50,"totalItems":2,"items":[
              {"id":"7d1f3c2a-5b6e-4f70-8a9b-0c1d2e3f4a5b","recipientKind":"COLLECTIVE","displayName":"Trường Tiểu học Quang Lang",
               "title":"Tập thể lao động xuất sắc","citation":"Dẫn đầu phong trào thi đua năm học 2024–2025 <b>",
               "fields":[{"field":"YEAR","label":"Năm thành tích","value":"2025"}],"publishedOn":"2025-09-02"},
              {"id":"8e2f4d3b-6c7f-4081-9bac-1d2e3f4a5b6c","recipientKind":"INDIVIDUAL","displayName":"Bà Hoàng Thị Mai",
               "title":"Chiến sĩ thi đua cơ sở","citation":"Giáo viên dạy giỏi cấp tỉnh","fields":[],"publishedOn":"2025-08-20"}]}""";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    PublicBoardApi publicBoard;
    @MockitoBean
    NominationApi nominations;

    @Test
    void theBoardIsPublicWithCollectivesAndIndividualsApartAndTheEmbedCode() throws Exception {
        when(publicBoard.board("LS-CL", 0, 50)).thenReturn(Json.mapper().readTree(BOARD));
        String html = mvc.perform(get("/bang-vang/LS-CL"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Cache-Control", "max-age=300, public"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<h1>Bảng vàng – Huyện Chi Lăng</h1>")
                .contains("Tập thể tiêu biểu").contains("Trường Tiểu học Quang Lang").contains("Năm thành tích")
                .contains("Cá nhân tiêu biểu").contains("Bà Hoàng Thị Mai").contains("Công bố ngày 02/09/2025")
                .contains("năm học 2024–2025 &lt;b&gt;").doesNotContain("2025 <b>")
                .contains("&lt;iframe src=&quot;http://localhost/honour-board/LS-CL/embed&quot; title=&quot;Bảng vàng – Huyện Chi Lăng&quot;")
                .contains("href=\"http://localhost/honour-board/LS-CL/feed.atom\"")
                .doesNotContain("Đăng xuất");
    }

    @Test
    void aUnitTheServiceDoesNotKnowIsANotFoundPage() throws Exception {
        when(publicBoard.board(eq("XX"), anyInt(), anyInt()))
                .thenThrow(new ServiceProblem("nomination", 404, "Not Found", "No unit XX", List.of(), null));
        mvc.perform(get("/honour-board/XX")).andExpect(status().isNotFound());
    }

    @Test
    void theSnippetMayBeFramedByAnySiteAndLinksOutOfTheFrame() throws Exception {
        when(publicBoard.board("LS-CL", 0, 10)).thenReturn(Json.mapper().readTree(BOARD));
        var response = mvc.perform(get("/honour-board/LS-CL/embed")).andExpect(status().isOk())
                .andExpect(header().doesNotExist("X-Frame-Options"))
                .andExpect(header().string("Content-Security-Policy", "frame-ancestors *"))
                .andReturn().getResponse();
        assertThat(response.getContentAsString()).contains("target=\"_blank\"")
                .contains("http://localhost/honour-board/LS-CL#e-7d1f3c2a-5b6e-4f70-8a9b-0c1d2e3f4a5b")
                .doesNotContain("site-header");
    }

    @Test
    void theFeedIsAtomOneWithAnEntryPerPublishedSnapshot() throws Exception {
        when(publicBoard.board("LS-CL", 0, 50)).thenReturn(Json.mapper().readTree(BOARD));
        String xml = mvc.perform(get("/honour-board/LS-CL/feed.atom")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/atom+xml;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString();
        assertThat(xml).contains("xmlns=\"http://www.w3.org/2005/Atom\"");
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(xml));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("Bảng vàng – Huyện Chi Lăng");
        assertThat(feed.getOtherLinks()).anyMatch(l -> "self".equals(l.getRel())
                && "http://localhost/honour-board/LS-CL/feed.atom".equals(l.getHref()));
        assertThat(feed.getUpdated().toInstant()).hasToString("2025-09-01T17:00:00Z");
        List<Entry> entries = feed.getEntries();
        assertThat(entries).extracting(Entry::getId).containsExactly("urn:uuid:7d1f3c2a-5b6e-4f70-8a9b-0c1d2e3f4a5b",
                "urn:uuid:8e2f4d3b-6c7f-4081-9bac-1d2e3f4a5b6c");
        assertThat(entries.getFirst().getTitle()).isEqualTo("Trường Tiểu học Quang Lang – Tập thể lao động xuất sắc");
        assertThat(entries.getFirst().getSummary().getValue()).contains("Năm thành tích: 2025");
    }

    @Test
    void onlyReadingIsPublic() throws Exception {
        mvc.perform(post("/honour-board/LS-CL")).andExpect(status().isForbidden());
        mvc.perform(get("/board/LS-CL")).andExpect(status().is3xxRedirection());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOfficerSeesTheBoardsEntriesAndTheSourcesToPublish() throws Exception {
        when(nominations.get(any(Function.class))).thenAnswer(call -> {
            String uri = ((Function<org.springframework.web.util.UriBuilder, java.net.URI>) call.getArgument(0))
                    .apply(org.springframework.web.util.UriComponentsBuilder.newInstance()).toString();
            if (uri.startsWith("/api/v1/exemplars/book")) {
                return Json.mapper().readTree("""
                        {"items":[{"month":"2025-08","unitCode":"LS-CL-QL","unitName":"Trường Tiểu học Quang Lang","no":2,
                          "recipientKind":"INDIVIDUAL","name":"Hoàng Thị Mai"}],"page":0,"size":200,"totalItems":1}""");
            }
            if (uri.startsWith("/api/v1/nominations")) {
                return Json.mapper().readTree("""
                        {"items":[{"id":"n-42","nomineeName":"Lương Văn Hùng","nomineeUnitCode":"LS-CL-NL",
                                   "awardName":"Lao động tiên tiến","year":2025},
                                  {"id":"n-43","nomineeName":"Người Hữu Lũng","nomineeUnitCode":"LS-HL",
                                   "awardName":"Lao động tiên tiến","year":2025}],
                         "page":0,"size":200,"totalItems":2}""");
            }
            return Json.mapper().readTree("""
                    {"items":[{"id":"e1","unitCode":"LS-CL","source":"HONOUR","sourceId":"n-7","recipientKind":"INDIVIDUAL",
                      "displayName":"Ông Lý Văn Sáng","title":"Lao động tiên tiến","status":"PUBLISHED",
                      "publishedAt":"2025-09-02T02:00:00Z","publishedBy":"thiduakt.chilang"}],"page":0,"size":50,"totalItems":1}""");
        });
        String html = mvc.perform(get("/board/LS-CL").with(TestUsers.chiLangOfficer())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("value=\"EXEMPLAR|LS-CL-QL:2025-08#2\"").contains("Hoàng Thị Mai – 08/2025")
                .contains("value=\"HONOUR|n-42\"").doesNotContain("HONOUR|n-43").contains("Ông Lý Văn Sáng").contains("Đang công bố")
                .contains("action=\"/board/LS-CL/entries/e1/withdrawal\"")
                .contains(">Bảng vàng</a>");
    }

    @Test
    @SuppressWarnings("unchecked")
    void publishingSendsTheChoiceAndARefusalIsShownAtTheSourceField() throws Exception {
        when(nominations.get(any(Function.class))).thenReturn(Json.mapper().readTree("{\"items\":[],\"page\":0,\"size\":50,\"totalItems\":0}"));
        when(nominations.post(eq("/api/v1/honour-board/{unit}/entries"), any(), eq("LS-CL"))).thenThrow(new ServiceProblem(
                "nomination", 422, "Unprocessable", null, List.of(new ServiceProblem.FieldProblem("sourceId",
                "belongs to unit LS-HL, which is not LS-CL or under it")), null));
        String html = mvc.perform(post("/board/LS-CL/entries").param("sourceRef", "HONOUR|n-9").param("displayName", "Bà Mai")
                        .param("citation", "Giáo viên giỏi").param("publishedFields", "YEAR", "AWARD")
                        .with(TestUsers.chiLangOfficer()).with(csrf()))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"f-sourceId-error\"").contains("belongs to unit LS-HL")
                .contains("value=\"Bà Mai\"").contains("id=\"pf-YEAR\" value=\"YEAR\" checked");
        ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
        verify(nominations).post(eq("/api/v1/honour-board/{unit}/entries"), body.capture(), eq("LS-CL"));
        assertThat(body.getValue().toString()).isEqualTo("{\"source\":\"HONOUR\",\"sourceId\":\"n-9\",\"displayName\":\"Bà Mai\","
                + "\"title\":\"\",\"citation\":\"Giáo viên giỏi\",\"publishedFields\":[\"YEAR\",\"AWARD\"]}");
    }

    @Test
    void withdrawingDeletesTheEntryAndSaysSo() throws Exception {
        when(nominations.delete("/api/v1/honour-board/{unit}/entries/{id}", "LS-CL", "e1"))
                .thenReturn(Json.mapper().readTree("{\"id\":\"e1\",\"displayName\":\"Ông Lý Văn Sáng\",\"status\":\"WITHDRAWN\"}"));
        mvc.perform(post("/board/LS-CL/entries/e1/withdrawal").with(TestUsers.chiLangOfficer()).with(csrf()))
                .andExpect(redirectedUrl("/board/LS-CL"));
        verify(nominations).delete("/api/v1/honour-board/{unit}/entries/{id}", "LS-CL", "e1");
    }
}
