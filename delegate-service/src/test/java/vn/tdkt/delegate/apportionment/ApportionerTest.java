package vn.tdkt.delegate.apportionment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Textbook cases worked by hand, ties, bounds, exactness and a house of a million seats. */
class ApportionerTest {

    static List<UnitWeight> units(String... codeWeight) {
        List<UnitWeight> units = new ArrayList<>();
        for (String pair : codeWeight) {
            String[] parts = pair.split("=");
            units.add(new UnitWeight(parts[0], new BigDecimal(parts[1])));
        }
        return units;
    }

    static ApportionmentResult apportion(long seats, Method method, String... codeWeight) {
        return Apportioner.apportion(ApportionmentInput.of(seats, method, units(codeWeight)));
    }

    /**
     * The worked example common in descriptions of D'Hondt and Sainte-Laguë: votes 100,000, 80,000, 30,000
     * and 20,000 for 8 seats. Checked by hand here, not quoted: D'Hondt's eight largest quotients are 100, 80,
     * 50, 40, 33.3, 30, 26.7 and 25 thousand; Sainte-Laguë's (divisors 1, 3, 5, …) 100, 80, 33.3, 30, 26.7, 20,
     * 20 and 16;
     * Hamilton's quotas 3.48, 2.78, 1.04 and 0.70 leave two seats to the remainders of B (.78) and D (.70).
     */
    @ParameterizedTest
    @CsvSource({"DHONDT, 4, 3, 1, 0", "WEBSTER, 3, 3, 1, 1", "HAMILTON, 3, 3, 1, 1", "HUNTINGTON_HILL, 3, 3, 1, 1"})
    void theTextbookPartyExample(Method method, long a, long b, long c, long d) {
        ApportionmentResult result = apportion(8, method, "A=100000", "B=80000", "C=30000", "D=20000");

        assertThat(result.seatArray()).containsExactly(a, b, c, d);
        assertThat(result.allocations()).extracting(Allocation::code).containsExactly("A", "B", "C", "D");
        assertThat(result.allocations().getFirst().quota()).hasToString("80/23"); // 8 × 100,000 / 230,000
        assertThat(result.warnings()).isEmpty();
    }

    /**
     * The Alabama paradox on a small three-state illustration of the kind textbooks use (populations 6, 6 and 2;
     * the figures are worked by hand here, not quoted): Hamilton gives C 2 of 10 seats but 1 of 11. The 1880
     * census figures (Alabama 8 of 299 seats, 7 of 300) are not used: their state populations are not reproduced
     * here from memory. By hand: 10 seats, quotas 4.29, 4.29, 1.43: lower quotas 4 + 4 + 1, the last seat to C's
     * remainder .43; 11 seats, quotas 4.71, 4.71, 1.57: the two seats left go to A and B (.71 before C's .57).
     */
    @Test
    void theAlabamaParadoxIsWarnedFromBothSides() {
        ApportionmentResult ten = apportion(10, Method.HAMILTON, "A=6", "B=6", "C=2");
        ApportionmentResult eleven = apportion(11, Method.HAMILTON, "A=6", "B=6", "C=2");

        assertThat(ten.seatArray()).containsExactly(4, 4, 2);
        assertThat(eleven.seatArray()).containsExactly(5, 5, 1);
        assertThat(ten.warnings()).singleElement().satisfies(w -> {
            assertThat(w.type()).isEqualTo(Warning.Type.ALABAMA_PARADOX);
            assertThat(w.unitCodes()).containsExactly("C");
            assertThat(w.message()).contains("11").contains("one seat fewer");
        });
        assertThat(eleven.warnings()).singleElement().satisfies(w -> {
            assertThat(w.type()).isEqualTo(Warning.Type.ALABAMA_PARADOX);
            assertThat(w.unitCodes()).containsExactly("C");
            assertThat(w.message()).contains("10").contains("one seat more");
        });
        // A divisor method is house-monotone: never such a warning. (Webster's tenth seat here is a three-way tie
        // at 6 ÷ 4.5 = 2 ÷ 1.5, which request order gives to A.)
        ApportionmentResult webster = apportion(10, Method.WEBSTER, "A=6", "B=6", "C=2");
        assertThat(webster.seatArray()).containsExactly(5, 4, 1);
        assertThat(webster.warnings()).extracting(Warning::type).containsExactly(Warning.Type.TIE);
    }

    /** Hamilton's explanation: lower quota, remainder and its rank. */
    @Test
    void hamiltonExplainsEachSeatByLowerQuotaAndRemainderRank() {
        ApportionmentResult ten = apportion(10, Method.HAMILTON, "A=6", "B=6", "C=2");

        assertThat(ten.allocations().get(2).explanation())
                .contains("quota 1.4286").contains("lower quota 1").contains("remainder 0.4286")
                .contains("ranked 1 of 3").contains("→ 2 seats");
        assertThat(ten.allocations().getFirst().quota()).hasToString("30/7");
        assertThat(ten.divisor()).isNull();
    }

    /** Huntington–Hill gives every unit a first seat before anyone's second; Webster does not. */
    @Test
    void huntingtonHillSeatsEveryUnitFirst() {
        assertThat(apportion(3, Method.HUNTINGTON_HILL, "A=10", "B=1").seatArray()).containsExactly(2, 1);
        assertThat(apportion(3, Method.WEBSTER, "A=10", "B=1").seatArray()).containsExactly(3, 0);
        assertThat(apportion(3, Method.DHONDT, "A=10", "B=1").seatArray()).containsExactly(3, 0);
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void tiedLastSeatsGoByRequestOrderWithAWarningNamingTheTiedUnits(Method method) {
        ApportionmentResult result = apportion(4, method, "X=1", "A=1", "B=1");

        assertThat(result.seatArray()).containsExactly(2, 1, 1);
        assertThat(result.warnings()).filteredOn(w -> w.type() == Warning.Type.TIE).singleElement()
                .satisfies(w -> assertThat(w.unitCodes()).containsExactlyInAnyOrder("X", "A", "B"));
        assertThat(result.allocations().getFirst().explanation()).contains("request order");
    }

    @Test
    void fewerSeatsThanUnitsUnderHuntingtonHillIsATieOfFirstSeats() {
        ApportionmentResult result = apportion(2, Method.HUNTINGTON_HILL, "A=1", "B=50", "C=3");

        assertThat(result.seatArray()).containsExactly(1, 1, 0);
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.type()).isEqualTo(Warning.Type.TIE);
            assertThat(w.unitCodes()).containsExactlyInAnyOrder("A", "B", "C");
        });
        assertThat(result.divisor()).isNull();
    }

    @Test
    void noTieWarningWhenTheMarginIsNotTied() {
        assertThat(apportion(4, Method.WEBSTER, "A=3", "B=1").warnings()).isEmpty();
        assertThat(apportion(3, Method.WEBSTER, "A=1", "B=1", "C=1").warnings()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void minimumsRaiseSmallUnitsAndMaximumsHoldLargeOnes(Method method) {
        List<UnitWeight> units = units("BIG=1000", "MID=100", "S1=1", "S2=1");

        ApportionmentResult floors = Apportioner.apportion(new ApportionmentInput(20, method, 2, Long.MAX_VALUE, units));
        ApportionmentResult ceilings = Apportioner.apportion(new ApportionmentInput(20, method, 0, 8, units));

        // S1 and S2 pinned at 2; MID's quotient (about 1.4) would round to 1: pinned at 2 as well.
        assertThat(floors.seatArray()).containsExactly(14, 2, 2, 2);
        assertThat(floors.allocations().get(2).explanation()).contains("minimum of 2 seats");
        assertThat(ceilings.seatArray()).containsExactly(8, 8, 2, 2);
        assertThat(ceilings.allocations().getFirst().explanation()).contains("maximum of 8 seats");
    }

    @Test
    void decimalWeightsAreExact() {
        // 0.1 + 0.2 + 0.3: in doubles the quotas would not be whole; exactly they are 1, 2 and 3.
        ApportionmentResult result = apportion(6, Method.HAMILTON, "A=0.1", "B=0.2", "C=0.3");

        assertThat(result.allocations()).extracting(a -> a.quota().toString()).containsExactly("1", "2", "3");
        assertThat(result.seatArray()).containsExactly(1, 2, 3);
        assertThat(result.warnings()).isEmpty();
        assertThat(apportion(10, Method.WEBSTER, "A=1", "B=1", "C=1").allocations().getFirst().quota())
                .hasToString("10/3");
    }

    @Test
    void theDivisorReproducesTheAllocation() {
        ApportionmentResult result = apportion(8, Method.WEBSTER, "A=100000", "B=80000", "C=30000", "D=20000");

        BigDecimal divisor = new BigDecimal(result.divisor());
        // priorities weight ÷ (k + ½): the last seat won is B's third (32,000), the best not won A's fourth (28,571.4)
        assertThat(divisor).isGreaterThan(new BigDecimal("28571.43")).isLessThanOrEqualTo(new BigDecimal("32000"));
        assertThat(result.allocations().getFirst().explanation()).startsWith("100000 ÷ " + result.divisor() + " = ")
                .contains("→ 3 seats");
    }

    /** Seats of the 1880-style size: 10,000 units, a million seats, every method; exactness by the definition. */
    @ParameterizedTest
    @EnumSource(Method.class)
    void aMillionSeatsOverTenThousandUnits(Method method) {
        Random random = new Random(14);
        List<UnitWeight> units = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            units.add(new UnitWeight("U" + i, BigDecimal.valueOf(1 + random.nextInt(2_000_000), random.nextInt(3))));
        }
        ApportionmentInput input = ApportionmentInput.of(1_000_000, method, units);

        ApportionmentResult result = Apportioner.apportion(input);

        assertThat(result.allocations().stream().mapToLong(Allocation::seats).sum()).isEqualTo(1_000_000);
        if (method.divisor()) {
            assertThat(ReferenceApportionment.isDivisorAllocation(input, result.seatArray())).isTrue();
        } else {
            for (Allocation a : result.allocations()) {
                assertThat(a.seats()).isBetween(a.quota().floor().longValueExact(), a.quota().ceil().longValueExact());
            }
        }
    }

    @Test
    void thePopulationParadoxNeedsTwoApportionments() {
        // Found by search: A grows 2 → 3 (×1.5), C 14 → 19 (×1.36), yet A loses its seat to C under Hamilton.
        ApportionmentInput before = ApportionmentInput.of(10, Method.HAMILTON, units("A=2", "B=27", "C=14"));
        ApportionmentInput after = ApportionmentInput.of(10, Method.HAMILTON, units("A=3", "B=29", "C=19"));
        ApportionmentResult was = Apportioner.apportion(before);
        ApportionmentResult is = Apportioner.apportion(after);

        assertThat(was.seatArray()).containsExactly(1, 6, 3);
        assertThat(is.seatArray()).containsExactly(0, 6, 4);
        assertThat(Apportioner.populationParadoxes(before, was, after, is)).singleElement().satisfies(w -> {
            assertThat(w.type()).isEqualTo(Warning.Type.POPULATION_PARADOX);
            assertThat(w.unitCodes()).containsExactly("A", "C");
        });
        assertThat(Apportioner.populationParadoxes(before, was, before, was)).isEmpty();
    }

    @Test
    void anUncheckedImpossibleQuestionIsRefused() {
        assertThatThrownBy(() -> new ApportionmentInput(5, Method.WEBSTER, 3, Long.MAX_VALUE, units("A=1", "B=1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApportionmentInput(5, Method.WEBSTER, 0, 2, units("A=1", "B=1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
