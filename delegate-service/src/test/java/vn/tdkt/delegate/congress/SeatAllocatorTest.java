package vn.tdkt.delegate.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoOperations;
import vn.tdkt.delegate.apportionment.Method;
import vn.tdkt.delegate.exemplary.ExemplaryCounts;
import vn.tdkt.support.problem.RuleViolationException;

/** Seats among the units below a congress: by the caller's weights, by honours, bounds and the population paradox. */
class SeatAllocatorTest {

    final ExemplaryCounts honours = mock(ExemplaryCounts.class);
    final SeatAllocator allocator = new SeatAllocator(mock(MongoOperations.class),
            code -> Optional.ofNullable(CongressServiceTest.PARENTS.get(code)), honours);
    final Congress district = CongressFixtures.district();

    private static SeatAllocator.Request manual(Method method, long seats, Object... codesAndWeights) {
        List<SeatAllocator.GivenWeight> weights = new java.util.ArrayList<>();
        for (int i = 0; i < codesAndWeights.length; i += 2) {
            weights.add(new SeatAllocator.GivenWeight((String) codesAndWeights[i],
                    new BigDecimal(codesAndWeights[i + 1].toString())));
        }
        return new SeatAllocator.Request(method, SeatAllocator.Basis.MANUAL, weights, null, null, seats);
    }

    @Test
    void theExemplarySeatsAreSharedByTheCallersWeightsInOrder() {
        Allocation.Calculated calculated = allocator.allocate(district, List.of(),
                new SeatAllocator.Request(null, SeatAllocator.Basis.POPULATION, List.of(
                        new SeatAllocator.GivenWeight("LS-CL-NL", new BigDecimal("5200")),
                        new SeatAllocator.GivenWeight("LS-CL-DM", new BigDecimal("10400"))), null, null, null));

        assertThat(calculated.seats()).as("70 % of 300").isEqualTo(210);
        assertThat(calculated.method()).isEqualTo("WEBSTER");
        assertThat(calculated.units()).extracting(Allocation.UnitShare::unitCode, Allocation.UnitShare::seats)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LS-CL-NL", 70L),
                        org.assertj.core.groups.Tuple.tuple("LS-CL-DM", 140L));
    }

    @Test
    void aUnitNotBelowTheOrganiserAndImpossibleBoundsAreRefused() {
        assertThatThrownBy(() -> allocator.allocate(district, List.of(), manual(Method.WEBSTER, 10, "LS-HL", 1)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.errors().getFirst().field()).isEqualTo("weights[0].code"));
        assertThatThrownBy(() -> allocator.allocate(district, List.of(), new SeatAllocator.Request(null,
                SeatAllocator.Basis.MANUAL, List.of(new SeatAllocator.GivenWeight("LS-CL-NL", BigDecimal.ONE),
                new SeatAllocator.GivenWeight("LS-CL-DM", BigDecimal.ONE)), 6L, null, 10L)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.errors().getFirst().field()).isEqualTo("minSeatsPerUnit"));
        assertThatThrownBy(() -> allocator.allocate(district, List.of(), manual(Method.WEBSTER, 301, "LS-CL-NL", 1)))
                .as("more seats than the district's 300 delegates").isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.errors().getFirst().field()).isEqualTo("seats"));
    }

    @Test
    void byHonoursAUnitWithoutAnyGetsNoSeatAndIsNamed() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("LS-CL-NL", 3L);
        counts.put("LS-CL-DM", 0L);
        when(honours.inSubtrees(List.of("LS-CL-NL", "LS-CL-DM"))).thenReturn(counts);

        Allocation.Calculated calculated = allocator.allocate(district, List.of("LS-CL-NL", "LS-CL-DM"),
                new SeatAllocator.Request(Method.DHONDT, SeatAllocator.Basis.HONOURS, List.of(), null, null, 12L));

        assertThat(calculated.units()).extracting(Allocation.UnitShare::seats).containsExactly(12L, 0L);
        assertThat(calculated.warnings()).singleElement().asString().startsWith("NO_WEIGHT: LS-CL-DM");
    }

    @Test
    void hamiltonAfterHamiltonWarnsOfThePopulationParadox() {
        // Nhân Lý grows by 10 %, Đồng Mỏ by under 8 %, yet Nhân Lý loses its seat to Đồng Mỏ.
        Allocation.Calculated first = allocator.allocate(district, List.of(),
                manual(Method.HAMILTON, 5, "LS-CL-NL", 10, "LS-CL-DM", 52, "LS-CL-CL", 45));
        district.allocate(first, CongressFixtures.CLOCK);

        Allocation.Calculated second = allocator.allocate(district, List.of(),
                manual(Method.HAMILTON, 5, "LS-CL-NL", 11, "LS-CL-DM", 56, "LS-CL-CL", 45));
        Allocation.Calculated byWebster = allocator.allocate(district, List.of(),
                manual(Method.WEBSTER, 5, "LS-CL-NL", 11, "LS-CL-DM", 56, "LS-CL-CL", 45));

        assertThat(first.units()).extracting(Allocation.UnitShare::seats).containsExactly(1L, 2L, 2L);
        assertThat(second.units()).extracting(Allocation.UnitShare::seats).containsExactly(0L, 3L, 2L);
        assertThat(second.warnings()).anySatisfy(w -> assertThat(w).startsWith("POPULATION_PARADOX")
                .contains("LS-CL-NL grew faster than LS-CL-DM"));
        assertThat(byWebster.warnings()).noneMatch(w -> w.startsWith("POPULATION_PARADOX"));
    }
}
