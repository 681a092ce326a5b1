package vn.tdkt.benchmarks.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What a report says about the run itself (when, on what, how loaded), the progress lines printed meanwhile,
 * and where the report goes at the end.
 */
public final class RunFacts {

    private RunFacts() {
    }

    /** {@code /proc/loadavg}: the machine is shared, so every report says how busy it was. */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    /** A progress line, prefixed with the UTC time. */
    public static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, DateTimeFormatter.ISO_LOCAL_TIME.format(Instant.now().atOffset(ZoneOffset.UTC))
                .substring(0, 8) + " " + format + "%n", args);
    }

    /** The report's bullet list of run, machine, JDK and processes; ends with a newline. */
    public static String machine(Instant begin, String loadBefore, String loadAfter, String serviceName,
                                 List<String> serviceJvm, String gc) {
        Runtime rt = Runtime.getRuntime();
        return String.join("\n",
                String.format(Locale.ROOT, "- Run: %s – %s UTC.", time(begin), time(Instant.now())),
                String.format(Locale.ROOT, "- Machine: %d cores (%s), %s RAM, %s %s; load average before `%s`, after "
                                + "`%s` (the machine is shared).", rt.availableProcessors(), cpuModel(), memTotal(),
                        System.getProperty("os.name"), System.getProperty("os.version"), loadBefore, loadAfter),
                String.format(Locale.ROOT, "- JDK: %s %s (%s), for the benchmark JVM and the service JVMs alike.",
                        System.getProperty("java.vm.vendor"), System.getProperty("java.runtime.version"),
                        System.getProperty("java.vm.name")),
                String.format(Locale.ROOT, "- In the benchmark JVM: embedded-mongo, the Kafka broker (KRaft) and SMTP "
                        + "(local-stack's `Infrastructure`), the driver and Kafka clients of the baselines. Separate "
                        + "JVMs: auth-server (`-Xmx192m -XX:+UseSerialGC -XX:TieredStopAtLevel=1`) and %s from its "
                        + "packaged jar with `%s` (default JIT), GC: %s.", serviceName, String.join(" ", serviceJvm),
                        gc)) + "\n";
    }

    /**
     * Prints the report and, when {@code bench.results} names a directory, writes it there as
     * {@code <prefix><UTC date of begin>.md}.
     */
    public static void publish(String text, String prefix, Instant begin) throws IOException {
        System.out.println();
        System.out.println(text);
        String results = System.getProperty("bench.results");
        if (results != null && !results.isBlank()) {
            Path file = Files.createDirectories(Path.of(results)).resolve(prefix + date(begin) + ".md");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            say("written to %s", file);
        }
    }

    public static String date(Instant at) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(at.atOffset(ZoneOffset.UTC));
    }

    private static String time(Instant at) {
        return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(at.atOffset(ZoneOffset.UTC)).substring(0, 19).replace('T', ' ');
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static String memTotal() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> String.format(Locale.ROOT, "%.0f GB",
                            Long.parseLong(l.replaceAll("\\D", "")) / (1024.0 * 1024.0)))
                    .findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}
