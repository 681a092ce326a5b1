package vn.tdkt.delegate.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tdkt.events.congress.CongressDocumentReminder;
import vn.tdkt.events.congress.CongressReminderStep;
import vn.tdkt.support.outbox.OutboxRelay;

class DocumentRemindersTest {

    final InMemoryCongresses repository = new InMemoryCongresses();
    final CongressService service = mock(CongressService.class);

    private DocumentReminders on(LocalDate day) {
        Clock clock = Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(3600), ZoneOffset.UTC);
        return new DocumentReminders(repository, service, mock(OutboxRelay.class), new CongressProperties(null, 5),
                clock);
    }

    @Test
    void eachDocumentIsRemindedOncePerStep() {
        Congress district = CongressFixtures.district();
        Congress pilot = CongressFixtures.commune(district, "LS-CL-NL", CongressFixtures.PILOT_DAY, true, 150);
        pilot.receive(RequiredDocument.PLAN, LocalDate.of(2025, 1, 20), CongressFixtures.CLOCK);
        repository.stored.put(district.id(), district);
        repository.stored.put(pilot.id(), pilot);
        when(service.councilOf(pilot)).thenReturn(Optional.of("LS-CL"));
        when(service.councilOf(district)).thenReturn(Optional.of("LS"));

        assertThat(on(LocalDate.of(2025, 1, 30)).run()).as("six days before: nothing yet").isZero();
        assertThat(on(LocalDate.of(2025, 1, 31)).run()).as("five days before: the three missing").isEqualTo(3);
        assertThat(on(LocalDate.of(2025, 2, 5)).run()).as("again on the due day: nothing new").isZero();
        assertThat(on(LocalDate.of(2025, 2, 6)).run()).as("late").isEqualTo(3);
        assertThat(on(LocalDate.of(2025, 2, 7)).run()).isZero();

        assertThat(repository.events).filteredOn(CongressDocumentReminder.class::isInstance)
                .map(CongressDocumentReminder.class::cast)
                .extracting(CongressDocumentReminder::document, CongressDocumentReminder::step)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SCHEDULE", "DUE_SOON"),
                        org.assertj.core.groups.Tuple.tuple("REPORT", "DUE_SOON"),
                        org.assertj.core.groups.Tuple.tuple("AGENDA", "DUE_SOON"),
                        org.assertj.core.groups.Tuple.tuple("SCHEDULE", "LATE"),
                        org.assertj.core.groups.Tuple.tuple("REPORT", "LATE"),
                        org.assertj.core.groups.Tuple.tuple("AGENDA", "LATE"));
        CongressDocumentReminder first = (CongressDocumentReminder) repository.events.getFirst();
        assertThat(first.organiserUnitCode()).isEqualTo("LS-CL-NL");
        assertThat(first.upperOrganiserUnitCode()).isEqualTo("LS-CL");
        assertThat(first.dueOn()).isEqualTo(LocalDate.of(2025, 2, 5));
    }

    @Test
    void theStepFollowsTheDueDate() {
        Congress district = CongressFixtures.district();
        LocalDate due = district.documentsDueOn();
        assertThat(DocumentReminders.step(district, RequiredDocument.REPORT, due.minusDays(6), 5)).isNull();
        assertThat(DocumentReminders.step(district, RequiredDocument.REPORT, due.minusDays(5), 5))
                .isEqualTo(CongressReminderStep.DUE_SOON);
        assertThat(DocumentReminders.step(district, RequiredDocument.REPORT, due.plusDays(1), 5))
                .isEqualTo(CongressReminderStep.LATE);
        district.receive(RequiredDocument.REPORT, due, Clock.fixed(Instant.parse("2025-04-01T00:00:00Z"),
                ZoneOffset.UTC));
        assertThat(DocumentReminders.step(district, RequiredDocument.REPORT, due.plusDays(1), 5)).isNull();
    }
}
