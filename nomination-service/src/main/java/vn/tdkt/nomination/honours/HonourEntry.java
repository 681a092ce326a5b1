package vn.tdkt.nomination.honours;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.events.nomination.RecipientKind;
import vn.tdkt.nomination.award.Award;
import vn.tdkt.nomination.award.AwardCatalogue;
import vn.tdkt.support.problem.FieldError;

/**
 * One line of honours history: this recipient, of this unit, received this award for this achievement year
 * (by this decision, when known). Built only through {@link #parse}, which names every bad field.
 */
record HonourEntry(String recipientId, RecipientKind recipientKind, String recipientName, String unitCode, int year,
                   String awardCode, String awardName, String decisionNumber, LocalDate decisionDate) {

    static final String ID_PATTERN = "^[A-Za-z0-9._-]{1,64}$";
    static final int FIRST_YEAR = 1945;
    static final int LAST_YEAR = 2100;

    /** The key that may appear once in the whole history: one award per recipient and achievement year. */
    String key() {
        return recipientId + "|" + year + "|" + awardCode;
    }

    /** Raw text fields as they arrive (API or CSV); errors are named {@code prefix + field}. */
    record Raw(String recipientId, String recipientKind, String recipientName, String unitCode, String year,
               String award, String decisionNumber, String decisionDate) {
    }

    static HonourEntry parse(Raw raw, String prefix, List<FieldError> errors) {
        int before = errors.size();
        String id = text(raw.recipientId());
        if (id == null || !id.matches(ID_PATTERN)) {
            errors.add(new FieldError(prefix + "recipientId", "must be 1–64 letters, digits, '.', '_' or '-'"));
        }
        RecipientKind kind = null;
        try {
            kind = RecipientKind.valueOf(String.valueOf(text(raw.recipientKind())));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(prefix + "recipientKind", "must be INDIVIDUAL or COLLECTIVE"));
        }
        String name = text(raw.recipientName());
        if (name != null && name.length() > 200) {
            errors.add(new FieldError(prefix + "recipientName", "must be at most 200 characters"));
        }
        String unit = text(raw.unitCode());
        if (unit == null || !unit.matches(ID_PATTERN)) {
            errors.add(new FieldError(prefix + "unitCode", "must be a unit code: 1–64 letters, digits, '-', '_' or '.'"));
        }
        int year = 0;
        try {
            year = Integer.parseInt(String.valueOf(text(raw.year())));
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                errors.add(new FieldError(prefix + "year", "must be between " + FIRST_YEAR + " and " + LAST_YEAR));
            }
        } catch (NumberFormatException e) {
            errors.add(new FieldError(prefix + "year", "must be a year such as 2024"));
        }
        Award award = AwardCatalogue.find(raw.award()).orElse(null);
        if (award == null) {
            errors.add(new FieldError(prefix + "award", "'" + raw.award() + "' is neither a code nor a name of the "
                    + "award catalogue"));
        } else if (kind != null && !award.recipient().admits(vn.tdkt.nomination.award.Recipient.valueOf(kind.name()))) {
            errors.add(new FieldError(prefix + "award", award.name() + " is not given to a "
                    + kind.name().toLowerCase(java.util.Locale.ROOT) + " recipient"));
        }
        String number = text(raw.decisionNumber());
        if (number != null && number.length() > 100) {
            errors.add(new FieldError(prefix + "decisionNumber", "must be at most 100 characters"));
        }
        LocalDate date = null;
        if (text(raw.decisionDate()) != null) {
            try {
                date = LocalDate.parse(text(raw.decisionDate()));
            } catch (java.time.DateTimeException e) {
                errors.add(new FieldError(prefix + "decisionDate", "must be a date such as 2025-01-20"));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new HonourEntry(id, kind, name, unit, year, award.code(), award.name(), number, date);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static List<String> units(List<HonourEntry> entries) {
        return new ArrayList<>(entries.stream().map(HonourEntry::unitCode).distinct().sorted().toList());
    }
}
