package vn.tdkt.nomination.decision;

import java.time.LocalDate;
import java.util.List;

/** Test fixtures: a decision draft of the province (LS) and the subjects the fake approves for it. */
final class Drafts {

    static final LocalDate DATE = LocalDate.of(2026, 1, 15);
    static final DecisionSubjects.Subject MAI = InMemoryDecisionSubjects.individual("DX-1", "CB-0042",
            "Hoàng Thị Mai", "LS-STC", "BANG_KHEN_TINH", "Bằng khen của Chủ tịch UBND tỉnh", 2025);
    static final DecisionSubjects.Subject SON = InMemoryDecisionSubjects.individual("DX-2", "CB-CL-7", "Lý Văn Sơn",
            "LS-CL", "BANG_KHEN_TINH", "Bằng khen của Chủ tịch UBND tỉnh", 2025);
    static final DecisionSubjects.Subject TEAM = new DecisionSubjects.Subject("DX-3", "COLLECTIVE", "TT-CL-TCKH",
            "Phòng Tài chính – Kế hoạch huyện Chi Lăng", "LS-CL", "LS-CL", "BANG_KHEN_TINH",
            "Bằng khen của Chủ tịch UBND tỉnh", 2025);

    private Drafts() {
    }

    static DecisionDraft draft(String number, String... nominationIds) {
        return new DecisionDraft(number, DATE, new Signer("Đoàn Thu Hà", "Phó Chủ tịch UBND tỉnh"), "LS",
                List.of(nominationIds));
    }

    static InMemoryDecisionSubjects subjects() {
        return new InMemoryDecisionSubjects().approve("LS", MAI).approve("LS", SON).approve("LS", TEAM);
    }
}
