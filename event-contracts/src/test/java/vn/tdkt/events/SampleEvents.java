package vn.tdkt.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.tdkt.events.campaign.CampaignCreated;
import vn.tdkt.events.campaign.CampaignPhaseChanged;
import vn.tdkt.events.campaign.LegalBasis;
import vn.tdkt.events.nomination.HonourRecorded;
import vn.tdkt.events.nomination.InitiativeRecognised;
import vn.tdkt.events.nomination.InitiativeUsed;
import vn.tdkt.events.nomination.RulePackChanged;
import vn.tdkt.events.nomination.RulePackLoaded;
import vn.tdkt.events.unit.UnitRegistered;
import vn.tdkt.events.unit.UnitUpdated;

/** One fully populated instance of every catalogued event, with Vietnamese text. */
final class SampleEvents {

    static final Instant AT = Instant.parse("2026-11-24T04:30:00.123Z");

    private SampleEvents() {
    }

    static List<DomainEvent> all() {
        return List.of(
                new UnitRegistered(UUID.randomUUID(), AT, "SO-NV", 1, "SO-NV", "Sở Nội vụ tỉnh Đồng Tháp",
                        "DEPARTMENT", "UBND-DT", 85, List.of("thidua@sonv.dongthap.gov.vn")),
                new UnitUpdated(UUID.randomUUID(), AT, "XA-MY-AN", 4, "XA-MY-AN", "Xã Mỹ An", "COMMUNE", null,
                        null, List.of()),
                new CampaignCreated(UUID.randomUUID(), AT, "c-2026-01", 1, "Phong trào thi đua \"Cả nước chung tay\"",
                        "Đổi mới, sáng tạo, tăng tốc, bứt phá", "THEMATIC", "SO-NV", null,
                        List.of(new LegalBasis("12/KH-UBND", LocalDate.of(2026, 1, 15), "UBND tỉnh Đồng Tháp")),
                        LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31), List.of("XA-MY-AN", "SO-TC"), "DRAFT"),
                new CampaignPhaseChanged(UUID.randomUUID(), AT, "c-2026-01", 2, "Phong trào thi đua năm 2026",
                        null, "SO-NV", List.of("XA-MY-AN"), "DRAFT", "LAUNCHED", LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 12, 31)),
                new RulePackLoaded(UUID.randomUUID(), AT, "vn-2024", 0, "Luật Thi đua, khen thưởng 06/2022/QH15",
                        "VN", null, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30), "ab12",
                        List.of("LAO_DONG_TIEN_TIEN", "CSTD_CO_SO")),
                new RulePackChanged(UUID.randomUUID(), AT, "ls-2024", 1, "Quy định của tỉnh Lạng Sơn", "LS", "vn-2024",
                        LocalDate.of(2024, 1, 1), null, "cd34", List.of("GIAY_KHEN")),
                new HonourRecorded(UUID.randomUUID(), AT, "CB-0042", 0, "b-1", "INDIVIDUAL", "Hoàng Thị Mai", "LS-STC",
                        2024, "CSTD_CO_SO", "Chiến sĩ thi đua cơ sở", "125/QĐ-STC", LocalDate.of(2025, 1, 20),
                        "CSV_IMPORT"),
                new InitiativeRecognised(UUID.randomUUID(), AT, "SK-2024-015", 0, "Số hoá hồ sơ khen thưởng",
                        "LS-STC", List.of("CB-0042"), "CO_SO", LocalDate.of(2024, 11, 30), "Hội đồng sáng kiến Sở Tài chính",
                        true),
                new InitiativeUsed(UUID.randomUUID(), AT, "SK-2024-015", 1, "DX-2025-7", "CB-0042", "CSTD_CO_SO",
                        2024, 2024));
    }
}
