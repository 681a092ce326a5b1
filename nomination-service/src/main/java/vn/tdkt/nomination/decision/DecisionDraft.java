package vn.tdkt.nomination.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.tdkt.support.problem.FieldError;

/**
 * A decision as asked for, checked field by field: every bad field is named, and only a draft without
 * errors is built. Whether the dossiers may be decided is the port's question, asked afterwards.
 */
record DecisionDraft(String number, LocalDate date, Signer signer, String grantorUnitCode,
                     List<String> nominationIds) {

    static final String UNIT_PATTERN = "^[A-Za-z0-9._-]{1,64}$";
    static final String NOMINATION_PATTERN = "^[A-Za-z0-9._:-]{1,100}$";
    static final int MAX_HONOURS = 1_000;
    static final int FIRST_YEAR = 1945;

    /** Raw fields as they arrive. */
    record Raw(String number, LocalDate date, String signerName, String signerTitle, String grantorUnitCode,
               List<String> nominationIds) {
    }

    /** The draft, or null with every problem added to {@code errors}; {@code today} bounds the date. */
    static DecisionDraft parse(Raw raw, LocalDate today, List<FieldError> errors) {
        int before = errors.size();
        String number = text(raw.number());
        if (number == null) {
            errors.add(new FieldError("number", "is required, e.g. 125/QĐ-UBND"));
        } else if (number.length() > 100 || number.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("number", "must be at most 100 characters without control characters"));
        }
        if (raw.date() == null) {
            errors.add(new FieldError("date", "is required, e.g. 2025-01-20"));
        } else if (raw.date().isAfter(today) || raw.date().getYear() < FIRST_YEAR) {
            errors.add(new FieldError("date", "must be a date from " + FIRST_YEAR + " to today (" + today + ")"));
        }
        String signerName = required(raw.signerName(), "signer.name", 200, errors);
        String signerTitle = required(raw.signerTitle(), "signer.title", 200, errors);
        String grantor = text(raw.grantorUnitCode());
        if (grantor == null || !grantor.matches(UNIT_PATTERN)) {
            errors.add(new FieldError("grantorUnitCode", "must be a unit code: 1–64 letters, digits, '-', '_' or '.'"));
        }
        List<String> ids = raw.nominationIds() == null ? List.of() : raw.nominationIds();
        if (ids.isEmpty()) {
            errors.add(new FieldError("nominationIds", "must name at least one approved nomination"));
        } else if (ids.size() > MAX_HONOURS) {
            errors.add(new FieldError("nominationIds", "a decision confers at most " + MAX_HONOURS + " honours"));
        }
        Set<String> seen = new HashSet<>();
        List<String> cleaned = new ArrayList<>();
        for (int i = 0; i < ids.size() && i < MAX_HONOURS; i++) {
            String id = text(ids.get(i));
            if (id == null || !id.matches(NOMINATION_PATTERN)) {
                errors.add(new FieldError("nominationIds[" + i + "]", "must be a nomination id: 1–100 letters, digits, "
                        + "'.', '_', ':' or '-'"));
            } else if (!seen.add(id)) {
                errors.add(new FieldError("nominationIds[" + i + "]", id + " is named twice"));
            } else {
                cleaned.add(id);
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new DecisionDraft(number, raw.date(), new Signer(signerName, signerTitle), grantor, cleaned);
    }

    private static String required(String value, String field, int max, List<FieldError> errors) {
        String text = text(value);
        if (text == null) {
            errors.add(new FieldError(field, "is required"));
        } else if (text.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
        return text;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
