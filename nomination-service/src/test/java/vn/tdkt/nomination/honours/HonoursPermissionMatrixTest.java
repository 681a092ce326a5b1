package vn.tdkt.nomination.honours;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.support.testing.PermissionMatrix.row;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tdkt.events.nomination.RecipientKind;
import vn.tdkt.nomination.FixedClock;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.testing.DemoUser;
import vn.tdkt.support.testing.PermissionMatrix;
import vn.tdkt.support.testing.TestTokens;

/**
 * Honours history is written by the emulation office of the unit's subtree (every line of an import must be
 * inside it) and read, as personal data, by officers and leaders of that subtree.
 */
@WebMvcTest(HonoursController.class)
@Import({HonoursService.class, FixedClock.class, DemoUnitTree.class})
class HonoursPermissionMatrixTest {

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    @Autowired
    MockMvc mvc;
    @MockitoBean
    HonoursRepository repository;
    @MockitoBean
    OutboxRelay relay;

    enum Request { RECORD_NHAN_LY, IMPORT_CHI_LANG_AND_NHAN_LY, IMPORT_HUU_LUNG, READ_CHI_LANG_RECIPIENT }

    static Stream<Arguments> matrix() {
        //                                  record LS-CL-NL  import LS-CL+NL  import LS-HL  read LS-CL person
        return Stream.of(
                row(DemoUser.ADMIN, Request.class, 201, 201, 201, 200),
                row(DemoUser.OFFICER_PROVINCE, Request.class, 201, 201, 201, 200),
                row(DemoUser.OFFICER_CHI_LANG, Request.class, 201, 201, 403, 200),
                row(DemoUser.OFFICER_HUU_LUNG, Request.class, 403, 403, 201, 403),
                row(DemoUser.OFFICER_NHAN_LY, Request.class, 201, 403, 403, 403),
                row(DemoUser.COUNCIL_SECRETARY, Request.class, 403, 403, 403, 403),
                row(DemoUser.COUNCIL_MEMBER, Request.class, 403, 403, 403, 403),
                row(DemoUser.LEADER_CHI_LANG, Request.class, 403, 403, 403, 200),
                row(DemoUser.CONGRESS_ORGANISER, Request.class, 403, 403, 403, 403),
                row(DemoUser.OPERATOR, Request.class, 403, 403, 403, 403))
                .flatMap(List::stream);
    }

    static Stream<Arguments> badTokens() {
        return PermissionMatrix.badTokens(Request.class);
    }

    @BeforeEach
    void history() {
        when(repository.linesOf(anyCollection())).thenReturn(List.of());
        when(repository.linesOf(List.of("CB-CL-7"))).thenReturn(List.of(new HonourEntry("CB-CL-7",
                RecipientKind.INDIVIDUAL, "Lý Văn Sơn", "LS-CL", 2024, "LAO_DONG_TIEN_TIEN", "Lao động tiên tiến",
                null, null)));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("matrix")
    void decides(DemoUser user, Request request, int expected) throws Exception {
        mvc.perform(build(request).header("Authorization", user.bearer())).andExpect(status().is(expected));
        if (expected == 403) {
            verify(repository, never()).insert(any(), any());
        }
    }

    @ParameterizedTest(name = "{0} token: {1} → 401")
    @MethodSource("badTokens")
    void refusesBadTokens(TestTokens.BadToken token, Request request) throws Exception {
        MockHttpServletRequestBuilder call = build(request);
        if (token.header() != null) {
            call.header("Authorization", token.header());
        }
        mvc.perform(call).andExpect(status().isUnauthorized());
        verify(repository, never()).insert(any(), any());
    }

    private static MockHttpServletRequestBuilder build(Request request) {
        String header = "recipientId,recipientKind,unitCode,year,award\n";
        return switch (request) {
            case RECORD_NHAN_LY -> post("/api/v1/honours").contentType(MediaType.APPLICATION_JSON).content("""
                    {"recipientId":"CB-NL-1","recipientKind":"INDIVIDUAL","unitCode":"LS-CL-NL","year":2024,
                     "award":"Lao động tiên tiến"}""");
            case IMPORT_CHI_LANG_AND_NHAN_LY -> post("/api/v1/honours/imports").contentType("text/csv").content(header
                    + "CB-CL-1,INDIVIDUAL,LS-CL,2024,Lao động tiên tiến\nCB-NL-2,INDIVIDUAL,LS-CL-NL,2024,Giấy khen\n");
            case IMPORT_HUU_LUNG -> post("/api/v1/honours/imports").contentType("text/csv").content(header
                    + "CB-HL-1,INDIVIDUAL,LS-HL,2024,Lao động tiên tiến\n");
            case READ_CHI_LANG_RECIPIENT -> get("/api/v1/honours").param("recipientId", "CB-CL-7");
        };
    }
}
