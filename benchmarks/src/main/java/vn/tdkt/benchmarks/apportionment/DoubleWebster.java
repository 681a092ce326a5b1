package vn.tdkt.benchmarks.apportionment;

/**
 * The raw baseline: Webster in plain doubles, the way a quick script would do it. A divisor is bisected until
 * the rounded quotients sum to the house; nothing is exact (equal priorities and near-halves are decided by
 * floating-point noise, and with ties the sum may never hit the house). What exactness costs is the difference.
 */
final class DoubleWebster {

    private DoubleWebster() {
    }

    static long[] apportion(double[] weights, long seats) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double lo = total / seats / 2;
        double hi = total / seats * 2;
        long[] n = new long[weights.length];
        for (int iteration = 0; iteration < 200; iteration++) {
            double divisor = (lo + hi) / 2;
            long sum = 0;
            for (int i = 0; i < weights.length; i++) {
                n[i] = (long) Math.floor(weights[i] / divisor + 0.5);
                sum += n[i];
            }
            if (sum == seats) {
                break;
            }
            if (sum > seats) {
                lo = divisor;
            } else {
                hi = divisor;
            }
        }
        return n;
    }
}
