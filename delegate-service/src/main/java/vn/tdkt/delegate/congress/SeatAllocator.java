package vn.tdkt.delegate.congress;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.tdkt.delegate.apportionment.Apportioner;
import vn.tdkt.delegate.apportionment.Fraction;
import vn.tdkt.delegate.apportionment.ApportionmentInput;
import vn.tdkt.delegate.apportionment.ApportionmentResult;
import vn.tdkt.delegate.apportionment.Method;
import vn.tdkt.delegate.apportionment.UnitWeight;
import vn.tdkt.delegate.apportionment.Warning;
import vn.tdkt.delegate.exemplary.ExemplaryCounts;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.RuleViolationException;
import vn.tdkt.support.security.UnitTree;
import vn.tdkt.support.unitdirectory.DirectoryUnit;

/**
 * Allocates a congress's seats among the units below it with the apportionment calculation. The units are the
 * organisers of its lower congresses, or, before any is planned, the acting units directly below its organiser;
 * with POPULATION or MANUAL weights the caller names the units (each below the organiser). The weights are the
 * units' staff counts (the unit projection), their exemplary people (the exemplary projection, in their whole
 * subtree) or the caller's. Units that weigh 0 (no honours yet) get no seat and are named in a warning. Hamilton
 * after an earlier Hamilton allocation is checked for the population paradox.
 */
@Component
class SeatAllocator {

    private final MongoOperations mongo;
    private final UnitTree tree;
    private final ExemplaryCounts exemplary;

    SeatAllocator(MongoOperations mongo, UnitTree tree, ExemplaryCounts exemplary) {
        this.mongo = mongo;
        this.tree = tree;
        this.exemplary = exemplary;
    }

    Allocation.Calculated allocate(Congress congress, List<String> lowerOrganisers, Request request) {
        long seats = request.seats() != null ? request.seats() : congress.defaultExemplarySeats();
        Method method = request.method() != null ? request.method() : Method.WEBSTER;
        Map<String, BigDecimal> weights = weights(congress, lowerOrganisers, request);
        List<String> warnings = new ArrayList<>();
        List<String> unweighted = weights.entrySet().stream().filter(e -> e.getValue().signum() == 0)
                .map(Map.Entry::getKey).toList();
        if (!unweighted.isEmpty()) {
            warnings.add("NO_WEIGHT: " + String.join(", ", unweighted) + " weigh 0 by " + request.basis()
                    + " and get no seat");
        }
        List<UnitWeight> weighted = weights.entrySet().stream().filter(e -> e.getValue().signum() > 0)
                .map(e -> new UnitWeight(e.getKey(), e.getValue())).toList();
        long min = request.minSeatsPerUnit() == null ? 0 : request.minSeatsPerUnit();
        long max = request.maxSeatsPerUnit() == null ? Long.MAX_VALUE : request.maxSeatsPerUnit();
        checkFeasible(seats, weighted.size(), min, max, request.basis());
        if (seats > congress.maxDelegates()) {
            throw new RuleViolationException("A congress cannot give out more seats than it has", List.of(
                    new FieldError("seats", seats + " is more than the congress's " + congress.maxDelegates()
                            + " delegates")));
        }
        ApportionmentInput input = new ApportionmentInput(seats, method, min, max, weighted);
        ApportionmentResult result = Apportioner.apportion(input);
        result.warnings().forEach(w -> warnings.add(w.type() + ": " + w.message()));
        populationParadox(congress.currentAllocation(), input, result)
                .forEach(w -> warnings.add(w.type() + ": " + w.message()));
        Map<String, Allocation.UnitShare> shares = new LinkedHashMap<>();
        weights.forEach((code, weight) -> shares.put(code, new Allocation.UnitShare(code, weight.toPlainString(), "0",
                0, "weight 0: no seat")));
        result.allocations().forEach(a -> shares.put(a.code(), new Allocation.UnitShare(a.code(),
                weights.get(a.code()).toPlainString(), a.quota().toString(), a.seats(), a.explanation())));
        return new Allocation.Calculated(method.name(), request.basis().name(), seats, List.copyOf(shares.values()),
                warnings);
    }

    /**
     * Hamilton after Hamilton: a unit whose weight grew faster than another's yet lost a seat to it is the
     * population paradox, which only a stored earlier allocation can show (the endpoint cannot).
     */
    private static List<Warning> populationParadox(Allocation previous, ApportionmentInput input,
                                                   ApportionmentResult result) {
        if (previous == null || input.method() != Method.HAMILTON || !Method.HAMILTON.name().equals(previous.method())) {
            return List.of();
        }
        List<Allocation.UnitShare> weighed = previous.units().stream()
                .filter(u -> new BigDecimal(u.weight()).signum() > 0).toList();
        if (weighed.isEmpty()) {
            return List.of();
        }
        ApportionmentInput before = ApportionmentInput.of(previous.seats(), Method.HAMILTON, weighed.stream()
                .map(u -> new UnitWeight(u.unitCode(), new BigDecimal(u.weight()))).toList());
        ApportionmentResult beforeResult = new ApportionmentResult(Method.HAMILTON, previous.seats(), null,
                weighed.stream().map(u -> new vn.tdkt.delegate.apportionment.Allocation(u.unitCode(),
                        Fraction.parse(u.quota()), u.seats(), u.explanation())).toList(), List.of());
        return Apportioner.populationParadoxes(before, beforeResult, input, result);
    }

    private Map<String, BigDecimal> weights(Congress congress, List<String> lowerOrganisers, Request request) {
        String organiser = congress.organiserUnitCode();
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        if (request.basis().givenByCaller()) {
            List<FieldError> errors = new ArrayList<>();
            for (int i = 0; i < request.weights().size(); i++) {
                GivenWeight given = request.weights().get(i);
                if (given.code().equals(organiser) || !tree.isWithin(given.code(), organiser)) {
                    errors.add(new FieldError("weights[" + i + "].code", given.code() + " is not a unit below "
                            + organiser));
                }
                weights.put(given.code(), given.weight());
            }
            if (!errors.isEmpty()) {
                throw new RuleViolationException("Seats go to the units below the organiser", errors);
            }
            return weights;
        }
        List<String> codes = lowerOrganisers.isEmpty() ? actingChildren(organiser) : lowerOrganisers;
        if (codes.isEmpty()) {
            throw new RuleViolationException("There is no unit to allocate seats to", List.of(new FieldError("basis",
                    "no lower congress is planned and no unit below " + organiser + " is known here; give the units"
                            + " with MANUAL or POPULATION weights")));
        }
        if (request.basis() == Basis.HONOURS) {
            exemplary.inSubtrees(codes).forEach((code, count) -> weights.put(code, BigDecimal.valueOf(count)));
            return weights;
        }
        Map<String, Integer> staff = new LinkedHashMap<>();
        mongo.find(new Query(where("_id").in(codes)), DirectoryUnit.class)
                .forEach(unit -> staff.put(unit.code(), unit.staffCount()));
        List<FieldError> missing = new ArrayList<>();
        for (String code : codes) {
            Integer count = staff.get(code);
            if (count == null || count <= 0) {
                missing.add(new FieldError("basis", code + " has no staff count here; give MANUAL weights"));
            }
            weights.put(code, BigDecimal.valueOf(count == null ? 0 : count));
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException("STAFF weights need every unit's staff count", missing);
        }
        return weights;
    }

    /** The acting (not merged, not inactive) units whose parent is {@code organiser}, by code. */
    private List<String> actingChildren(String organiser) {
        return mongo.find(new Query(where("parentCode").is(organiser).and("status").nin(DirectoryUnit.MERGED,
                        "INACTIVE")).with(Sort.by("_id")), DirectoryUnit.class).stream().map(DirectoryUnit::code)
                .toList();
    }

    private static void checkFeasible(long seats, int units, long min, long max, Basis basis) {
        List<FieldError> errors = new ArrayList<>();
        if (seats < 1) {
            errors.add(new FieldError("seats", "must be at least 1"));
        }
        if (units == 0) {
            errors.add(new FieldError("basis", "no unit weighs more than 0 by " + basis));
        } else if (seats >= 1) {
            if (min * units > seats) {
                errors.add(new FieldError("minSeatsPerUnit", "%d units × %d is more than the %d seats".formatted(units,
                        min, seats)));
            }
            if (max < (seats + units - 1) / units) {
                errors.add(new FieldError("maxSeatsPerUnit", "%d units × %d is fewer than the %d seats".formatted(units,
                        max, seats)));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException("These seats cannot be allocated so", errors);
        }
    }

    /** Where the weights come from. */
    enum Basis {
        STAFF, POPULATION, HONOURS, MANUAL;

        boolean givenByCaller() {
            return this == POPULATION || this == MANUAL;
        }
    }

    record GivenWeight(String code, BigDecimal weight) {
    }

    /** A checked request: weights present exactly when the basis is the caller's. */
    record Request(Method method, Basis basis, List<GivenWeight> weights, Long minSeatsPerUnit, Long maxSeatsPerUnit,
                   Long seats) {
        Request {
            weights = weights == null ? List.of() : List.copyOf(weights);
        }
    }
}
