package vn.tdkt.benchmarks.apportionment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.tdkt.delegate.apportionment.Allocation;
import vn.tdkt.delegate.apportionment.ApportionmentInput;
import vn.tdkt.delegate.apportionment.ApportionmentResult;
import vn.tdkt.delegate.apportionment.Apportioner;
import vn.tdkt.delegate.apportionment.Method;
import vn.tdkt.delegate.apportionment.UnitWeight;

/** The benchmark's own parts: its exactness check can fail, its baseline and its request bodies are right. */
class ApportionmentBenchmarkPartsTest {

    @Test
    void theExactnessCheckAcceptsTheAnswerAndRejectsAMovedSeat() {
        List<UnitWeight> units = ApportionmentBenchmarks.units(50, new Random(1));
        for (Method method : Method.values()) {
            ApportionmentInput input = ApportionmentInput.of(500, method, units);
            ApportionmentResult result = Apportioner.apportion(input);

            assertThat(ApportionmentBenchmarks.exactness(input, result)).startsWith("✔");
            assertThat(ApportionmentBenchmarks.exactness(input, moveASeat(result))).startsWith("✘");
        }
    }

    /** The largest unit gives a seat to the smallest: no method would. */
    private static ApportionmentResult moveASeat(ApportionmentResult result) {
        List<Allocation> allocations = new ArrayList<>(result.allocations());
        int largest = 0;
        int smallest = 0;
        for (int i = 0; i < allocations.size(); i++) {
            largest = allocations.get(i).seats() > allocations.get(largest).seats() ? i : largest;
            smallest = allocations.get(i).seats() < allocations.get(smallest).seats() ? i : smallest;
        }
        Allocation from = allocations.get(largest);
        Allocation to = allocations.get(smallest);
        allocations.set(largest, new Allocation(from.code(), from.quota(), from.seats() - 1, from.explanation()));
        allocations.set(smallest, new Allocation(to.code(), to.quota(), to.seats() + 1, to.explanation()));
        return new ApportionmentResult(result.method(), result.seats(), result.divisor(), allocations, result.warnings());
    }

    @Test
    void theDoubleBaselineAgreesWithWebsterWhereNothingIsClose() {
        assertThat(DoubleWebster.apportion(new double[] {100_000, 80_000, 30_000, 20_000}, 8))
                .containsExactly(3, 3, 1, 1);
    }

    @Test
    void requestBodiesAreTheContractsJson() {
        assertThat(ApportionmentBenchmarks.body(7, Method.HAMILTON, List.of(new UnitWeight("DV-00001",
                new BigDecimal("12.50")), new UnitWeight("DV-00002", BigDecimal.ONE))))
                .isEqualTo("{\"seats\":7,\"method\":\"HAMILTON\",\"units\":[{\"code\":\"DV-00001\",\"weight\":12.50},"
                        + "{\"code\":\"DV-00002\",\"weight\":1}]}");
    }
}
