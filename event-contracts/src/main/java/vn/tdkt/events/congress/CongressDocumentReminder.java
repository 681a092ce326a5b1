package vn.tdkt.events.congress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.tdkt.events.ValuesOf;

/**
 * {@code tdkt.congress.document-reminder.v1}: a document the organiser of a congress must send to the upper
 * council is due soon ({@code DUE_SOON}) or overdue ({@code LATE}) and not received. Published once per congress,
 * document and step, so that notification-service reminds the organiser (the lower unit).
 * {@code aggregateVersion} is the congress's version when the reminder was decided.
 */
public record CongressDocumentReminder(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                                       String organiserUnitCode, String title, LocalDate congressDate,
                                       String upperOrganiserUnitCode,
                                       @ValuesOf(CongressDocumentKind.class) String document, LocalDate dueOn,
                                       @ValuesOf(CongressReminderStep.class) String step) implements CongressEvent {
}
