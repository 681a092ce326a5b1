package vn.tdkt.campaign.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.events.campaign.AwardForm;
import vn.tdkt.events.campaign.LegalBasis;
import vn.tdkt.events.campaign.Milestone;
import vn.tdkt.events.campaign.Participants;
import vn.tdkt.events.campaign.Responsibility;

/**
 * The seeds as domain values, for the tests of this package: seed 000's province campaign and the
 * Department of Finance's plan implementing it (with its offices' tasks), and seed 003's dated
 * anniversaries. Codes are those of the demo tree (LS, LS-STC, …) plus the department's offices.
 */
final class CampaignFixtures {

    static final Instant T0 = Instant.parse("2024-11-20T02:00:00Z");
    static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
    static final LegalBasis CONG_VAN_1665 =
            new LegalBasis("1665/UBND-NC", LocalDate.of(2024, 11, 5), "Chủ tịch UBND tỉnh Lạng Sơn");
    static final UnitCode PROVINCE = new UnitCode("LS");
    static final UnitCode FINANCE = new UnitCode("LS-STC");
    static final UnitCode HOME_AFFAIRS = new UnitCode("LS-SNV");
    static final UnitCode CHI_LANG = new UnitCode("LS-CL");
    static final UnitCode FINANCE_OFFICE = new UnitCode("LS-STC-VP");
    static final UnitCode FINANCE_INSPECTORATE = new UnitCode("LS-STC-TTRA");

    /** Seed 003's anniversaries of 2025. */
    static final Milestone PARTY_95 = new Milestone(LocalDate.of(2025, 2, 3),
            "95 năm ngày thành lập Đảng Cộng sản Việt Nam");
    static final Milestone REUNIFICATION_50 = new Milestone(LocalDate.of(2025, 4, 30),
            "50 năm ngày giải phóng miền Nam, thống nhất đất nước");
    static final Milestone HO_CHI_MINH_135 = new Milestone(LocalDate.of(2025, 5, 19),
            "135 năm ngày sinh Chủ tịch Hồ Chí Minh");
    static final Milestone NATIONAL_DAY_80 = new Milestone(LocalDate.of(2025, 9, 2),
            "80 năm thành lập nước Cộng hòa xã hội chủ nghĩa Việt Nam");

    private CampaignFixtures() {
    }

    /** The province's campaign of Công văn 1665/UBND-NC, sent to two departments and a district. */
    static Campaign.Plan provincePlan() {
        return new Campaign.Plan("Đẩy mạnh phong trào thi đua yêu nước chào mừng Đại hội đảng bộ các cấp", null,
                CampaignKind.THEMATIC, PROVINCE, null, List.of(CONG_VAN_1665), LocalDate.of(2024, 11, 5),
                LocalDate.of(2025, 12, 31), List.of(FINANCE, HOME_AFFAIRS, CHI_LANG));
    }

    /** The Department of Finance's plan (seed 000) implementing {@code parent}. */
    static Campaign.Plan departmentPlan(CampaignId parent) {
        return new Campaign.Plan("Phát động phong trào thi đua yêu nước chào mừng Đại hội đảng bộ các cấp",
                "Đổi mới, sáng tạo, tăng tốc, bứt phá", CampaignKind.THEMATIC, FINANCE, parent, List.of(CONG_VAN_1665),
                LocalDate.of(2024, 11, 20), LocalDate.of(2025, 12, 31),
                List.of(PROVINCE, HOME_AFFAIRS, FINANCE_OFFICE, FINANCE_INSPECTORATE));
    }

    /** What seed 000 says besides the fixed contract, with seed 003's anniversaries as milestones. */
    static Campaign.Details departmentDetails() {
        return new Campaign.Details(new Participants("LS-STC", List.of("công chức", "người lao động")),
                List.of("Cả nước chung sức xây dựng nông thôn mới", "Vì người nghèo - Không để ai bị bỏ lại phía sau",
                        "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở"),
                List.of("Hoàn thành đạt và vượt mức các chỉ tiêu, nhiệm vụ năm 2024, năm 2025"),
                List.of("Khen thưởng chính xác, công khai, công bằng, kịp thời"),
                List.of(new AwardForm("Giấy khen", "Giám đốc Sở Tài chính"),
                        new AwardForm("Bằng khen", "Chủ tịch UBND tỉnh")),
                List.of(REUNIFICATION_50, PARTY_95),
                List.of(new Responsibility("LS-STC-VP", "Tham mưu hướng dẫn, đôn đốc, kiểm tra; sơ kết, tổng kết",
                                LocalDate.of(2025, 12, 15)),
                        new Responsibility("LS-STC-TTRA", "Tuyên truyền, phát hiện gương điển hình tiên tiến", null)),
                LocalDate.of(2025, 1, 31));
    }

    static Campaign department(CampaignId parent) {
        Campaign campaign = Campaign.draft(CampaignId.newId(), departmentPlan(parent), departmentDetails(), CLOCK)
                .campaign();
        campaign.stored(0);
        return campaign;
    }

    /** Walks {@code campaign} along legal moves to {@code phase}. */
    static Campaign movedTo(Campaign campaign, Phase phase) {
        List<Phase> route = switch (phase) {
            case DRAFT -> List.of();
            case LAUNCHED -> List.of(Phase.LAUNCHED);
            case MIDTERM_REVIEW -> List.of(Phase.LAUNCHED, Phase.MIDTERM_REVIEW);
            case FINAL_REVIEW -> List.of(Phase.LAUNCHED, Phase.FINAL_REVIEW);
            case CLOSED -> List.of(Phase.LAUNCHED, Phase.FINAL_REVIEW, Phase.CLOSED);
            case CANCELLED -> List.of(Phase.CANCELLED);
        };
        for (Phase to : route) {
            campaign.transitionTo(to, CLOCK);
            campaign.stored(campaign.version() + 1);
        }
        return campaign;
    }
}
