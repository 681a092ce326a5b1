package vn.tdkt.campaign.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tdkt.support.problem.FieldError;

/**
 * A merger of units into a successor (sáp nhập), as the 2025 reform merged communes and abolished districts.
 * The successor is either a new unit, or one of the sources that keeps its code and absorbs the others.
 *
 * <p>{@link #check} is the whole rule set as a value: every reason a merger is refused, each naming its field,
 * computed from a snapshot of the registry before anything is written.
 *
 * @param sourceCodes the units merged, in the order given (valid codes; the rules check the rest)
 */
record Merger(LocalDate effectiveDate, List<UnitCode> sourceCodes, Successor successor) {

    Merger {
        sourceCodes = List.copyOf(sourceCodes);
    }

    /** The unit that replaces the sources. */
    record Successor(UnitCode code, String name, UnitLevel level, UnitCode parentCode, Integer staffCount,
                     List<String> contactEmails) {

        Successor {
            contactEmails = contactEmails == null ? List.of() : List.copyOf(contactEmails);
        }
    }

    /** Whether the successor is one of the sources, kept under its code. */
    boolean keepsASource() {
        return sourceCodes.contains(successor.code());
    }

    /** The sources that stop acting: all of them, less a kept one. */
    List<UnitCode> mergedCodes() {
        return sourceCodes.stream().filter(code -> !code.equals(successor.code())).distinct().toList();
    }

    /**
     * Every reason this merger cannot happen; empty if it can.
     *
     * @param registered        the registered units among the sources, the successor's code and its parent
     * @param parentAncestors   the units above the successor's parent, nearest first (empty without a parent)
     */
    List<FieldError> check(Map<UnitCode, Unit> registered, List<UnitCode> parentAncestors) {
        List<FieldError> errors = new ArrayList<>();
        if (sourceCodes.isEmpty()) {
            errors.add(new FieldError("sourceCodes", "name at least one unit to merge"));
        }
        Set<UnitCode> seen = new HashSet<>();
        for (int i = 0; i < sourceCodes.size(); i++) {
            UnitCode source = sourceCodes.get(i);
            String field = "sourceCodes[" + i + "]";
            Unit unit = registered.get(source);
            if (!seen.add(source)) {
                errors.add(new FieldError(field, source + " is listed twice"));
            } else if (unit == null) {
                errors.add(new FieldError(field, "no unit " + source + " is registered"));
            } else if (unit.status() != UnitStatus.ACTIVE) {
                errors.add(new FieldError(field, source + " is " + unit.status()
                        + (unit.successorCode() == null ? "" : " (into " + unit.successorCode() + ")")
                        + ": only active units can be merged"));
            }
        }
        checkSuccessor(registered, errors);
        checkParent(registered, parentAncestors, errors);
        return errors;
    }

    private void checkSuccessor(Map<UnitCode, Unit> registered, List<FieldError> errors) {
        UnitCode code = successor.code();
        if (keepsASource()) {
            if (mergedCodes().isEmpty()) {
                errors.add(new FieldError("successor.code", "a unit cannot be merged into itself: name another source"));
            }
            Unit kept = registered.get(code);
            if (kept != null && kept.level() != successor.level()) {
                errors.add(new FieldError("successor.level", code + " keeps its level " + kept.level()
                        + "; a merger into a unit of another level needs a new successor code"));
            }
        } else if (registered.containsKey(code)) {
            errors.add(new FieldError("successor.code", code + " is already registered and is not one of the sources:"
                    + " give a new code, or one of the sources to keep it"));
        }
    }

    private void checkParent(Map<UnitCode, Unit> registered, List<UnitCode> parentAncestors, List<FieldError> errors) {
        UnitCode parent = successor.parentCode();
        if (parent == null) {
            return;
        }
        Unit parentUnit = registered.get(parent);
        if (parent.equals(successor.code())) {
            errors.add(new FieldError("successor.parentCode", "a unit cannot be its own parent"));
        } else if (sourceCodes.contains(parent) || parentAncestors.stream().anyMatch(mergedCodes()::contains)) {
            errors.add(new FieldError("successor.parentCode", parent + " is, or lies below, a unit merged here"));
        } else if (parentUnit == null) {
            errors.add(new FieldError("successor.parentCode", "no unit " + parent + " is registered"));
        } else if (parentUnit.status() != UnitStatus.ACTIVE) {
            errors.add(new FieldError("successor.parentCode", parent + " is " + parentUnit.status()
                    + ": a unit can only be placed under an active one"));
        } else if (keepsASource() && parentAncestors.contains(successor.code())) {
            errors.add(new FieldError("successor.parentCode", parent + " lies below " + successor.code()
                    + ": the tree would have a cycle"));
        }
    }
}
