package vn.tdkt.events.registration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code tdkt.campaign.registration-submitted.v1}: a unit registered (or registered again, replacing
 * what it registered before) the titles and targets it and its people aim for in a campaign; carries
 * the whole registration. {@code collectiveTitles} are the unit's own aims (e.g. "Tập thể lao động xuất
 * sắc", "Cờ thi đua"), {@code commitments} its targets in words, {@code individuals} its people's aims.
 */
public record CampaignRegistrationSubmitted(UUID eventId, Instant occurredAt, String aggregateId,
                                            long aggregateVersion, String campaignId, String unitCode,
                                            String organiserUnitCode, List<String> collectiveTitles,
                                            List<String> commitments, List<IndividualTarget> individuals)
        implements RegistrationEvent {

    public CampaignRegistrationSubmitted {
        collectiveTitles = collectiveTitles == null ? List.of() : List.copyOf(collectiveTitles);
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
        individuals = individuals == null ? List.of() : List.copyOf(individuals);
    }
}
