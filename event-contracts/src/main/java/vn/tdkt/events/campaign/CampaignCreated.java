package vn.tdkt.events.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.tdkt.events.ValuesOf;

/** {@code tdkt.campaign.created.v1}: a campaign was drafted; carries its whole state. */
public record CampaignCreated(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                              String title, String theme, @ValuesOf(CampaignKind.class) String kind,
                              String organiserUnitCode, String parentCampaignId, List<LegalBasis> legalBasis,
                              LocalDate startDate, LocalDate endDate, List<String> recipientUnitCodes,
                              @ValuesOf(CampaignPhase.class) String phase)
        implements CampaignEvent {

    public CampaignCreated {
        legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
        recipientUnitCodes = recipientUnitCodes == null ? List.of() : List.copyOf(recipientUnitCodes);
    }
}
