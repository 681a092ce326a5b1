package vn.tdkt.benchmarks.stack;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What every service benchmark's Markdown report is framed by: its title with the date, the command that
 * makes it, the run facts ({@link RunFacts#machine}), then the report's own parts in order.
 */
public final class ServiceReport {

    private final String serviceName;
    private final int issue;
    private final String bench;
    private final Class<?> mainClass;
    private final StringBuilder machine = new StringBuilder();
    private Instant begin;

    /**
     * @param serviceName e.g. {@code campaign-service}
     * @param issue the issue whose targets the report checks
     * @param bench the {@code -Dbench=} value that runs it
     * @param mainClass the benchmark's main class
     */
    public ServiceReport(String serviceName, int issue, String bench, Class<?> mainClass) {
        this.serviceName = serviceName;
        this.issue = issue;
        this.bench = bench;
        this.mainClass = mainClass;
    }

    public void machine(Instant begin, String loadBefore, String loadAfter, List<String> serviceJvm, String gc) {
        this.begin = begin;
        machine.append(RunFacts.machine(begin, loadBefore, loadAfter, serviceName, serviceJvm, gc));
    }

    /** The whole report: title, command, run facts, then each part after an empty line. */
    public String render(boolean quick, CharSequence... parts) {
        StringBuilder out = new StringBuilder();
        line(out, "# %s performance (issue %d)%s — %s", serviceName, issue, quick ? ", quick mode" : "",
                begin == null ? "" : RunFacts.date(begin));
        line(out, "");
        line(out, "`./mvnw -o -pl benchmarks -am verify -DskipTests -Dbench=%s%s` (`%s`).", bench,
                quick ? " -Dbench.quick=true" : "", mainClass.getName());
        line(out, "");
        out.append(machine);
        for (CharSequence part : parts) {
            out.append('\n').append(part);
        }
        return out.toString();
    }

    /** One line of Markdown, formatted with {@link Locale#ROOT} (dots for decimals, commas for thousands). */
    public static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
