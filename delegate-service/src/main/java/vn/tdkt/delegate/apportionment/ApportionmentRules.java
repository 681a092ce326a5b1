package vn.tdkt.delegate.apportionment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.RuleViolationException;

/**
 * What a request must satisfy, as values: every reason at once. Malformed input (a field missing, out of range,
 * a duplicate code) is a 400 naming the field; well-formed bounds that no allocation can meet are a 422.
 */
final class ApportionmentRules {

    static final long MAX_SEATS = 100_000_000;
    static final int MAX_UNITS = 20_000;
    static final int MAX_CODE_LENGTH = 64;
    static final BigDecimal MAX_WEIGHT = new BigDecimal("1e15");
    static final int MAX_WEIGHT_DECIMALS = 9;

    /** One broken rule; {@code impossible}: well-formed but unsatisfiable (422), otherwise malformed (400). */
    record Violation(String field, String message, boolean impossible) {
    }

    private ApportionmentRules() {
    }

    static List<Violation> check(ApportionmentRequest request) {
        List<Violation> found = new ArrayList<>();
        Long seats = request.seats();
        if (seats == null) {
            found.add(malformed("seats", "is required"));
        } else if (seats < 1 || seats > MAX_SEATS) {
            found.add(malformed("seats", "must be between 1 and " + MAX_SEATS));
        }
        Long min = request.minSeatsPerUnit();
        Long max = request.maxSeatsPerUnit();
        if (min != null && (min < 0 || min > MAX_SEATS)) {
            found.add(malformed("minSeatsPerUnit", "must be between 0 and " + MAX_SEATS));
        }
        if (max != null && (max < 0 || max > MAX_SEATS)) {
            found.add(malformed("maxSeatsPerUnit", "must be between 0 and " + MAX_SEATS));
        }
        List<ApportionmentRequest.UnitRequest> units = request.units();
        if (units == null || units.isEmpty()) {
            found.add(malformed("units", "must name at least one unit"));
        } else if (units.size() > MAX_UNITS) {
            found.add(malformed("units", "at most " + MAX_UNITS + " units"));
        } else {
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < units.size(); i++) {
                checkUnit(units.get(i), "units[" + i + "]", seen, i, found);
            }
        }
        if (found.isEmpty()) {
            long k = units.size();
            long low = min == null ? 0 : min;
            if (max != null && low > max) {
                found.add(impossible("minSeatsPerUnit", "minimum " + low + " is above the maximum " + max));
            } else {
                if (low > seats / k) {
                    found.add(impossible("minSeatsPerUnit", k + " units × minimum " + low + " = " + (k * low)
                            + " seats, more than the " + seats + " to allocate"));
                }
                if (max != null && max < (seats + k - 1) / k) {
                    found.add(impossible("maxSeatsPerUnit", k + " units × maximum " + max + " = " + (k * max)
                            + " seats, fewer than the " + seats + " to allocate"));
                }
            }
        }
        return found;
    }

    private static void checkUnit(ApportionmentRequest.UnitRequest unit, String path, Map<String, Integer> seen,
                                  int index, List<Violation> found) {
        if (unit == null) {
            found.add(malformed(path, "must be a unit {code, weight}"));
            return;
        }
        String code = unit.code();
        if (code == null || code.isBlank()) {
            found.add(malformed(path + ".code", "is required"));
        } else if (code.length() > MAX_CODE_LENGTH) {
            found.add(malformed(path + ".code", "at most " + MAX_CODE_LENGTH + " characters"));
        } else {
            Integer earlier = seen.putIfAbsent(code, index);
            if (earlier != null) {
                found.add(malformed(path + ".code", "'" + code + "' is already units[" + earlier + "]"));
            }
        }
        BigDecimal weight = unit.weight();
        if (weight == null) {
            found.add(malformed(path + ".weight", "is required"));
        } else if (weight.signum() <= 0) {
            found.add(malformed(path + ".weight", "must be positive"));
        } else if (weight.compareTo(MAX_WEIGHT) > 0) {
            found.add(malformed(path + ".weight", "at most 10^15"));
        } else if (weight.stripTrailingZeros().scale() > MAX_WEIGHT_DECIMALS) {
            found.add(malformed(path + ".weight", "at most " + MAX_WEIGHT_DECIMALS + " decimal places"));
        }
    }

    /** The checked question, or the problem: 400 with every malformed field, else 422 with every impossibility. */
    static ApportionmentInput checked(ApportionmentRequest request) {
        List<Violation> found = check(request);
        List<FieldError> malformed = found.stream().filter(v -> !v.impossible())
                .map(v -> new FieldError(v.field(), v.message())).toList();
        if (!malformed.isEmpty()) {
            throw new InvalidInputException(malformed);
        }
        if (!found.isEmpty()) {
            throw new RuleViolationException("No allocation can meet these bounds",
                    found.stream().map(v -> new FieldError(v.field(), v.message())).toList());
        }
        List<UnitWeight> units = request.units().stream().map(u -> new UnitWeight(u.code(), u.weight())).toList();
        return new ApportionmentInput(request.seats(), request.method() == null ? Method.WEBSTER : request.method(),
                request.minSeatsPerUnit() == null ? 0 : request.minSeatsPerUnit(),
                request.maxSeatsPerUnit() == null ? Long.MAX_VALUE : request.maxSeatsPerUnit(), units);
    }

    private static Violation malformed(String field, String message) {
        return new Violation(field, message, false);
    }

    private static Violation impossible(String field, String message) {
        return new Violation(field, message, true);
    }
}
