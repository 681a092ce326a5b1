package vn.tdkt.nomination.decision;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tdkt.nomination.FixedClock;
import vn.tdkt.nomination.honours.DecisionHonours;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.testing.DemoUser;
import vn.tdkt.support.testing.PermissionMatrix;
import vn.tdkt.support.testing.PermissionMatrixTest;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/**
 * Decisions are signed for the grantor unit by its leaders and emulation officers (DECIDE_AWARDS in its
 * subtree) and read, with their certificates, by whoever reads nominations there (the council included).
 */
@WebMvcTest(DecisionController.class)
@Import({DecisionService.class, FixedClock.class, DemoUnitTree.class, DecisionWebSlice.class})
class DecisionPermissionMatrixTest extends PermissionMatrixTest<DecisionPermissionMatrixTest.Request> {

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

    enum Request { ISSUE_PROVINCE, ISSUE_CHI_LANG, READ_PROVINCE, CERTIFICATES_CHI_LANG, LIST_CHI_LANG }

    static final PermissionMatrix<Request> MATRIX = PermissionMatrix.of(Request.class)
            //                                issue LS  issue LS-CL  read LS  certs LS-CL  list LS-CL
            .row(DemoUser.ADMIN,              201, 201, 200, 200, 200)
            .row(DemoUser.OFFICER_PROVINCE,   201, 201, 200, 200, 200)
            .row(DemoUser.OFFICER_CHI_LANG,   403, 201, 403, 200, 200)
            .row(DemoUser.OFFICER_HUU_LUNG,   403, 403, 403, 403, 403)
            .row(DemoUser.OFFICER_NHAN_LY,    403, 403, 403, 403, 403)
            .row(DemoUser.COUNCIL_SECRETARY,  403, 403, 200, 200, 200)
            .row(DemoUser.COUNCIL_MEMBER,     403, 403, 200, 200, 200)
            .row(DemoUser.LEADER_CHI_LANG,    403, 201, 403, 200, 200)
            .row(DemoUser.CONGRESS_ORGANISER, 403, 403, 403, 403, 403)
            .row(DemoUser.OPERATOR,           403, 403, 403, 403, 403);

    @BeforeEach
    void stores() {
        subjects.decided.clear();
        DecisionWebSlice.stub(repository, honours, units);
    }

    @Override
    protected void assertNothingChanged() {
        verify(repository, never()).insert(any());
    }

    @Override
    protected MockHttpServletRequestBuilder build(Request request) {
        return switch (request) {
            case ISSUE_PROVINCE -> post("/api/v1/decisions").contentType(MediaType.APPLICATION_JSON).content("""
                    {"number":"125/QĐ-UBND","date":"2026-01-15","signer":{"name":"Đoàn Thu Hà","title":"Phó Chủ tịch"},
                     "grantorUnitCode":"LS","nominationIds":["DX-1"]}""");
            case ISSUE_CHI_LANG -> post("/api/v1/decisions").contentType(MediaType.APPLICATION_JSON).content("""
                    {"number":"45/QĐ-UBND","date":"2026-01-15","signer":{"name":"Lương Văn Sơn","title":"Chủ tịch"},
                     "grantorUnitCode":"LS-CL","nominationIds":["DX-4"]}""");
            case READ_PROVINCE -> get("/api/v1/decisions/" + DecisionWebSlice.PROVINCE_DECISION);
            case CERTIFICATES_CHI_LANG -> get("/api/v1/decisions/" + DecisionWebSlice.CHI_LANG_DECISION
                    + "/certificates").param("format", "xlsx");
            case LIST_CHI_LANG -> get("/api/v1/decisions").param("grantor", "LS-CL");
        };
    }
}
