package vn.tdkt.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The fault suite's result: one row per fault, written as a dated Markdown table. */
final class FaultReport {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm'Z'").withZone(ZoneOffset.UTC);

    /**
     * @param recovery null when the system did not recover within the wait
     * @param memory each service's live heap against its baseline, or empty when not read
     */
    record Row(String fault, int sent, int accepted, int lost, int duplicated, Duration recovery, String memory,
               boolean memoryBack, String notes) {
    }

    private final String profile;
    private final Instant started = Instant.now();
    private final List<Row> rows = new ArrayList<>();
    private String abortedBy;
    private final List<String> problems = new ArrayList<>();

    FaultReport(String profile) {
        this.profile = profile;
    }

    void add(Row row) {
        rows.add(row);
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The run stopped before every fault was tried; the report says so instead of passing. */
    void aborted(Throwable cause) {
        abortedBy = cause.toString();
    }

    /** Something wrong that is not a lost or doubled command, e.g. a malformed request that was accepted. */
    void problem(String problem) {
        problems.add(problem);
    }

    boolean clean() {
        return abortedBy == null && problems.isEmpty() && rows.stream().allMatch(r -> r.lost() == 0 && r.duplicated() == 0 && r.recovery() != null && r.memoryBack());
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Fault-injection run ").append(DateTimeFormatter.ISO_INSTANT.format(started)).append("\n\n");
        md.append("Profile `").append(profile).append("` (`FaultInjectionTest`, see system-tests/README.md). ")
                .append("Commands: campaign-service's REST API under a steady load; lost = answered 2xx but its effect is ")
                .append("missing in campaign-service, a projection or the mailbox; duplicated = an email received twice; ")
                .append("time to recover = from the end of the fault until every check passed (consumer lag 0, only poison ")
                .append("in dead-letter topics); memory = each service's heap after a full collection, baseline (after the first round) ")
                .append("→ now, in MB; \"(over)\" when it grew by more than ")
                .append(HeapWatch.TOLERANCE_BYTES / (1024 * 1024)).append(" MB and ")
                .append(Math.round(HeapWatch.TOLERANCE_SHARE * 100)).append(" %.\n\n");
        md.append("| fault | commands sent | accepted | lost | duplicated | time to recover | memory | notes |\n");
        md.append("|---|---:|---:|---:|---:|---:|---|---|\n");
        for (Row r : rows) {
            md.append("| ").append(r.fault()).append(" | ").append(r.sent()).append(" | ").append(r.accepted())
                    .append(" | ").append(r.lost()).append(" | ").append(r.duplicated()).append(" | ")
                    .append(r.recovery() == null ? "not recovered" : String.format("%.1f s", r.recovery().toMillis() / 1000.0))
                    .append(" | ").append(r.memory())
                    .append(" | ").append(r.notes().replace("|", "\\|").replace("\n", " ")).append(" |\n");
        }
        problems.forEach(p -> md.append("\n- ").append(p));
        md.append(problems.isEmpty() ? "" : "\n");
        md.append("\nResult: ").append(clean() ? "**passed**, every row 0 lost and 0 duplicated."
                : abortedBy != null ? "**INCOMPLETE**, the run stopped: " + abortedBy : "**FAILED**.").append('\n');
        return md.toString();
    }

    /** Writes {@code faults-<UTC minute>.md} into {@code directory} and returns its path. */
    Path write(Path directory) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve("faults-" + FILE_TIME.format(started) + ".md");
            Files.writeString(file, markdown());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
