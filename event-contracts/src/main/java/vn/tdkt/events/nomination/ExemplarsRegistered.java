package vn.tdkt.events.nomination;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code tdkt.nomination.exemplars-registered.v1}: an office registered (or revised) its exemplary
 * collectives and individuals of a month. Carries the registration's whole state: {@code aggregateId} is
 * {@code <unitCode>:<yyyy-MM>}, and a consumer keeps the entries of the newest {@code aggregateVersion}.
 *
 * @param month the month registered, {@code yyyy-MM}
 */
public record ExemplarsRegistered(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                                  String unitCode, String unitName, String month, List<Exemplar> entries)
        implements NominationEvent {

    public ExemplarsRegistered {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
