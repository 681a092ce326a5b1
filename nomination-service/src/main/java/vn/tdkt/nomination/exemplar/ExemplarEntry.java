package vn.tdkt.nomination.exemplar;

import java.util.List;
import vn.tdkt.events.nomination.Exemplar;
import vn.tdkt.events.nomination.RecipientKind;
import vn.tdkt.support.problem.FieldError;

/**
 * One exemplary collective or individual as an office registers it (the seed's form): name, position, unit,
 * a summary of the achievement and its field. Built only through {@link #parse}, which names every bad field.
 */
record ExemplarEntry(RecipientKind recipientKind, String name, String position, String unitName, String achievement,
                     String field) {

    /** Raw fields as they arrive. */
    record Raw(String recipientKind, String name, String position, String unitName, String achievement,
               String field) {
    }

    static ExemplarEntry parse(Raw raw, String prefix, List<FieldError> errors) {
        int before = errors.size();
        RecipientKind kind = null;
        try {
            kind = RecipientKind.valueOf(String.valueOf(raw.recipientKind()).strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(prefix + "recipientKind", "must be INDIVIDUAL or COLLECTIVE"));
        }
        String name = text(raw.name(), prefix + "name", 200, true, errors);
        String position = text(raw.position(), prefix + "position", 200, false, errors);
        String unitName = text(raw.unitName(), prefix + "unitName", 200, false, errors);
        String achievement = text(raw.achievement(), prefix + "achievement", 2000, true, errors);
        String field = text(raw.field(), prefix + "field", 200, false, errors);
        if (errors.size() > before) {
            return null;
        }
        return new ExemplarEntry(kind, name, position, unitName, achievement, field);
    }

    private static String text(String value, String field, int max, boolean required, List<FieldError> errors) {
        String text = value == null || value.isBlank() ? null : value.strip();
        if (text == null && required) {
            errors.add(new FieldError(field, "is required"));
        } else if (text != null && text.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        } else if (text != null && text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            errors.add(new FieldError(field, "must not contain control characters"));
        }
        return text;
    }

    Exemplar event() {
        return new Exemplar(recipientKind.name(), name, position, unitName, achievement, field);
    }
}
