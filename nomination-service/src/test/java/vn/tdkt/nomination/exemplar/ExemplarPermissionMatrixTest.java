package vn.tdkt.nomination.exemplar;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tdkt.nomination.FixedClock;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.testing.DemoUser;
import vn.tdkt.support.testing.PermissionMatrix;
import vn.tdkt.support.testing.PermissionMatrixTest;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/**
 * Emulation officers register their own subtree's exemplars (REGISTER_EXEMPLARS); the book and the missing
 * report are read by whoever reads nominations in the unit's subtree (officers, leaders, the council).
 */
@WebMvcTest(ExemplarController.class)
@Import({ExemplarService.class, FixedClock.class, DemoUnitTree.class})
@EnableConfigurationProperties(ExemplarProperties.class)
class ExemplarPermissionMatrixTest extends PermissionMatrixTest<ExemplarPermissionMatrixTest.Request> {

    @MockitoBean
    ExemplarRepository repository;
    @MockitoBean
    UnitDirectory units;
    @MockitoBean
    OutboxRelay relay;

    enum Request { REGISTER_NHAN_LY, REGISTER_HUU_LUNG, BOOK_CHI_LANG, MISSING_PROVINCE }

    static final PermissionMatrix<Request> MATRIX = PermissionMatrix.of(Request.class)
            //                                register NL  register HL  book LS-CL  missing LS
            .row(DemoUser.ADMIN,              201, 201, 200, 200)
            .row(DemoUser.OFFICER_PROVINCE,   201, 201, 200, 200)
            .row(DemoUser.OFFICER_CHI_LANG,   201, 403, 200, 403)
            .row(DemoUser.OFFICER_HUU_LUNG,   403, 201, 403, 403)
            .row(DemoUser.OFFICER_NHAN_LY,    201, 403, 403, 403)
            .row(DemoUser.COUNCIL_SECRETARY,  403, 403, 200, 200)
            .row(DemoUser.COUNCIL_MEMBER,     403, 403, 200, 200)
            .row(DemoUser.LEADER_CHI_LANG,    403, 403, 200, 403)
            .row(DemoUser.CONGRESS_ORGANISER, 403, 403, 403, 403)
            .row(DemoUser.OPERATOR,           403, 403, 403, 403);

    @BeforeEach
    void stores() {
        ExemplarWebSlice.stub(repository, units);
    }

    @Override
    protected void assertNothingChanged() {
        verify(repository, never()).insert(any(), any());
    }

    @Override
    protected MockHttpServletRequestBuilder build(Request request) {
        String entries = ",\"entries\":[{\"recipientKind\":\"INDIVIDUAL\",\"name\":\"Lộc Thị Hà\",\"achievement\":\"Tiêu biểu\"}]}";
        return switch (request) {
            case REGISTER_NHAN_LY -> post("/api/v1/exemplars/registrations").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"unitCode\":\"LS-CL-NL\",\"month\":\"2025-12\"" + entries);
            case REGISTER_HUU_LUNG -> post("/api/v1/exemplars/registrations").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"unitCode\":\"LS-HL\",\"month\":\"2025-12\"" + entries);
            case BOOK_CHI_LANG -> get("/api/v1/exemplars/book").param("unit", "LS-CL").param("from", "2025-12");
            case MISSING_PROVINCE -> get("/api/v1/exemplars/missing").param("unit", "LS").param("month", "2025-12");
        };
    }
}
