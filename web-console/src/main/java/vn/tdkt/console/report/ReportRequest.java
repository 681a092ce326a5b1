package vn.tdkt.console.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.console.support.Formats;
import vn.tdkt.console.support.ServiceProblem;

/**
 * The report's form as typed (unit code, days dd/MM/yyyy) and its reading: a blank unit or a day that is not one is
 * refused here, naming the field as a service would, so the same error summary shows it. What else is wrong with a
 * period (backwards, too long) the services say, each with the same words (service-support's ReportPeriod).
 */
record ReportRequest(String unit, String from, String to) {

    record Period(String unit, LocalDate from, LocalDate to) {
    }

    boolean isEmpty() {
        return blank(unit) && blank(from) && blank(to);
    }

    /** @throws ServiceProblem 400 naming {@code unit}, {@code from} or {@code to} */
    Period read(String required, String notADay) {
        List<ServiceProblem.FieldProblem> errors = new ArrayList<>();
        if (blank(unit)) {
            errors.add(new ServiceProblem.FieldProblem("unit", required));
        }
        LocalDate f = day(from, "from", required, notADay, errors);
        LocalDate t = day(to, "to", required, notADay, errors);
        if (!errors.isEmpty()) {
            throw new ServiceProblem(null, 400, null, null, errors, null);
        }
        return new Period(unit.strip(), f, t);
    }

    private static LocalDate day(String typed, String field, String required, String notADay,
            List<ServiceProblem.FieldProblem> errors) {
        if (blank(typed)) {
            errors.add(new ServiceProblem.FieldProblem(field, required));
            return null;
        }
        try {
            return LocalDate.parse(Formats.isoDate(typed));
        } catch (DateTimeParseException e) {
            errors.add(new ServiceProblem.FieldProblem(field, notADay));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
