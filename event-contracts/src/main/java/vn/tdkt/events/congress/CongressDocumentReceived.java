package vn.tdkt.events.congress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.tdkt.events.ValuesOf;

/**
 * {@code tdkt.congress.document-received.v1}: the upper council recorded that it received one of the documents
 * a congress's organiser must send before the congress; {@code late} when after {@code dueOn}.
 */
public record CongressDocumentReceived(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                                       String organiserUnitCode, String upperCongressId,
                                       @ValuesOf(CongressDocumentKind.class) String document, LocalDate dueOn,
                                       LocalDate receivedOn, boolean late) implements CongressEvent {
}
