package vn.tdkt.events.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** {@code tdkt.campaign.created.v1}: a campaign was drafted; carries its whole state. */
public record CampaignCreated(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                              String title, String theme, String kind, String organiserUnitCode,
                              String parentCampaignId, List<LegalBasis> legalBasis, LocalDate startDate,
                              LocalDate endDate, List<String> recipientUnitCodes, String phase)
        implements CampaignEvent {

    public CampaignCreated {
        legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
        recipientUnitCodes = recipientUnitCodes == null ? List.of() : List.copyOf(recipientUnitCodes);
    }
}
