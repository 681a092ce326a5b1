package vn.tdkt.campaign.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import vn.tdkt.campaign.campaign.CampaignFacts;
import vn.tdkt.events.registration.IndividualTarget;

/** Seed 000's department campaign as registrations see it, and the Office's registration. */
final class RegistrationFixtures {

    static final String CAMPAIGN_ID = "72d856cd-4eb7-428d-8a5d-ebecd7a2163d";
    /** 10:00 in Hà Nội on 15 January 2025, before the deadline of 31 January. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-15T03:00:00Z"), ZoneOffset.UTC);
    static final IndividualTarget HANG = new IndividualTarget("Nguyễn Thị Hằng", "Chánh Văn phòng",
            "Chiến sĩ thi đua cơ sở");
    static final IndividualTarget DUC = new IndividualTarget("Hoàng Văn Đức", null, "Lao động tiên tiến");

    private RegistrationFixtures() {
    }

    /** The department's campaign, launched, open until 31/01/2025, sent to the province, SNV and two offices. */
    static CampaignFacts campaign() {
        return campaign("LAUNCHED", true, LocalDate.of(2025, 1, 31));
    }

    static CampaignFacts campaign(String phase, boolean open, LocalDate deadline) {
        return new CampaignFacts(CAMPAIGN_ID, "Phát động phong trào thi đua yêu nước", "LS-STC", phase,
                List.of("LS", "LS-SNV", "LS-STC-VP", "LS-STC-TTRA"), "LS-STC", open, deadline,
                deadline != null ? deadline : LocalDate.of(2025, 12, 31));
    }

    static Registration.Form officeForm() {
        return new Registration.Form(List.of("Tập thể lao động xuất sắc"),
                List.of("100% công chức hoàn thành tốt nhiệm vụ trở lên"), List.of(HANG, DUC));
    }
}
