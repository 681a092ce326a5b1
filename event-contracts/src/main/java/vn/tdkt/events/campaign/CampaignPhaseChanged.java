package vn.tdkt.events.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.tdkt.events.ValuesOf;

/**
 * {@code tdkt.campaign.phase-changed.v1}: a campaign moved from one phase to another (launch,
 * mid-term review, final review, close, cancel). Carries who organises it and who must be told,
 * so that notification needs no campaign projection to send its emails.
 */
public record CampaignPhaseChanged(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                                   String title, String theme, String organiserUnitCode,
                                   List<String> recipientUnitCodes, @ValuesOf(CampaignPhase.class) String from,
                                   @ValuesOf(CampaignPhase.class) String to,
                                   LocalDate startDate, LocalDate endDate) implements CampaignEvent {

    public CampaignPhaseChanged {
        recipientUnitCodes = recipientUnitCodes == null ? List.of() : List.copyOf(recipientUnitCodes);
    }
}
