package vn.tdkt.delegate.apportionment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What each method guarantees, on random questions: the house size and the bounds always; for the divisor
 * methods the very allocation of their definition (seat by seat) and house monotonicity; for Hamilton the quota
 * rule (it is not house-monotone: that is the Alabama paradox, warned and tested in {@link ApportionerTest});
 * for D'Hondt the lower quota. Weights with decimals and many equal weights, so that ties are frequent.
 */
class ApportionmentProperties {

    @Property(tries = 300)
    void theHouseSizeAndTheBoundsAreHeld(@ForAll("questions") ApportionmentInput input) {
        ApportionmentResult result = Apportioner.apportion(input);

        assertThat(result.allocations().stream().mapToLong(Allocation::seats).sum()).isEqualTo(input.seats());
        assertThat(result.allocations()).allSatisfy(a -> assertThat(a.seats())
                .isBetween(input.minSeatsPerUnit(), input.maxSeatsPerUnit()));
        assertThat(result.allocations()).extracting(Allocation::code)
                .containsExactlyElementsOf(input.units().stream().map(UnitWeight::code).toList());
    }

    @Property(tries = 400)
    void divisorMethodsGiveTheAllocationOfTheirDefinition(@ForAll("divisorQuestions") ApportionmentInput input) {
        assertThat(Apportioner.apportion(input).seatArray()).containsExactly(ReferenceApportionment.seatBySeat(input));
    }

    @Property(tries = 300)
    void divisorMethodsAreHouseMonotone(@ForAll("divisorQuestions") ApportionmentInput input) {
        if (!input.feasibleWith(input.seats() + 1)) {
            return;
        }
        long[] now = Apportioner.apportion(input).seatArray();
        long[] larger = Apportioner.apportion(input.withSeats(input.seats() + 1)).seatArray();

        for (int i = 0; i < now.length; i++) {
            assertThat(larger[i]).isGreaterThanOrEqualTo(now[i]);
        }
    }

    @Property(tries = 300)
    void hamiltonSatisfiesQuota(@ForAll("unbounded") List<UnitWeight> units, @ForAll("houses") long seats) {
        ApportionmentResult result = Apportioner.apportion(ApportionmentInput.of(seats, Method.HAMILTON, units));

        assertThat(result.allocations()).allSatisfy(a -> assertThat(a.seats())
                .isBetween(a.quota().floor().longValueExact(), a.quota().ceil().longValueExact()));
    }

    /** Bounds that every quota already respects change nothing (the bounded path reduces to plain Hamilton). */
    @Property(tries = 300)
    void hamiltonWithBoundsThatDoNotBindIsPlainHamilton(@ForAll("unbounded") List<UnitWeight> units,
                                                        @ForAll("houses") long seats) {
        ApportionmentResult plain = Apportioner.apportion(ApportionmentInput.of(seats, Method.HAMILTON, units));
        long lowest = plain.allocations().stream().mapToLong(a -> a.quota().floor().longValueExact()).min().orElseThrow();
        long highest = plain.allocations().stream().mapToLong(a -> a.quota().ceil().longValueExact()).max().orElseThrow();
        ApportionmentInput bounded = new ApportionmentInput(seats, Method.HAMILTON, lowest, highest, units);

        assertThat(Apportioner.apportion(bounded).seatArray()).containsExactly(plain.seatArray());
    }

    @Property(tries = 300)
    void dhondtSatisfiesLowerQuota(@ForAll("unbounded") List<UnitWeight> units, @ForAll("houses") long seats) {
        ApportionmentResult result = Apportioner.apportion(ApportionmentInput.of(seats, Method.DHONDT, units));

        assertThat(result.allocations()).allSatisfy(a -> assertThat(a.seats())
                .isGreaterThanOrEqualTo(a.quota().floor().longValueExact()));
    }

    /** Exactness: a weight of 0.3 is 3 tenths, so scaling every weight by 10 changes no seat and no quota. */
    @Property(tries = 200)
    void scalingEveryWeightChangesNothing(@ForAll("questions") ApportionmentInput input) {
        List<UnitWeight> scaled = input.units().stream()
                .map(u -> new UnitWeight(u.code(), u.weight().movePointLeft(3))).toList();
        ApportionmentResult original = Apportioner.apportion(input);
        ApportionmentResult shrunk = Apportioner.apportion(new ApportionmentInput(input.seats(), input.method(),
                input.minSeatsPerUnit(), input.maxSeatsPerUnit(), scaled));

        assertThat(shrunk.seatArray()).containsExactly(original.seatArray());
        assertThat(shrunk.allocations()).extracting(Allocation::quota)
                .containsExactlyElementsOf(original.allocations().stream().map(Allocation::quota).toList());
        assertThat(shrunk.warnings()).extracting(Warning::type)
                .containsExactlyElementsOf(original.warnings().stream().map(Warning::type).toList());
    }

    @Provide
    Arbitrary<Long> houses() {
        return Arbitraries.longs().between(1, 80);
    }

    @Provide
    Arbitrary<List<UnitWeight>> unbounded() {
        return weights();
    }

    @Provide
    Arbitrary<ApportionmentInput> questions() {
        return question(Arbitraries.of(Method.values()));
    }

    @Provide
    Arbitrary<ApportionmentInput> divisorQuestions() {
        return question(Arbitraries.of(Method.WEBSTER, Method.DHONDT, Method.HUNTINGTON_HILL));
    }

    private static Arbitrary<ApportionmentInput> question(Arbitrary<Method> methods) {
        return Combinators.combine(methods, weights(), Arbitraries.longs().between(1, 80),
                Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, 100))
                .as((method, units, seats, minPercent, maxPercent) -> {
                    int k = units.size();
                    // bounds drawn inside what is feasible: min ≤ seats / k ≤ max; often absent
                    long min = minPercent < 50 ? 0 : (seats / k) * (minPercent - 50) / 50;
                    long max = maxPercent < 50 ? Long.MAX_VALUE
                            : (seats + k - 1) / k + (seats - (seats + k - 1) / k) * (100 - maxPercent) / 50;
                    return new ApportionmentInput(seats, method, min, Math.max(max, min), units);
                });
    }

    /** 1–12 units; weights from a few values (ties), some with decimals. */
    private static Arbitrary<List<UnitWeight>> weights() {
        Arbitrary<BigDecimal> weight = Arbitraries.oneOf(
                Arbitraries.of(1, 2, 3, 5, 6, 10).map(BigDecimal::valueOf),
                Arbitraries.integers().between(1, 5_000).map(BigDecimal::valueOf),
                Arbitraries.integers().between(1, 100_000).map(v -> BigDecimal.valueOf(v, 3)));
        return weight.list().ofMinSize(1).ofMaxSize(12).map(ws -> {
            List<UnitWeight> units = new ArrayList<>();
            for (int i = 0; i < ws.size(); i++) {
                units.add(new UnitWeight("Đơn vị " + i, ws.get(i)));
            }
            return units;
        });
    }
}
