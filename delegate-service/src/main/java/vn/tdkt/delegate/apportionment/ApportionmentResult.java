package vn.tdkt.delegate.apportionment;

import java.util.List;

/**
 * The answer: allocations in the order of the question, the divisor that yields them (divisor methods; a
 * decimal rounded as little as still lands inside the range of divisors that give this allocation, null for
 * Hamilton or when every unit sits at a bound) and the warnings.
 */
public record ApportionmentResult(Method method, long seats, String divisor, List<Allocation> allocations,
                                  List<Warning> warnings) {

    public long seatsOf(String code) {
        return allocations.stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow().seats();
    }

    public long[] seatArray() {
        return allocations.stream().mapToLong(Allocation::seats).toArray();
    }
}
