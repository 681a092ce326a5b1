package vn.tdkt.benchmarks.apportionment;

import static vn.tdkt.benchmarks.stack.RunFacts.loadAverage;
import static vn.tdkt.benchmarks.stack.RunFacts.say;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import vn.tdkt.benchmarks.stack.RunFacts;
import vn.tdkt.delegate.apportionment.Allocation;
import vn.tdkt.delegate.apportionment.ApportionmentInput;
import vn.tdkt.delegate.apportionment.ApportionmentResult;
import vn.tdkt.delegate.apportionment.Apportioner;
import vn.tdkt.delegate.apportionment.Fraction;
import vn.tdkt.delegate.apportionment.Method;
import vn.tdkt.delegate.apportionment.UnitWeight;
import vn.tdkt.localstack.SystemLauncher;

/**
 * Issue 14's apportionment performance, each figure next to a baseline of the same run:
 * <ol>
 *   <li>in process: {@code bench.seats} (1,000,000) seats over {@code bench.units} (10,000) units by each method,
 *       the whole calculation (allocation, exact quotas, explanations, warnings; Hamilton's Alabama check
 *       apportions two more houses), checked exact, against plain double-precision Webster on the same input;</li>
 *   <li>over HTTP, against delegate-service's jar with a real token: {@code bench.rate} (100) requests per second
 *       for {@code bench.seconds} (60) s of a congress-sized apportionment, open loop, p50/p95/p99, against the
 *       same loop on a trivial endpoint (the liveness probe) and on the smallest apportionment (one unit, one seat:
 *       token check, audit record, JSON, no calculation to speak of).</li>
 * </ol>
 * The report is printed and written to {@code bench.results}/apportionment-&lt;UTC date&gt;.md.
 */
public final class ApportionmentBenchmarks {

    static final int UNITS = Integer.getInteger("bench.units", 10_000);
    static final long SEATS = Long.getLong("bench.seats", 1_000_000);
    static final int WARMUP = Integer.getInteger("bench.warmupRounds", 3);
    static final int ROUNDS = Integer.getInteger("bench.measuredRounds", 5);
    static final int RATE = Integer.getInteger("bench.rate", 100);
    static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    static final boolean HTTP = !"false".equals(System.getProperty("bench.http", "true"));
    /** docker-compose's JAVA_TOOL_OPTIONS for every service. */
    static final String SERVICE_JVM = System.getProperty("bench.serviceJvm", "-Xmx256m -XX:+ExitOnOutOfMemoryError");
    /** A province congress: seats over the units below it, weights like staff counts. */
    static final int CONGRESS_UNITS = 120;
    static final long CONGRESS_SEATS = 350;

    private ApportionmentBenchmarks() {
    }

    record MethodTiming(Method method, double coldMs, double medianMs, double maxMs, String exactness) {
    }

    public static void main(String[] args) throws Exception {
        Instant begin = Instant.now();
        String loadBefore = loadAverage();
        StringBuilder report = new StringBuilder();
        report.append("# Apportionment benchmark, ").append(DateTimeFormatter.ISO_LOCAL_DATE_TIME
                .format(begin.atOffset(ZoneOffset.UTC)).substring(0, 16)).append(" UTC\n\n");

        List<UnitWeight> units = units(UNITS, new Random(14));
        double[] doubles = units.stream().mapToDouble(u -> u.weight().doubleValue()).toArray();
        say("in process: %,d seats over %,d units, %d warm-up and %d measured rounds per method", SEATS, UNITS, WARMUP,
                ROUNDS);
        Map<Method, MethodTiming> timings = new EnumMap<>(Method.class);
        double[] baseline = new double[ROUNDS];
        long[] webster = null;
        for (Method method : Method.values()) {
            ApportionmentInput input = ApportionmentInput.of(SEATS, method, units);
            double cold = 0;
            double[] measured = new double[ROUNDS];
            ApportionmentResult result = null;
            for (int round = 0; round < WARMUP + ROUNDS; round++) {
                long start = System.nanoTime();
                result = Apportioner.apportion(input);
                double ms = (System.nanoTime() - start) / 1e6;
                if (round == 0) {
                    cold = ms;
                }
                if (round >= WARMUP) {
                    measured[round - WARMUP] = ms;
                }
            }
            String exactness = exactness(input, result);
            Arrays.sort(measured);
            timings.put(method, new MethodTiming(method, cold, measured[ROUNDS / 2], measured[ROUNDS - 1], exactness));
            say("  %-15s cold %,.0f ms, median %,.0f ms, max %,.0f ms; %s", method, cold, measured[ROUNDS / 2],
                    measured[ROUNDS - 1], exactness);
            if (method == Method.WEBSTER) {
                webster = result.seatArray();
            }
        }
        long[] doubleSeats = null;
        for (int round = 0; round < WARMUP + ROUNDS; round++) {
            long start = System.nanoTime();
            doubleSeats = DoubleWebster.apportion(doubles, SEATS);
            if (round >= WARMUP) {
                baseline[round - WARMUP] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(baseline);
        int differing = 0;
        long doubleSum = 0;
        for (int i = 0; i < UNITS; i++) {
            doubleSum += doubleSeats[i];
            differing += doubleSeats[i] != webster[i] ? 1 : 0;
        }
        say("  baseline: double-precision Webster, median %.1f ms, max %.1f ms; its seats sum to %,d; %d units differ "
                + "from the exact Webster", baseline[ROUNDS / 2], baseline[ROUNDS - 1], doubleSum, differing);

        report.append("## In process: ").append(String.format(Locale.ROOT, "%,d seats over %,d units", SEATS, UNITS))
                .append("\n\nUnit weights: seeded random staff counts 1–2,000,000 with 0–2 decimals. Times are the "
                        + "whole `Apportioner.apportion` (allocation, exact quotas, one explanation per unit, warnings; "
                        + "Hamilton also apportions the house ±1 seat for the Alabama check): the first (cold) run, then "
                        + "the median and maximum of " + ROUNDS + " runs after " + WARMUP + " warm-up runs.\n\n"
                        + "| method | cold | median | max | target | exact |\n|---|---:|---:|---:|---|---|\n");
        for (MethodTiming t : timings.values()) {
            report.append(String.format(Locale.ROOT, "| %s | %,.0f ms | %,.0f ms | %,.0f ms | < 1 s %s | %s |%n",
                    t.method(), t.coldMs(), t.medianMs(), t.maxMs(), t.maxMs() < 1000 ? "✔" : "✘", t.exactness()));
        }
        report.append(String.format(Locale.ROOT, "| baseline: Webster in doubles | | %.1f ms | %.1f ms | | seats sum "
                + "to %,d; %d units differ from the exact Webster |%n%n", baseline[ROUNDS / 2], baseline[ROUNDS - 1],
                doubleSum, differing));

        if (HTTP) {
            http(report);
        }
        report.append("## Machine\n\n").append(String.format(Locale.ROOT, "JDK %s, %d cores; load average before %s, "
                        + "after %s.%n", Runtime.version(), Runtime.getRuntime().availableProcessors(), loadBefore,
                loadAverage()));
        RunFacts.publish(report.toString(), "apportionment-", begin);
    }

    private static void http(StringBuilder report) throws Exception {
        Path root = SystemLauncher.findProjectRoot(Path.of(""));
        List<String> missing = DelegateStack.missingJars(root);
        if (!missing.isEmpty()) {
            say("The service jars are not built: %s%nPackage them first:  ./mvnw -q -DskipTests package "
                    + "-pl delegate-service,auth-server -am", missing);
            report.append("## Over HTTP\n\nNot run: the jars of delegate-service and auth-server are not built.\n\n");
            return;
        }
        List<String> jvm = Arrays.stream(SERVICE_JVM.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
        try (DelegateStack stack = DelegateStack.start(root, root.resolve("benchmarks/target/apportionment-bench"), jvm)) {
            say("stack ready: delegate-service %s (pid %d)", stack.baseUrl(), stack.delegate.pid());
            OpenLoop loop = new OpenLoop();
            Method[] methods = Method.values();
            List<String> congress = new ArrayList<>();
            Random random = new Random(300);
            for (Method method : methods) {
                congress.add(body(CONGRESS_SEATS, method, units(CONGRESS_UNITS, random)));
            }
            String smallest = body(1, Method.WEBSTER, List.of(new UnitWeight("LS-CL", BigDecimal.ONE)));
            URI apportionments = URI.create(stack.baseUrl() + "/api/v1/apportionments");
            URI liveness = URI.create(stack.baseUrl() + "/actuator/health/liveness");

            String token = stack.token();
            say("warm-up: %d s of each request at %d/s (the service's JIT is cold)", Math.max(10, SECONDS / 3), RATE);
            int warm = Math.max(10, SECONDS / 3);
            loop.run("warm-up liveness", RATE, warm, i -> get(liveness));
            loop.run("warm-up congress", RATE, warm, i -> post(apportionments, token, congress.get(i % methods.length)));

            List<OpenLoop.Result> results = new ArrayList<>();
            say("trivial endpoint (GET /actuator/health/liveness) …");
            results.add(loop.run("baseline: GET /actuator/health/liveness", RATE, SECONDS, i -> get(liveness)));
            say("  %s", results.getLast().describe());
            String token2 = stack.token();
            say("smallest apportionment (1 unit, 1 seat) …");
            results.add(loop.run("baseline: smallest apportionment (1 unit, 1 seat)", RATE, SECONDS,
                    i -> post(apportionments, token2, smallest)));
            say("  %s", results.getLast().describe());
            String token3 = stack.token();
            say("congress apportionment (%d seats over %d units, the four methods in turn) …", CONGRESS_SEATS,
                    CONGRESS_UNITS);
            OpenLoop.Result measured = loop.run(String.format(Locale.ROOT, "apportionment: %d seats over %d units, "
                    + "methods in turn", CONGRESS_SEATS, CONGRESS_UNITS), RATE, SECONDS,
                    i -> post(apportionments, token3, congress.get(i % methods.length)));
            results.add(measured);
            say("  %s", measured.describe());

            // The large question over HTTP too: what a caller waits for, JSON both ways included.
            String token4 = stack.token();
            List<UnitWeight> large = units(UNITS, new Random(14));
            Map<Method, Double> largeMs = new EnumMap<>(Method.class);
            OpenLoop single = new OpenLoop();
            for (Method method : methods) {
                String body = body(SEATS, method, large);
                OpenLoop.Result r = single.run("large " + method, 1, 4, i -> post(apportionments, token4, body));
                largeMs.put(method, r.percentile(50));
                say("  HTTP, %,d seats over %,d units, %s: %s", SEATS, UNITS, method, r.describe());
            }

            report.append("## Over HTTP: delegate-service (`").append(SERVICE_JVM).append("`), token of `")
                    .append(DelegateStack.CALLER).append("`\n\nOpen loop at ").append(RATE).append(" requests/s for ")
                    .append(SECONDS).append(" s per row, after ").append(warm).append(" s of warm-up; latency from "
                            + "each request's due time to its whole answer.\n\n| requests | sent | ok | rate | p50 | p95 | "
                            + "p99 | max |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
            for (OpenLoop.Result r : results) {
                report.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f/s | %.1f ms | %.1f ms | %.1f ms | "
                                + "%.1f ms |%n", r.name(), r.sent(), r.ok(), r.rate(), r.percentile(50),
                        r.percentile(95), r.percentile(99), r.percentile(100)));
            }
            report.append(String.format(Locale.ROOT, "%nTarget: 100 requests/s sustained with p99 < 50 ms: %s "
                            + "(%.1f/s, p99 %.1f ms, %d failed).%n%n", measured.rate() >= RATE * 0.98
                            && measured.percentile(99) < 50 && measured.failed() == 0 ? "✔" : "✘", measured.rate(),
                    measured.percentile(99), measured.failed()));
            report.append(String.format(Locale.ROOT, "One request of %,d seats over %,d units through HTTP (median of "
                    + "4, JSON both ways):", SEATS, UNITS));
            largeMs.forEach((method, ms) -> report.append(String.format(Locale.ROOT, " %s %,.0f ms;", method, ms)));
            report.setLength(report.length() - 1);
            report.append(".\n\n");
        }
    }

    /** Exact by an independent check: the house is filled, and each method's defining condition holds exactly. */
    static String exactness(ApportionmentInput input, ApportionmentResult result) {
        long sum = 0;
        for (Allocation a : result.allocations()) {
            sum += a.seats();
        }
        if (sum != input.seats()) {
            return "✘ seats sum to " + sum;
        }
        if (input.method() == Method.HAMILTON) {
            // lower quota or one more, and every remainder rewarded with a seat at least as large as any not
            Fraction smallestRewarded = null;
            Fraction largestPassedOver = null;
            for (Allocation a : result.allocations()) {
                long floor = a.quota().floor().longValueExact();
                Fraction remainder = Fraction.of(a.quota().numerator().subtract(a.quota().floor()
                        .multiply(a.quota().denominator())), a.quota().denominator());
                if (a.seats() == floor + 1) {
                    smallestRewarded = smallestRewarded == null || less(remainder, smallestRewarded) ? remainder
                            : smallestRewarded;
                } else if (a.seats() == floor) {
                    largestPassedOver = largestPassedOver == null || less(largestPassedOver, remainder) ? remainder
                            : largestPassedOver;
                } else {
                    return "✘ " + a.code() + " outside its quota";
                }
            }
            return smallestRewarded != null && largestPassedOver != null && less(smallestRewarded, largestPassedOver)
                    ? "✘ a smaller remainder got a seat before a larger one"
                    : "✔ sum exact, lower quota plus a seat for exactly the largest remainders (exact fractions)";
        }
        // no seat not won ranks above a seat won: max over units of w/d(n) ≤ min over units of w/d(n−1)
        int worstWon = -1;
        int bestNotWon = -1;
        List<UnitWeight> units = input.units();
        long[] n = result.seatArray();
        for (int i = 0; i < n.length; i++) {
            if (n[i] > 0 && (worstWon < 0 || compare(input.method(), units.get(i).weight(), n[i] - 1,
                    units.get(worstWon).weight(), n[worstWon] - 1) < 0)) {
                worstWon = i;
            }
            if (bestNotWon < 0 || compare(input.method(), units.get(i).weight(), n[i],
                    units.get(bestNotWon).weight(), n[bestNotWon]) > 0) {
                bestNotWon = i;
            }
        }
        return compare(input.method(), units.get(bestNotWon).weight(), n[bestNotWon], units.get(worstWon).weight(),
                n[worstWon] - 1) <= 0 ? "✔ sum exact, no seat not won ranks above a seat won (exact comparison)"
                : "✘ not a divisor allocation";
    }

    private static boolean less(Fraction a, Fraction b) {
        return a.numerator().multiply(b.denominator()).compareTo(b.numerator().multiply(a.denominator())) < 0;
    }

    /** priority(a, k) vs priority(b, j), exact: BigDecimal products, Huntington–Hill squared. */
    private static int compare(Method method, BigDecimal a, long k, BigDecimal b, long j) {
        return switch (method) {
            case WEBSTER -> a.multiply(BigDecimal.valueOf(2 * j + 1)).compareTo(b.multiply(BigDecimal.valueOf(2 * k + 1)));
            case DHONDT -> a.multiply(BigDecimal.valueOf(j + 1)).compareTo(b.multiply(BigDecimal.valueOf(k + 1)));
            case HUNTINGTON_HILL -> k == 0 || j == 0 ? Boolean.compare(k == 0, j == 0)
                    : a.multiply(a).multiply(new BigDecimal(BigInteger.valueOf(j).multiply(BigInteger.valueOf(j + 1))))
                            .compareTo(b.multiply(b).multiply(new BigDecimal(BigInteger.valueOf(k)
                                    .multiply(BigInteger.valueOf(k + 1)))));
            case HAMILTON -> throw new IllegalArgumentException();
        };
    }

    static List<UnitWeight> units(int count, Random random) {
        List<UnitWeight> units = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            units.add(new UnitWeight(String.format(Locale.ROOT, "DV-%05d", i),
                    BigDecimal.valueOf(1 + random.nextInt(count > 1_000 ? 2_000_000 : 5_000), random.nextInt(3))));
        }
        return units;
    }

    static String body(long seats, Method method, List<UnitWeight> units) {
        StringBuilder json = new StringBuilder(units.size() * 40 + 64);
        json.append("{\"seats\":").append(seats).append(",\"method\":\"").append(method).append("\",\"units\":[");
        for (int i = 0; i < units.size(); i++) {
            json.append(i == 0 ? "" : ",").append("{\"code\":\"").append(units.get(i).code()).append("\",\"weight\":")
                    .append(units.get(i).weight().toPlainString()).append('}');
        }
        return json.append("]}").toString();
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build();
    }

    private static HttpRequest post(URI uri, String token, String json) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    }

}
