package vn.tdkt.support.outbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import vn.tdkt.events.campaign.CampaignPhaseChanged;

final class Events {

    private Events() {
    }

    static CampaignPhaseChanged phaseChanged(String campaignId, long version, String to) {
        return new CampaignPhaseChanged(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MILLIS), campaignId,
                version, "Phong trào thi đua " + campaignId, "Đổi mới, sáng tạo", "SO-NV", List.of("XA-MY-AN"),
                "DRAFT", to, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31));
    }
}
