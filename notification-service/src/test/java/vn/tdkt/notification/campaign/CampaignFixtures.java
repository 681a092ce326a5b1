package vn.tdkt.notification.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.tdkt.events.campaign.CampaignMilestoneAdded;
import vn.tdkt.events.campaign.CampaignResponsibilityAdded;
import vn.tdkt.events.campaign.Milestone;
import vn.tdkt.events.campaign.Responsibility;

/** Seed-003-like campaigns for the campaign feature's tests: a province plan with anniversaries. */
final class CampaignFixtures {

    static final String TITLE = "Thi đua lập thành tích chào mừng kỷ niệm 80 năm Quốc khánh";
    static final LocalDate START = LocalDate.of(2025, 3, 1);
    static final LocalDate END = LocalDate.of(2025, 12, 31);
    static final Milestone QUOC_KHANH = new Milestone(LocalDate.of(2025, 9, 2), "Kỷ niệm 80 năm Quốc khánh 2/9");
    static final Milestone GIAI_PHONG = new Milestone(LocalDate.of(2025, 4, 30),
            "Kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước");

    private CampaignFixtures() {
    }

    static CampaignMilestoneAdded milestoneAdded(String phase, Milestone added) {
        return new CampaignMilestoneAdded(UUID.randomUUID(), Instant.parse("2025-06-01T02:00:00Z"), "c-80", 4, TITLE,
                "Đoàn kết, sáng tạo", "THEMATIC", "UBT", null, List.of(), START, END, List.of("SNV", "SGD"), phase,
                null, List.of(), List.of(), List.of(), List.of(), List.of(GIAI_PHONG, added), List.of(), null, added);
    }

    static CampaignResponsibilityAdded responsibilityAdded(String phase, Responsibility added) {
        return new CampaignResponsibilityAdded(UUID.randomUUID(), Instant.parse("2025-06-01T02:00:00Z"), "c-80", 5,
                TITLE, "Đoàn kết, sáng tạo", "THEMATIC", "UBT", null, List.of(), START, END, List.of("SNV", "SGD"),
                phase, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(added), null, added);
    }

    /** A plan as the reminders' projection holds it. */
    static CampaignPlan plan(String phase, LocalDate registrationDeadline, Set<String> reminded,
                             Milestone... milestones) {
        return new CampaignPlan("c-80", 3, TITLE, "UBT", List.of("SNV", "SGD"), phase, List.of(milestones),
                registrationDeadline, reminded);
    }
}
