package vn.tdkt.nomination.honours;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tdkt.events.nomination.RecipientKind;
import vn.tdkt.nomination.FixedClock;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.testing.DemoUser;
import vn.tdkt.support.testing.PermissionMatrix;
import vn.tdkt.support.testing.PermissionMatrixTest;

/**
 * Honours history is written by the emulation office of the unit's subtree (every line of an import must be
 * inside it) and read, as personal data, by officers and leaders of that subtree.
 */
@WebMvcTest(HonoursController.class)
@Import({HonoursService.class, FixedClock.class, DemoUnitTree.class})
class HonoursPermissionMatrixTest extends PermissionMatrixTest<HonoursPermissionMatrixTest.Request> {

    @MockitoBean
    HonoursRepository repository;
    @MockitoBean
    OutboxRelay relay;

    enum Request { RECORD_NHAN_LY, IMPORT_CHI_LANG_AND_NHAN_LY, IMPORT_HUU_LUNG, READ_CHI_LANG_RECIPIENT }

    static final PermissionMatrix<Request> MATRIX = PermissionMatrix.of(Request.class)
            //                                record LS-CL-NL  import LS-CL+NL  import LS-HL  read LS-CL person
            .row(DemoUser.ADMIN,              201, 201, 201, 200)
            .row(DemoUser.OFFICER_PROVINCE,   201, 201, 201, 200)
            .row(DemoUser.OFFICER_CHI_LANG,   201, 201, 403, 200)
            .row(DemoUser.OFFICER_HUU_LUNG,   403, 403, 201, 403)
            .row(DemoUser.OFFICER_NHAN_LY,    201, 403, 403, 403)
            .row(DemoUser.COUNCIL_SECRETARY,  403, 403, 403, 403)
            .row(DemoUser.COUNCIL_MEMBER,     403, 403, 403, 403)
            .row(DemoUser.LEADER_CHI_LANG,    403, 403, 403, 200)
            .row(DemoUser.CONGRESS_ORGANISER, 403, 403, 403, 403)
            .row(DemoUser.OPERATOR,           403, 403, 403, 403);

    @BeforeEach
    void history() {
        when(repository.linesOf(anyCollection())).thenReturn(List.of());
        when(repository.linesOf(List.of("CB-CL-7"))).thenReturn(List.of(new HonourEntry("CB-CL-7",
                RecipientKind.INDIVIDUAL, "Lý Văn Sơn", "LS-CL", 2024, "LAO_DONG_TIEN_TIEN", "Lao động tiên tiến",
                null, null)));
    }

    @Override
    protected void assertNothingChanged() {
        verify(repository, never()).insert(any(), any());
    }

    @Override
    protected MockHttpServletRequestBuilder build(Request request) {
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
