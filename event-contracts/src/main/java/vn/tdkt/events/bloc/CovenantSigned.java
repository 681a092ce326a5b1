package vn.tdkt.events.bloc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code tdkt.bloc.covenant-signed.v1}: one member signed the bloc's covenant. Carries every member
 * that has signed so far and whether the covenant is now locked (signed by all).
 */
public record CovenantSigned(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                             String name, int year, String organiserUnitCode, List<String> memberUnitCodes,
                             String signerUnitCode, Instant signedAt, List<String> signedUnitCodes,
                             boolean locked) implements BlocEvent {

    public CovenantSigned {
        memberUnitCodes = memberUnitCodes == null ? List.of() : List.copyOf(memberUnitCodes);
        signedUnitCodes = signedUnitCodes == null ? List.of() : List.copyOf(signedUnitCodes);
    }
}
