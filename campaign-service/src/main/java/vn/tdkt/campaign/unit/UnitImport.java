package vn.tdkt.campaign.unit;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.RuleViolationException;
import vn.tdkt.support.security.UnitTree;
import vn.tdkt.support.text.Utf8Spool;

/**
 * Imports a province's units from CSV (see {@link UnitCsv} for the columns): all rows or none.
 *
 * <p>The body is spooled to a temporary file while its UTF-8 is checked, then read twice: first every row
 * is validated, keeping only each code's parent and line (what the cross-row rules need: duplicates, parents
 * earlier or later in the file or already registered, cycles), and only if no row is bad is the file read
 * again and written in bulk batches, each unit with its event in its own document. So memory grows with
 * the number of codes, not with the file, and a file with any bad row writes nothing. A crash during the
 * writing leaves the batches written so far, each unit with its event: nothing is half-visible, and the
 * rest can be imported by sending the rows not yet registered.
 *
 * <p>While it writes, this instance's relay holds back publishing units (the events wait in their documents
 * and go right after, in order): publishing 100,000 events at once competes with the writing for the CPU and
 * the database, and slowed the import by half.
 */
@Service
class UnitImport {

    static final int BATCH = 1_000;
    /** Enough to fix a file by; the count of all errors is in the detail. */
    static final int MAX_REPORTED_ERRORS = 100;

    private final UnitRepository units;
    private final UnitTree tree;
    private final OutboxRelay relay;
    private final Clock clock;

    UnitImport(UnitRepository units, UnitTree tree, OutboxRelay relay, Clock clock) {
        this.units = units;
        this.tree = tree;
        this.relay = relay;
        this.clock = clock;
    }

    /**
     * @param root   every row must lie under this unit (through rows of the file or registered units); null: any
     *               row may be a top-level unit (an administrator's import)
     * @param dryRun validate and count only
     */
    Report run(InputStream body, UnitCode root, boolean dryRun) {
        Path file = Utf8Spool.spool(body).file();
        try {
            long rows = validate(file, root);
            if (dryRun) {
                return new Report(true, rows, 0);
            }
            long imported;
            try (OutboxRelay.Hold ignored = relay.holdBack(UnitDocument.COLLECTION)) {
                imported = write(file);
            }
            return new Report(false, rows, imported);
        } finally {
            Utf8Spool.delete(file);
        }
    }

    private long validate(Path file, UnitCode root) {
        // in file order, so that errors are reported in the order of the lines
        Map<String, String> parents = new LinkedHashMap<>();
        Map<String, Long> lines = new LinkedHashMap<>();
        Errors errors = new Errors();
        long rows = forEachRow(file, errors, row -> {
            String code = row.code().value();
            Long earlier = lines.putIfAbsent(code, row.line());
            if (earlier != null) {
                errors.add(row.line(), "code", code + " is already on line " + earlier);
                return;
            }
            parents.put(code, row.parentCode() == null ? null : row.parentCode().value());
        });
        checkRegistered(lines, errors);
        checkParents(parents, lines, root, errors);
        checkCycles(parents, lines, errors);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors.count + " error(s) in the file; nothing was imported",
                    errors.reported());
        }
        return rows;
    }

    private void checkRegistered(Map<String, Long> lines, Errors errors) {
        List<String> codes = new ArrayList<>(lines.keySet());
        for (int from = 0; from < codes.size(); from += BATCH) {
            List<String> batch = codes.subList(from, Math.min(codes.size(), from + BATCH));
            Map<String, UnitStatus> found = units.statuses(batch);
            batch.stream().filter(found::containsKey)
                    .forEach(code -> errors.add(lines.get(code), "code", code + " is already registered"));
        }
    }

    private void checkParents(Map<String, String> parents, Map<String, Long> lines, UnitCode root, Errors errors) {
        List<String> outside = parents.values().stream().filter(p -> p != null && !parents.containsKey(p)).distinct()
                .toList();
        Map<String, UnitStatus> registered = new HashMap<>();
        for (int from = 0; from < outside.size(); from += BATCH) {
            registered.putAll(units.statuses(outside.subList(from, Math.min(outside.size(), from + BATCH))));
        }
        Map<String, Boolean> underRoot = new HashMap<>();
        parents.forEach((code, parent) -> {
            long line = lines.get(code);
            if (parent == null) {
                if (root != null) {
                    errors.add(line, "parentCode", "must be given: every unit of this import lies under " + root);
                }
            } else if (!parents.containsKey(parent)) {
                UnitStatus status = registered.get(parent);
                if (status == null) {
                    errors.add(line, "parentCode", "no unit " + parent + " is registered or in the file");
                } else if (status != UnitStatus.ACTIVE) {
                    errors.add(line, "parentCode", parent + " is " + status + ": units go under active units only");
                } else if (root != null && !underRoot.computeIfAbsent(parent, p -> tree.isWithin(p, root.value()))) {
                    errors.add(line, "parentCode", parent + " is not " + root + " or under it");
                }
            }
        });
    }

    /** A chain of parents inside the file that comes back to itself can never be attached to the tree. */
    private static void checkCycles(Map<String, String> parents, Map<String, Long> lines, Errors errors) {
        Map<String, Boolean> reachesOutside = new HashMap<>();
        for (String code : parents.keySet()) {
            List<String> path = new ArrayList<>();
            java.util.Set<String> onPath = new java.util.HashSet<>();
            String current = code;
            Boolean result = null;
            while (result == null) {
                if (reachesOutside.containsKey(current)) {
                    result = reachesOutside.get(current);
                } else if (!onPath.add(current)) {
                    result = false;
                } else {
                    path.add(current);
                    String parent = parents.get(current);
                    if (parent == null || !parents.containsKey(parent)) {
                        result = true;
                    } else {
                        current = parent;
                    }
                }
            }
            for (String visited : path) {
                reachesOutside.put(visited, result);
            }
            if (!result) {
                errors.add(lines.get(code), "parentCode", "its chain of parents in the file comes back to " + code
                        + " (a cycle)");
            }
        }
    }

    /**
     * Writes the rows in bulk batches, one batch in flight while the next is read and built: the reading and
     * building (CSV, validation, event JSON, mapping) and the database's writing then overlap instead of
     * taking turns, on a machine with more than one core.
     */
    private long write(Path file) {
        List<Unit.Registration> batch = new ArrayList<>(BATCH);
        long[] written = {0};
        ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "unit-import-writer");
            thread.setDaemon(true);
            return thread;
        });
        Future<?>[] inFlight = {null};
        try {
            forEachRow(file, new Errors(), row -> {
                batch.add(row.register(clock));
                if (batch.size() == BATCH) {
                    inFlight[0] = handOver(writer, inFlight[0], List.copyOf(batch));
                    written[0] += batch.size();
                    batch.clear();
                }
            });
            inFlight[0] = handOver(writer, inFlight[0], List.copyOf(batch));
            written[0] += batch.size();
            awaitWritten(inFlight[0]);
        } finally {
            writer.shutdownNow();
        }
        return written[0];
    }

    /** Waits for the batch in flight (rethrowing its failure), then starts writing {@code next}. */
    private Future<?> handOver(ExecutorService writer, Future<?> inFlight, List<Unit.Registration> next) {
        awaitWritten(inFlight);
        return next.isEmpty() ? null : writer.submit(() -> units.insertAll(next));
    }

    private static void awaitWritten(Future<?> inFlight) {
        if (inFlight == null) {
            return;
        }
        try {
            inFlight.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the import", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Reads every row, handing valid ones on and noting bad ones. A file that cannot be read as CSV at all
     * (header, quoting) is a 400 naming the line.
     */
    private static long forEachRow(Path file, Errors errors, Consumer<UnitCsv.Row> valid) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = openParser(reader)) {
            UnitCsv.checkHeader(parser.getHeaderNames());
            Iterator<CSVRecord> records = parser.iterator();
            long rows = 0;
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        return rows;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new InvalidInputException("line " + line, "cannot be read as CSV: " + rootMessage(e));
                }
                if (UnitCsv.isBlank(record)) {
                    continue;
                }
                rows++;
                try {
                    valid.accept(UnitCsv.read(record, line));
                } catch (InvalidInputException e) {
                    e.errors().forEach(error -> errors.add(error));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CSVParser openParser(Reader reader) throws IOException {
        try {
            return UnitCsv.READ.parse(reader);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new InvalidInputException("line 1", "is not a usable header: " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }

    /** What an import answers. */
    record Report(boolean dryRun, long rows, long imported) {
    }

    /** Row errors: all counted, the first {@link #MAX_REPORTED_ERRORS} kept. */
    private static final class Errors {

        private final List<FieldError> reported = new ArrayList<>();
        private long count;

        void add(long line, String column, String message) {
            add(new FieldError("line " + line + ": " + column, message));
        }

        void add(FieldError error) {
            count++;
            if (reported.size() < MAX_REPORTED_ERRORS) {
                reported.add(error);
            }
        }

        boolean isEmpty() {
            return count == 0;
        }

        List<FieldError> reported() {
            return List.copyOf(reported);
        }
    }
}
