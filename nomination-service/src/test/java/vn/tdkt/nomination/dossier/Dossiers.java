package vn.tdkt.nomination.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import vn.tdkt.events.nomination.RecipientKind;
import vn.tdkt.nomination.award.AwardBasis;
import vn.tdkt.nomination.eligibility.EligibilityExplainer;

/**
 * The fixture of the dossier tests: Hoàng Thị Mai, an officer of Nhân Lý commune, proposed by the commune to
 * the Chi Lăng district council for Chiến sĩ thi đua cơ sở 2024; and the workflow steps up to any state.
 */
final class Dossiers {

    static final Instant NOW = Instant.parse("2026-01-20T02:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final NominationId ID = new NominationId("6f1d2c3b-4a5e-4f60-9b7c-8d9e0f1a2b3c");

    private Dossiers() {
    }

    static Dossier.Nominee mai() {
        return new Dossier.Nominee(RecipientKind.INDIVIDUAL, "CB-0042", "Hoàng Thị Mai", "Công chức Văn phòng – Thống kê",
                "LS-CL-NL", Dossier.Gender.FEMALE, "Tày", 1988, "công chức");
    }

    static Dossier.Evidence evidence() {
        return new Dossier.Evidence(List.of(new Dossier.YearRating(2024, Dossier.TaskRating.HTXSNV)),
                List.of(new Dossier.EarlierHonour("LAO_DONG_TIEN_TIEN", 2023, "12/QĐ-UBND")), List.of("SK-NL-2024-1"),
                Dossier.DisciplineStatus.NONE, null, null, null);
    }

    static Dossier dossier() {
        return new Dossier(mai(), "CSTD_CO_SO", AwardBasis.REGULAR, null, 2024,
                "Hoàn thành xuất sắc nhiệm vụ; sáng kiến số hoá hồ sơ một cửa được áp dụng hiệu quả.", evidence(),
                List.of(new Dossier.Attachment("bao-cao-thanh-tich.pdf", "application/pdf", 182_344L, "a".repeat(64))));
    }

    static Nomination draft() {
        return Nomination.draft(ID, "LS-CL-NL", "LS-CL", dossier(), "thiduakt.nhanly", CLOCK);
    }

    static Nomination submitted() {
        Nomination n = stored(draft());
        n.submit("thiduakt.nhanly", CLOCK);
        return stored(n);
    }

    static Nomination appraised() {
        Nomination n = submitted();
        n.appraise(Appraisals.of(eligible(), List.of(), null, "thiduakt.chilang", NOW), "thiduakt.chilang", CLOCK);
        return stored(n);
    }

    static Nomination approved() {
        Nomination n = appraised();
        n.recordVote(vote("s-1", true), CLOCK);
        return stored(n);
    }

    static Nomination.Vote vote(String session, boolean approved) {
        return new Nomination.Vote(session, approved, 7, 6, approved ? 6 : 2, approved ? 0 : 4, 0,
                "Điều 45 khoản 8 NĐ 91/2017 (≥ 90% tổng số thành viên)", NOW);
    }

    static EligibilityExplainer.Answer eligible() {
        return new EligibilityExplainer.Answer("vn-2024", "ELIGIBLE", List.of(
                new EligibilityExplainer.CriterionAnswer("RECIPIENT", "MET", "a person", "Điều 5 khoản 2 Luật 06/2022/QH15"),
                new EligibilityExplainer.CriterionAnswer("TASK_RATING", "MET", "HTXSNV in 2024", "Điều 23 Luật 06/2022")));
    }

    static EligibilityExplainer.Answer unknownStandard() {
        return new EligibilityExplainer.Answer("vn-2024", "UNKNOWN", List.of(
                new EligibilityExplainer.CriterionAnswer("RECIPIENT", "MET", "a person", "Điều 5 khoản 2 Luật 06/2022/QH15"),
                new EligibilityExplainer.CriterionAnswer("STANDARD", "UNKNOWN", "the province sets it",
                        "Điều 23 Luật 06/2022")));
    }

    static EligibilityExplainer.Answer notEligible() {
        return new EligibilityExplainer.Answer("vn-2024", "NOT_ELIGIBLE", List.of(
                new EligibilityExplainer.CriterionAnswer("INITIATIVE", "NOT_MET", "no recognised initiative",
                        "Điều 23 khoản 1 Luật 06/2022/QH15")));
    }

    static Nomination.Decision decision(String id) {
        return new Nomination.Decision(id, "125/QĐ-UBND", LocalDate.of(2025, 1, 20), NOW);
    }

    /** As the repository leaves it: the version bumped. */
    static Nomination stored(Nomination n) {
        n.stored(n.version() == null ? 0 : n.version() + 1);
        return n;
    }
}
