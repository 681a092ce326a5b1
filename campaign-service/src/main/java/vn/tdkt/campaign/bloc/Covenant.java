package vn.tdkt.campaign.bloc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;

/**
 * The criteria a bloc's members sign up to for the year (giao ước thi đua), in the order the covenant
 * lists them, optionally in sections. The order of the sections is the order of the tie-breakers.
 */
record Covenant(List<Criterion> criteria) {

    static final int MAX_CRITERIA = 100;
    static final int MAX_TEXT = 500;
    static final String CODE_PATTERN = "^[A-Za-z0-9._-]{1,20}$";
    private static final Pattern CODE = Pattern.compile(CODE_PATTERN);

    static final Covenant EMPTY = new Covenant(List.of());

    Covenant {
        criteria = List.copyOf(criteria);
    }

    /** A criterion as a client writes it: points as a decimal number. */
    record Draft(String code, String title, String group, BigDecimal maxPoints) {
    }

    /** Checks every criterion, naming each bad field ({@code criteria[2].maxPoints}); all at once. */
    static Covenant of(List<Draft> drafts) {
        if (drafts == null) {
            return EMPTY;
        }
        if (drafts.size() > MAX_CRITERIA) {
            throw new InvalidInputException("criteria", "at most " + MAX_CRITERIA + " criteria");
        }
        List<FieldError> errors = new ArrayList<>();
        List<Criterion> criteria = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            String at = "criteria[" + i + "]";
            if (draft == null) {
                errors.add(new FieldError(at, "must not be null"));
                continue;
            }
            if (draft.code() == null || !CODE.matcher(draft.code()).matches()) {
                errors.add(new FieldError(at + ".code", "must be 1–20 letters, digits, '.', '-' or '_'"));
            } else if (!codes.add(draft.code())) {
                errors.add(new FieldError(at + ".code", "criterion " + draft.code() + " is listed twice"));
            }
            String title = draft.title() == null ? "" : draft.title().strip();
            if (title.isEmpty() || title.length() > MAX_TEXT) {
                errors.add(new FieldError(at + ".title", "must be 1–" + MAX_TEXT + " characters"));
            }
            String group = draft.group() == null || draft.group().isBlank() ? null : draft.group().strip();
            if (group != null && group.length() > MAX_TEXT) {
                errors.add(new FieldError(at + ".group", "must be at most " + MAX_TEXT + " characters"));
            }
            long max = 0;
            try {
                max = Points.parse(at + ".maxPoints", draft.maxPoints());
                if (max <= 0) {
                    errors.add(new FieldError(at + ".maxPoints", "must be above 0"));
                }
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
            criteria.add(new Criterion(draft.code(), title, group, max));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Covenant(criteria);
    }

    boolean isEmpty() {
        return criteria.isEmpty();
    }

    Optional<Criterion> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The sections in the order they first appear. */
    List<String> groups() {
        Set<String> groups = new LinkedHashSet<>();
        criteria.stream().map(Criterion::group).filter(g -> g != null).forEach(groups::add);
        return List.copyOf(groups);
    }
}
