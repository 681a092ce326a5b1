package vn.tdkt.nomination.decision;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import vn.tdkt.nomination.FixedClock;
import vn.tdkt.nomination.honours.DecisionHonours;
import vn.tdkt.support.unitdirectory.DirectoryUnit;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/** What the decision web slices share: the fake dossiers, and stubs for the stores they mock. */
@TestConfiguration(proxyBeanMethods = false)
class DecisionWebSlice {

    static final String PROVINCE_DECISION = "0b7e4c1a-2f3d-4e5f-8a9b-0c1d2e3f4a5b";
    static final String CHI_LANG_DECISION = "1c8f5d2b-3a4e-4f60-9bac-1d2e3f4a5b6c";
    static final DecisionSubjects.Subject CHI_LANG_TEAM = new DecisionSubjects.Subject("DX-4", "COLLECTIVE",
            "TT-CL-NL", "Tổ Một cửa xã Nhân Lý", "LS-CL-NL", "LS-CL-NL", "GIAY_KHEN",
            "Giấy khen của Chủ tịch UBND huyện", 2025);

    @Bean
    InMemoryDecisionSubjects subjects() {
        return Drafts.subjects().approve("LS-CL", CHI_LANG_TEAM);
    }

    /** Stubs: known units, no stored decision but the two above, a clear history. */
    static void stub(DecisionRepository repository, DecisionHonours honours, UnitDirectory units) {
        when(repository.findByNumber(anyString(), anyString())).thenReturn(Optional.empty());
        when(honours.conflicts(anyList(), anyList())).thenReturn(List.of());
        when(units.find(any())).thenAnswer(call -> Optional.of(new DirectoryUnit(call.getArgument(0), "Đơn vị",
                "LS".equals(call.getArgument(0)) ? "PROVINCE" : "DISTRICT", null, 10, List.of(), 1, FixedClock.NOW)));
        when(repository.find(any())).thenReturn(Optional.empty());
        when(repository.page(any(), any())).thenAnswer(call -> vn.tdkt.support.paging.PageResponse.of(
                call.getArgument(1), List.of(), 0));
        when(repository.find(new DecisionId(PROVINCE_DECISION))).thenReturn(Optional.of(decided(PROVINCE_DECISION,
                "125/QĐ-UBND", "LS", "PROVINCE", List.of(Drafts.MAI, Drafts.TEAM))));
        when(repository.find(new DecisionId(CHI_LANG_DECISION))).thenReturn(Optional.of(decided(CHI_LANG_DECISION,
                "45/QĐ-UBND", "LS-CL", "DISTRICT", List.of(CHI_LANG_TEAM))));
    }

    static Decision decided(String id, String number, String grantor, String level,
                            List<DecisionSubjects.Subject> honours) {
        return Decision.restore(new DecisionId(id), number, Drafts.DATE, new Signer("Đoàn Thu Hà",
                "Phó Chủ tịch UBND tỉnh"), grantor, level, honours, "lanhdao.tinh", FixedClock.NOW,
                DecisionStatus.DECIDED, 2L);
    }
}
