package vn.tdkt.nomination.honourboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;

/**
 * An entry of a unit's public honour board (seed 003: exemplary people honoured "trên các trang thông tin điện tử"):
 * a snapshot of what the unit chose to publish of one source, taken when published, so that a later change of the
 * source never publishes more than was chosen. Withdrawn entries are kept (what was public, and until when), and
 * never shown again.
 *
 * @param fields the chosen fields of the source, in the order of {@link PublishedField}
 */
record BoardEntry(String id, String unitCode, SourceKind source, String sourceId, String recipientKind,
                  String displayName, String title, String citation, List<Shown> fields, Status status,
                  Instant publishedAt, String publishedBy, Instant withdrawnAt, String withdrawnBy, Long version) {

    static final int MAX_NAME = 200;
    static final int MAX_TITLE = 300;
    static final int MAX_CITATION = 2000;

    enum Status { PUBLISHED, WITHDRAWN }

    /** One published field: its code, its Vietnamese label and the value copied from the source. */
    record Shown(PublishedField field, String label, String value) {
    }

    /** What the unit writes and chooses, as it arrives; {@link #validate} names every bad field. */
    record Draft(String source, String sourceId, String displayName, String title, String citation,
                 List<String> publishedFields) {
    }

    /** A valid draft: the source to look up and what to publish of it. */
    record Choice(SourceKind source, String sourceId, String displayName, String title, String citation,
                  Set<PublishedField> fields) {
    }

    static Choice validate(Draft draft) {
        List<FieldError> errors = new ArrayList<>();
        SourceKind kind = null;
        try {
            kind = SourceKind.valueOf(String.valueOf(draft.source()).strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("source", "must be EXEMPLAR or HONOUR"));
        }
        String sourceId = text(draft.sourceId(), "sourceId", 200, true, errors);
        String name = text(draft.displayName(), "displayName", MAX_NAME, true, errors);
        String title = text(draft.title(), "title", MAX_TITLE, false, errors);
        String citation = text(draft.citation(), "citation", MAX_CITATION, true, errors);
        Set<PublishedField> fields = new LinkedHashSet<>();
        List<String> asked = draft.publishedFields() == null ? List.of() : draft.publishedFields();
        for (int i = 0; i < asked.size(); i++) {
            String field = "publishedFields[" + i + "]";
            try {
                PublishedField chosen = PublishedField.valueOf(String.valueOf(asked.get(i)).strip());
                if (kind != null && !chosen.offeredBy(kind)) {
                    errors.add(new FieldError(field, chosen + " is not a field of " + kind + "; it offers "
                            + offered(kind)));
                } else if (!fields.add(chosen)) {
                    errors.add(new FieldError(field, chosen + " is named twice"));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field, "'" + asked.get(i) + "' is not one of "
                        + (kind == null ? List.of(PublishedField.values()) : offered(kind))));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Choice(kind, sourceId, name, title, citation, fields);
    }

    /** The snapshot: only the chosen fields, with the source's values, in the fields' order. */
    static BoardEntry publish(String unitCode, Choice choice, Source source, String by, Instant now) {
        List<Shown> shown = new ArrayList<>();
        for (PublishedField field : PublishedField.values()) {
            String value = source.offered().get(field);
            if (choice.fields().contains(field) && value != null && !value.isBlank()) {
                shown.add(new Shown(field, field.label(), value));
            }
        }
        return new BoardEntry(UUID.randomUUID().toString(), unitCode, choice.source(), choice.sourceId(),
                source.recipientKind(), choice.displayName(), choice.title(), choice.citation(), List.copyOf(shown),
                Status.PUBLISHED, now, by, null, null, null);
    }

    BoardEntry withdraw(String by, Instant now) {
        return status == Status.WITHDRAWN ? this : new BoardEntry(id, unitCode, source, sourceId, recipientKind,
                displayName, title, citation, fields, Status.WITHDRAWN, publishedAt, publishedBy, now, by, version);
    }

    BoardEntry storedAs(Long newVersion) {
        return new BoardEntry(id, unitCode, source, sourceId, recipientKind, displayName, title, citation, fields,
                status, publishedAt, publishedBy, withdrawnAt, withdrawnBy, newVersion);
    }

    /** One published entry per unit and source: a second is a 409, and withdrawing frees it again. */
    String liveKey() {
        return status == Status.PUBLISHED ? unitCode + "|" + source + "|" + sourceId : null;
    }

    private static List<PublishedField> offered(SourceKind kind) {
        return List.of(PublishedField.values()).stream().filter(f -> f.offeredBy(kind)).toList();
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
}
