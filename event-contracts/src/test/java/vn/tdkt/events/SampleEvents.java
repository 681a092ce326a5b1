package vn.tdkt.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.tdkt.events.campaign.CampaignCreated;
import vn.tdkt.events.campaign.CampaignPhaseChanged;
import vn.tdkt.events.campaign.LegalBasis;
import vn.tdkt.events.unit.UnitContact;
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
                        "DEPARTMENT", "UBND-DT", 85, List.of("thidua@sonv.dongthap.gov.vn"), "ACTIVE", null,
                        List.of(), null, new UnitContact("Nguyễn Thị Hương", "Chuyên viên thi đua",
                                "huong@sonv.dongthap.gov.vn", null),
                        new UnitContact("Trần Văn Đức", "Giám đốc Sở", "duc@sonv.dongthap.gov.vn", "0277 3851 234")),
                new UnitUpdated(UUID.randomUUID(), AT, "XA-MY-AN", 4, "XA-MY-AN", "Xã Mỹ An", "COMMUNE", null,
                        null, List.of(), "MERGED", "XA-MY-AN-MOI", List.of("XA-MY-AN-CU"), LocalDate.of(2025, 7, 1),
                        null, null),
                new CampaignCreated(UUID.randomUUID(), AT, "c-2026-01", 1, "Phong trào thi đua \"Cả nước chung tay\"",
                        "Đổi mới, sáng tạo, tăng tốc, bứt phá", "THEMATIC", "SO-NV", null,
                        List.of(new LegalBasis("12/KH-UBND", LocalDate.of(2026, 1, 15), "UBND tỉnh Đồng Tháp")),
                        LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31), List.of("XA-MY-AN", "SO-TC"), "DRAFT"),
                new CampaignPhaseChanged(UUID.randomUUID(), AT, "c-2026-01", 2, "Phong trào thi đua năm 2026",
                        null, "SO-NV", List.of("XA-MY-AN"), "DRAFT", "LAUNCHED", LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 12, 31)));
    }
}
