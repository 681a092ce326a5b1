package vn.tdkt.notification.nomination;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.events.nomination.ExemplarRegistrationDue;
import vn.tdkt.events.nomination.ExemplarRegistrationMissed;
import vn.tdkt.events.nomination.NominationEvent;
import vn.tdkt.notification.template.MailTemplates;
import vn.tdkt.notification.template.RenderedMail;

/**
 * A reminder of the monthly exemplar register (seed 004: each office registers its exemplary collectives and
 * individuals every month): before the deadline to the office, after a missed one to the office and in copy
 * to the unit that keeps the register book.
 */
record ExemplarReminder(NominationEvent event, String unitCode, String parentUnitCode, String month,
                        LocalDate deadline, boolean missed) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static Optional<ExemplarReminder> of(NominationEvent event) {
        return Optional.ofNullable(switch (event) {
            case ExemplarRegistrationDue e -> new ExemplarReminder(e, e.unitCode(), e.parentUnitCode(), e.month(),
                    e.deadline(), false);
            case ExemplarRegistrationMissed e -> new ExemplarReminder(e, e.unitCode(), e.parentUnitCode(), e.month(),
                    e.deadline(), true);
            default -> null;
        });
    }

    /** {@code month} is yyyy-MM; the letters say MM/yyyy. */
    String monthText() {
        return month.length() == 7 ? month.substring(5) + "/" + month.substring(0, 4) : month;
    }

    /** Templates {@code exemplar-registration-due} and {@code exemplar-registration-missed}. */
    RenderedMail compose(MailTemplates templates, String addressedUnitCode, Map<String, String> names) {
        Map<String, Object> model = new HashMap<>();
        model.put("path", "/exemplars/register?unit=" + unitCode + "&month=" + month); // the console's register form
        model.put("addressee", names.getOrDefault(addressedUnitCode, addressedUnitCode));
        model.put("office", names.getOrDefault(unitCode, unitCode));
        model.put("month", monthText());
        model.put("deadline", deadline == null ? "—" : DATE.format(deadline));
        return templates.render(missed ? "exemplar-registration-missed" : "exemplar-registration-due", model);
    }
}
