package vn.tdkt.notification.campaign;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import vn.tdkt.notification.delivery.Deliveries;
import vn.tdkt.notification.delivery.OutgoingEmail;
import vn.tdkt.notification.template.MailTemplates;
import vn.tdkt.notification.template.RenderedMail;
import vn.tdkt.notification.unit.RecipientResolver;
import vn.tdkt.notification.unit.UnitsNotYetKnownException;

/**
 * Every {@code tdkt.notification.reminders.interval}, queues the reminders that are due today in Vietnam's
 * calendar ({@link ReminderSchedule}): a milestone to the contacts of the organiser and the distribution list,
 * the registration deadline to the contacts of each listed unit that has not registered (a merged unit counts
 * as registered when its successor has). Every instance runs it: the deliveries' eventId is derived from the
 * campaign and the reminder, so the unique (eventId, recipient) index queues each one once whoever runs first;
 * {@code reminded} in the projection then keeps later rounds from composing it again. A reminder whose units
 * are not projected yet waits for a later round.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReminderJob implements SchedulingConfigurer {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String MILESTONE_REMINDER = "tdkt.notification.milestone-reminder";
    static final String REGISTRATION_REMINDER = "tdkt.notification.registration-reminder";
    static final String REGISTRATION_ESCALATION = "tdkt.notification.registration-escalation";

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final CampaignPlans plans;
    private final CampaignRegistrations registrations;
    private final RecipientResolver recipients;
    private final Deliveries deliveries;
    private final ReminderProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;
    private final MailTemplates templates;

    ReminderJob(CampaignPlans plans, CampaignRegistrations registrations, RecipientResolver recipients,
                Deliveries deliveries, ReminderProperties properties, MeterRegistry meters, Clock clock,
                MailTemplates templates) {
        this.plans = plans;
        this.registrations = registrations;
        this.recipients = recipients;
        this.deliveries = deliveries;
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
        this.templates = templates;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::runSafely, properties.interval());
    }

    /** A failed round (MongoDB away, say) is logged; the next round tries again. */
    void runSafely() {
        try {
            run();
        } catch (RuntimeException e) {
            log.warn("Reminder round failed; the next round retries: {}", e.toString());
        }
    }

    /** One round; returns how many reminders were queued. */
    int run() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), VIETNAM);
        int queued = 0;
        for (CampaignPlan plan : plans.inPhases(ReminderSchedule.RUNNING)) {
            for (ReminderSchedule.Reminder reminder : ReminderSchedule.due(plan, today,
                    properties.milestoneLeadDays(), properties.registrationLeadDays(), properties.escalateAfterDays())) {
                if (send(plan, reminder, today)) {
                    queued++;
                }
            }
        }
        return queued;
    }

    private boolean send(CampaignPlan plan, ReminderSchedule.Reminder reminder, LocalDate today) {
        List<OutgoingEmail> emails;
        try {
            emails = compose(plan, reminder, today);
        } catch (UnitsNotYetKnownException e) {
            log.info("Campaign {} reminder {} waits for units {}", plan.campaignId(), reminder.key(), e.unitCodes());
            return false;
        }
        int created = deliveries.enqueue(emails);
        plans.reminded(plan.campaignId(), reminder.key());
        meters.counter("tdkt.notification.reminders", "kind", reminder.kind().name().toLowerCase(java.util.Locale.ROOT))
                .increment();
        log.info("Campaign {} reminder {}: {} deliveries queued ({} recipients)", plan.campaignId(), reminder.key(),
                created, emails.size());
        return true;
    }

    private List<OutgoingEmail> compose(CampaignPlan plan, ReminderSchedule.Reminder reminder, LocalDate today) {
        return switch (reminder.kind()) {
            case MILESTONE -> {
                RecipientResolver.Recipients resolved = recipients.resolve(plan.organiserUnitCode(),
                        plan.recipientUnitCodes());
                RenderedMail email = ReminderEmail.milestone(templates, plan, reminder, resolved.organiser().name(), today);
                yield emails(plan, reminder, MILESTONE_REMINDER, resolved, email);
            }
            case REGISTRATION_DEADLINE -> {
                List<OutgoingEmail> all = new ArrayList<>();
                for (String unit : notRegistered(plan)) {
                    RecipientResolver.Recipients resolved = recipients.resolveOnly(plan.organiserUnitCode(),
                            List.of(unit));
                    String unitName = recipients.namesOf(List.of(unit)).getOrDefault(unit, unit);
                    RenderedMail email = ReminderEmail.registrationDeadline(templates, plan, reminder,
                            resolved.organiser().name(), unitName, today);
                    all.addAll(emails(plan, reminder, REGISTRATION_REMINDER, resolved, email));
                }
                yield all;
            }
            case REGISTRATION_ESCALATION -> {
                List<OutgoingEmail> all = new ArrayList<>();
                String organiser = recipients.namesOf(List.of(plan.organiserUnitCode()))
                        .getOrDefault(plan.organiserUnitCode(), plan.organiserUnitCode());
                for (String unit : notRegistered(plan)) {
                    String unitName = recipients.namesOf(List.of(unit)).getOrDefault(unit, unit);
                    RenderedMail email = ReminderEmail.registrationEscalation(templates, plan, reminder, organiser,
                            unitName);
                    // One event per unit: a parent unit escalated for several children gets one letter for each.
                    UUID eventId = UUID.nameUUIDFromBytes((plan.campaignId() + "|" + reminder.key() + "|" + unit)
                            .getBytes(StandardCharsets.UTF_8));
                    recipients.escalationOf(unit).forEach((address, unitPath) -> all.add(new OutgoingEmail(eventId,
                            REGISTRATION_ESCALATION, plan.campaignId(), unitPath, address, email)));
                }
                yield all;
            }
        };
    }

    /** The units acting now for the listed units that have not registered (themselves or their successor). */
    private List<String> notRegistered(CampaignPlan plan) {
        Map<String, String> current = recipients.currentCodes(plan.recipientUnitCodes());
        Set<String> registered = registrations.unitsRegisteredFor(plan.campaignId());
        return current.entrySet().stream()
                .filter(listed -> !registered.contains(listed.getKey()) && !registered.contains(listed.getValue()))
                .map(Map.Entry::getValue)
                .distinct()
                .toList();
    }

    private static List<OutgoingEmail> emails(CampaignPlan plan, ReminderSchedule.Reminder reminder, String type,
                                              RecipientResolver.Recipients resolved, RenderedMail email) {
        return resolved.emails().entrySet().stream()
                .map(to -> new OutgoingEmail(reminder.eventId(plan.campaignId()), type, plan.campaignId(),
                        to.getValue(), to.getKey(), email))
                .toList();
    }
}
