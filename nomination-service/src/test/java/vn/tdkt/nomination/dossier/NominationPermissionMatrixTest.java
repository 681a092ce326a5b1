package vn.tdkt.nomination.dossier;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tdkt.nomination.FixedClock;
import vn.tdkt.nomination.eligibility.EligibilityExplainer;
import vn.tdkt.nomination.honours.HonoursHistory;
import vn.tdkt.nomination.initiative.InitiativeLedger;
import vn.tdkt.support.campaigndirectory.CampaignDirectory;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.testing.DemoUser;
import vn.tdkt.support.testing.PermissionMatrix;
import vn.tdkt.support.testing.PermissionMatrixTest;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/**
 * Nhân Lý's officer files a dossier to the Chi Lăng council: the nominating office drafts and submits it, the
 * addressed unit appraises, returns and forwards it, either unit's subtree reads it; nobody else.
 */
@WebMvcTest(NominationController.class)
@Import({NominationService.class, DossierProblems.class, DossierSlice.class, DemoUnitTree.class, FixedClock.class})
class NominationPermissionMatrixTest extends PermissionMatrixTest<NominationPermissionMatrixTest.Request> {

    static final NominationId DRAFT = Dossiers.ID;
    static final NominationId SUBMITTED = new NominationId("0b4e1c7a-5f1e-4c1e-9a55-2f2d6c1d9e01");

    @MockitoBean
    NominationRepository repository;
    @MockitoBean
    UnitDirectory units;
    @MockitoBean
    CampaignDirectory campaigns;
    @MockitoBean
    HonoursHistory honours;
    @MockitoBean
    InitiativeLedger initiatives;
    @MockitoBean
    EligibilityExplainer explainer;
    @MockitoBean
    OutboxRelay relay;

    enum Request { CREATE_FOR_NHAN_LY, EDIT, SUBMIT, READ, HISTORY, APPRAISE, RETURN, LIST_CHI_LANG, LIST_MINE,
        GUARDRAILS_CHI_LANG }

    static final PermissionMatrix<Request> MATRIX = PermissionMatrix.of(Request.class)
            //                                create edit submit read hist apprs return listCL mine guard
            .row(DemoUser.ADMIN,              201, 200, 200, 200, 200, 200, 200, 200, 200, 200)
            .row(DemoUser.OFFICER_PROVINCE,   201, 200, 200, 200, 200, 200, 200, 200, 200, 200)
            .row(DemoUser.OFFICER_CHI_LANG,   201, 200, 200, 200, 200, 200, 200, 200, 200, 200)
            .row(DemoUser.OFFICER_HUU_LUNG,   403, 403, 403, 403, 403, 403, 403, 403, 200, 403)
            .row(DemoUser.OFFICER_NHAN_LY,    201, 200, 200, 200, 200, 403, 403, 403, 200, 403)
            .row(DemoUser.COUNCIL_SECRETARY,  403, 403, 403, 200, 200, 200, 200, 200, 200, 200)
            .row(DemoUser.COUNCIL_MEMBER,     403, 403, 403, 200, 200, 403, 403, 200, 200, 200)
            .row(DemoUser.LEADER_CHI_LANG,    403, 403, 403, 200, 200, 403, 403, 200, 200, 200)
            .row(DemoUser.CONGRESS_ORGANISER, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403)
            .row(DemoUser.OPERATOR,           403, 403, 403, 403, 403, 403, 403, 403, 403, 403);

    Map<String, Nomination> store;

    @BeforeEach
    void storage() {
        store = DossierSlice.wire(repository, units, campaigns, honours, initiatives);
        when(explainer.explain(any())).thenReturn(Dossiers.eligible());
        Nomination draft = Dossiers.draft();
        draft.stored(0);
        store.put(DRAFT.value(), DossierSlice.copy(draft));
        Nomination submitted = Nomination.draft(SUBMITTED, "LS-CL-NL", "LS-CL", new Dossier(Dossiers.mai(),
                "LAO_DONG_TIEN_TIEN", Dossiers.dossier().basis(), null, 2024, "Hoàn thành tốt", Dossiers.evidence(),
                List.of()), "thiduakt.nhanly", Dossiers.CLOCK);
        submitted.stored(0);
        submitted.submit("thiduakt.nhanly", Dossiers.CLOCK);
        submitted.stored(1);
        store.put(SUBMITTED.value(), DossierSlice.copy(submitted));
    }

    @Override
    protected void assertNothingChanged() {
        verify(repository, never()).insert(any(), any());
        verify(repository, never()).update(any(), any());
    }

    @Override
    protected MockHttpServletRequestBuilder build(Request request) {
        String other = NominationControllerTest.MAI.replace("CB-0042", "CB-0043");
        return switch (request) {
            case CREATE_FOR_NHAN_LY -> post("/api/v1/nominations").contentType(MediaType.APPLICATION_JSON)
                    .content(other);
            case EDIT -> put("/api/v1/nominations/" + DRAFT).header("If-Match", "\"0\"")
                    .contentType(MediaType.APPLICATION_JSON).content(NominationControllerTest.MAI);
            case SUBMIT -> post("/api/v1/nominations/" + DRAFT + "/submit");
            case READ -> get("/api/v1/nominations/" + DRAFT);
            case HISTORY -> get("/api/v1/nominations/" + DRAFT + "/history");
            case APPRAISE -> post("/api/v1/nominations/" + SUBMITTED + "/appraisal");
            case RETURN -> post("/api/v1/nominations/" + SUBMITTED + "/return").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"reasons\":[\"Bổ sung bản sao quyết định\"]}");
            case LIST_CHI_LANG -> get("/api/v1/nominations").param("addressedTo", "LS-CL");
            case LIST_MINE -> get("/api/v1/nominations");
            case GUARDRAILS_CHI_LANG -> get("/api/v1/nominations/guardrails").param("unit", "LS-CL")
                    .param("year", "2024");
        };
    }
}
