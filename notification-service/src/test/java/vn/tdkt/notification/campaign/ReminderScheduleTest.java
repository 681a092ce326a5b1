package vn.tdkt.notification.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.notification.campaign.CampaignFixtures.GIAI_PHONG;
import static vn.tdkt.notification.campaign.CampaignFixtures.QUOC_KHANH;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which reminders are due on which day: Quốc khánh on 02/09/2025, registrations close on 31/03/2025. */
class ReminderScheduleTest {

    private static final LocalDate DEADLINE = LocalDate.of(2025, 3, 31);

    @ParameterizedTest(name = "{0}, lead {1} days, on {2}: milestone due {3}")
    @CsvSource({
            "LAUNCHED,       7, 2025-08-25, false",   // 8 days before: not yet
            "LAUNCHED,       7, 2025-08-26, true",    // 7 days before: due
            "LAUNCHED,       7, 2025-09-01, true",    // the round missed earlier days: still due
            "LAUNCHED,       7, 2025-09-02, true",    // the day itself
            "LAUNCHED,       7, 2025-09-03, false",   // gone by: never
            "LAUNCHED,       0, 2025-09-01, false",
            "LAUNCHED,       0, 2025-09-02, true",
            "LAUNCHED,      14, 2025-08-19, true",
            "MIDTERM_REVIEW, 7, 2025-08-30, true",
            "FINAL_REVIEW,   7, 2025-08-30, true",
            "DRAFT,          7, 2025-08-30, false",   // not launched: nobody has heard of it
            "CLOSED,         7, 2025-08-30, false",
            "CANCELLED,      7, 2025-08-30, false"})
    void milestoneWindowAndPhase(String phase, int lead, LocalDate today, boolean due) {
        CampaignPlan plan = CampaignFixtures.plan(phase, null, Set.of(), QUOC_KHANH);

        assertThat(ReminderSchedule.due(plan, today, lead, 3)).hasSize(due ? 1 : 0);
    }

    @ParameterizedTest(name = "{0}, lead {1} days, on {2}: deadline due {3}")
    @CsvSource({
            "LAUNCHED,       3, 2025-03-27, false",
            "LAUNCHED,       3, 2025-03-28, true",
            "LAUNCHED,       3, 2025-03-31, true",    // the last day to register
            "LAUNCHED,       3, 2025-04-01, false",   // closed: too late to remind
            "MIDTERM_REVIEW, 3, 2025-03-29, false",   // registrations are taken only while LAUNCHED
            "CANCELLED,      3, 2025-03-29, false",
            "CLOSED,         3, 2025-03-29, false"})
    void registrationDeadlineWindowAndPhase(String phase, int lead, LocalDate today, boolean due) {
        CampaignPlan plan = CampaignFixtures.plan(phase, DEADLINE, Set.of());

        assertThat(ReminderSchedule.due(plan, today, 7, lead)).hasSize(due ? 1 : 0);
    }

    @Test
    void pastMilestonesAreNeverDueAndEachComingOneIsItsOwnReminder() {
        CampaignPlan plan = CampaignFixtures.plan("LAUNCHED", DEADLINE, Set.of(), GIAI_PHONG, QUOC_KHANH);

        assertThat(ReminderSchedule.due(plan, LocalDate.of(2025, 4, 25), 7, 3))
                .containsExactly(ReminderSchedule.Reminder.milestone(GIAI_PHONG.date(), GIAI_PHONG.title()));
        assertThat(ReminderSchedule.due(plan, LocalDate.of(2025, 8, 30), 7, 3))
                .containsExactly(ReminderSchedule.Reminder.milestone(QUOC_KHANH.date(), QUOC_KHANH.title()));
    }

    @Test
    void aReminderAlreadyQueuedIsNotDueAgain() {
        ReminderSchedule.Reminder quocKhanh = ReminderSchedule.Reminder.milestone(QUOC_KHANH.date(), QUOC_KHANH.title());
        CampaignPlan plan = CampaignFixtures.plan("LAUNCHED", null, Set.of(quocKhanh.key()), QUOC_KHANH);

        assertThat(ReminderSchedule.due(plan, LocalDate.of(2025, 8, 30), 7, 3)).isEmpty();
    }

    @Test
    void theEventIdIsTheSameOnEveryInstanceAndDiffersPerCampaignAndReminder() {
        ReminderSchedule.Reminder quocKhanh = ReminderSchedule.Reminder.milestone(QUOC_KHANH.date(), QUOC_KHANH.title());
        ReminderSchedule.Reminder again = ReminderSchedule.Reminder.milestone(QUOC_KHANH.date(), QUOC_KHANH.title());

        assertThat(quocKhanh.eventId("c-80")).isEqualTo(again.eventId("c-80"))
                .isNotEqualTo(quocKhanh.eventId("c-81"))
                .isNotEqualTo(ReminderSchedule.Reminder.registrationDeadline(QUOC_KHANH.date()).eventId("c-80"));
    }

    @Test
    void onlyTheCurrentStepIsDueAndALaterStepHasAKeyOfItsOwn() {
        CampaignPlan plan = CampaignFixtures.plan("LAUNCHED", LocalDate.of(2025, 3, 31), Set.of());
        List<Integer> steps = List.of(7, 3, 1);

        assertThat(ReminderSchedule.due(plan, LocalDate.of(2025, 3, 23), List.of(), steps, 0)).isEmpty();
        assertThat(ReminderSchedule.due(plan, LocalDate.of(2025, 3, 24), List.of(), steps, 0))
                .extracting(ReminderSchedule.Reminder::key).containsExactly("registration-deadline:2025-03-31");
        assertThat(ReminderSchedule.due(plan, LocalDate.of(2025, 3, 29), List.of(), steps, 0))
                .extracting(ReminderSchedule.Reminder::key).containsExactly("registration-deadline:2025-03-31:3d");
        assertThat(ReminderSchedule.due(plan, LocalDate.of(2025, 3, 31), List.of(), steps, 0))
                .extracting(ReminderSchedule.Reminder::key).containsExactly("registration-deadline:2025-03-31:1d");
        assertThat(ReminderSchedule.due(plan, LocalDate.of(2025, 4, 1), List.of(), steps, 0)).isEmpty();
        assertThat(ReminderSchedule.due(plan, LocalDate.of(2025, 4, 2), List.of(), steps, 2))
                .extracting(ReminderSchedule.Reminder::key).containsExactly("registration-escalation:2025-03-31");
        assertThat(ReminderSchedule.due(plan, LocalDate.of(2025, 4, 9), List.of(), steps, 2)).hasSize(1);
        assertThat(ReminderSchedule.due(plan, LocalDate.of(2025, 4, 10), List.of(), steps, 2))
                .as("a week after its day: too late to help").isEmpty();
    }
}
