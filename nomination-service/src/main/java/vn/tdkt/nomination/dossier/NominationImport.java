package vn.tdkt.nomination.dossier;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;
import vn.tdkt.nomination.honours.HonoursHistory;
import vn.tdkt.nomination.initiative.InitiativeLedger;
import vn.tdkt.support.audit.AuditLog;
import vn.tdkt.support.campaigndirectory.CampaignDirectory;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.RuleViolationException;
import vn.tdkt.support.security.UnitTree;
import vn.tdkt.support.text.Utf8Spool;
import vn.tdkt.support.unitdirectory.DirectoryUnit;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/**
 * Imports a unit's dossiers from CSV ({@link NominationCsv}): each row becomes a DRAFT exactly as
 * {@code POST /api/v1/nominations} would make it, and a file with any bad row writes nothing.
 *
 * <p>The request spools the body to a temporary file (checking its UTF-8 and hashing it) and checks the header;
 * the rest runs on this instance's import threads while the job in MongoDB shows its progress. A validation pass
 * reads every row, keeping only what the cross-row rules need (a hash and a line per live key, the units and
 * campaigns already looked up), and checks the stored data a thousand rows at a time on a second thread; only
 * when no row is bad does a write pass read the file again and insert unordered bulk batches of a thousand, one
 * batch in flight while the next is read. Memory therefore grows with the rows only by those few bytes a row.
 *
 * <p>A dossier's id derives from the file's hash, the units and the line: sending the same file again after an
 * interruption finds the rows already written (the same ids) and skips them instead of reporting them as
 * duplicates or writing them twice. A draft has no event (as {@code POST}), so the relay has nothing to publish.
 */
@Service
class NominationImport {

    static final int BATCH = 1_000;
    /** Enough to fix a file by; {@code errorCount} counts them all. */
    static final int MAX_REPORTED_ERRORS = 100;
    private static final long PROGRESS_EVERY_MILLIS = 250;
    private static final Logger log = LoggerFactory.getLogger(NominationImport.class);

    private final NominationRepository nominations;
    private final ImportJobRepository jobs;
    private final UnitDirectory units;
    private final UnitTree tree;
    private final CampaignDirectory campaigns;
    private final HonoursHistory honours;
    private final InitiativeLedger initiatives;
    private final ImportProperties properties;
    private final AuditLog audit;
    private final Clock clock;
    private final ExecutorService runners;
    /** The jobs this instance holds (queued or running): their heartbeat is this instance's to keep. */
    private final Set<String> mine = ConcurrentHashMap.newKeySet();
    /** Imports running or waiting here: each holds a spooled file, so their number is bounded. */
    private final Semaphore slots;

    NominationImport(NominationRepository nominations, ImportJobRepository jobs, UnitDirectory units, UnitTree tree,
                     CampaignDirectory campaigns, HonoursHistory honours, InitiativeLedger initiatives,
                     ImportProperties properties, AuditLog audit, Clock clock) {
        this.nominations = nominations;
        this.jobs = jobs;
        this.units = units;
        this.tree = tree;
        this.campaigns = campaigns;
        this.honours = honours;
        this.initiatives = initiatives;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
        this.runners = Executors.newFixedThreadPool(properties.concurrency(), daemon("nomination-import"));
        this.slots = new Semaphore(properties.concurrency() + properties.waiting());
    }

    /** What the whole file shares: who imports, for which nominating unit, addressed to which council. */
    record Request(String nominatingUnitCode, String addressedTo, boolean dryRun, String importer) {
    }

    /**
     * The units the whole file names, checked before the body is read: known and active, and the addressed unit
     * the nominating one or above it (422 naming {@code nominatingUnit} or {@code addressedTo}).
     */
    void checkUnits(Request request) {
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, String> unit : List.of(Map.entry("nominatingUnit", request.nominatingUnitCode()),
                Map.entry("addressedTo", request.addressedTo()))) {
            Optional<DirectoryUnit> known = units.find(unit.getValue());
            if (known.isEmpty()) {
                errors.add(new FieldError(unit.getKey(), "no unit '" + unit.getValue() + "' is known here"));
            } else if (!DirectoryUnit.ACTIVE.equals(known.get().status())) {
                errors.add(new FieldError(unit.getKey(), "unit " + unit.getValue() + " is " + known.get().status()
                        + (known.get().successorCode() == null ? "" : "; name " + known.get().successorCode())));
            }
        }
        if (errors.isEmpty() && !tree.isWithin(request.nominatingUnitCode(), request.addressedTo())) {
            errors.add(new FieldError("addressedTo", "must be " + request.nominatingUnitCode() + " or a unit above "
                    + "it: the council of the nominating unit or of a higher level"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException("The import names units it may not", errors);
        }
    }

    /**
     * Spools the body, checks its header and that it has a row, stores the job and starts it.
     *
     * @throws InvalidInputException (400) for a body that is not UTF-8, a header that is not usable, an empty file;
     *                               nothing is stored then
     */
    ImportJobDocument start(InputStream body, Request request) {
        if (!slots.tryAcquire()) {
            ProblemDetail busy = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "This instance is "
                    + "running or holding " + (properties.concurrency() + properties.waiting()) + " imports already; "
                    + "send the file again in a few minutes");
            busy.setTitle("Imports busy");
            throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, busy, null);
        }
        Utf8Spool.Spooled spooled;
        try {
            spooled = Utf8Spool.spool(body);
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
        try {
            checkHead(spooled.file());
            Instant now = clock.instant();
            ImportJobDocument job = new ImportJobDocument(UUID.randomUUID().toString(), ImportJobStatus.VALIDATING,
                    request.dryRun(), request.nominatingUnitCode(), request.addressedTo(), request.importer(),
                    spooled.sha256(), 0, 0, 0, 0, List.of(), now, null, now);
            jobs.insert(job);
            mine.add(job.id());
            runners.execute(() -> {
                try {
                    new Run(job, spooled.file()).run();
                } finally {
                    slots.release();
                }
            });
            return job;
        } catch (RuntimeException e) {
            slots.release();
            Utf8Spool.delete(spooled.file());
            throw e;
        }
    }

    Optional<ImportJobDocument> find(String id) {
        return jobs.find(id);
    }

    PageResponse<ImportJobDocument> page(Set<String> unitCodes, PageQuery page) {
        return jobs.page(unitCodes, page);
    }

    /** Keeps this instance's jobs alive, and fails those whose instance stopped (heartbeat stale). */
    void heartbeat() {
        Instant now = clock.instant();
        jobs.heartbeat(List.copyOf(mine), now);
        long failed = jobs.failStale(now.minus(properties.staleAfter()), new FieldError("import",
                "interrupted: the instance running it stopped; send the file again (rows already written are "
                        + "skipped)"), now);
        if (failed > 0) {
            log.warn("Marked {} nomination import(s) FAILED: their instance stopped sending heartbeats", failed);
        }
    }

    @PreDestroy
    void stop() {
        runners.shutdownNow();
    }

    /** The header must be usable and at least one row must follow it. */
    private static void checkHead(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = openParser(reader)) {
            NominationCsv.checkHeader(parser.getHeaderNames());
            for (CSVRecord record : parser) {
                if (!NominationCsv.isBlank(record)) {
                    return;
                }
            }
            throw new InvalidInputException("body", "has no rows below the header");
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException("body", "cannot be read as CSV: " + rootMessage(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The id the row's dossier takes: the same file for the same units gives the same ids, line by line. */
    static NominationId idOf(String fileSha256, String nominatingUnitCode, String addressedTo, long line) {
        return new NominationId(UUID.nameUUIDFromBytes(("nomination-import:" + fileSha256 + ":" + nominatingUnitCode
                + ":" + addressedTo + ":" + line).getBytes(StandardCharsets.UTF_8)).toString());
    }

    // ------------------------------------------------------------------------------------------ one job

    /** One job's run on an import thread: validate, then write, keeping the stored job up to date. */
    private final class Run {

        private final ImportJobDocument job;
        private final Path file;
        private final Errors errors = new Errors();
        private final Map<String, Optional<String>> parents = new HashMap<>();
        private final UnitTree cachedTree = code -> parents.computeIfAbsent(code, tree::parentOf);
        private final Map<String, String> unitProblems = new HashMap<>();
        private final Map<String, Boolean> knownCampaigns = new HashMap<>();
        private ImportJobStatus status = ImportJobStatus.VALIDATING;
        private volatile long rowsRead;
        private volatile long rowsWritten;
        private volatile long rowsSkipped;
        private long lastProgress;

        Run(ImportJobDocument job, Path file) {
            this.job = job;
            this.file = file;
        }

        void run() {
            try {
                validate();
                if (!errors.isEmpty()) {
                    finish(ImportJobStatus.REJECTED);
                } else if (job.dryRun()) {
                    finish(ImportJobStatus.SUCCEEDED);
                } else {
                    status = ImportJobStatus.WRITING;
                    progress(true);
                    write();
                    finish(ImportJobStatus.SUCCEEDED);
                }
            } catch (Stopped stopped) {
                log.warn("Nomination import {} stopped: {}", job.id(), stopped.getMessage());
            } catch (WriteConflict conflict) {
                List<FieldError> reported = new ArrayList<>(conflict.errors);
                reported.add(new FieldError("import", undoWritten() ? "nothing of the file was kept"
                        : "the rows written before stay; send the file again once the line is fixed elsewhere"));
                errors.reset(reported);
                fail();
            } catch (RuntimeException | Error e) {
                log.error("Nomination import {} failed", job.id(), e);
                boolean undone = status == ImportJobStatus.WRITING && e instanceof RuntimeException
                        && !Thread.currentThread().isInterrupted() && undoWritten();
                errors.reset(List.of(new FieldError("import", Thread.currentThread().isInterrupted()
                        ? "interrupted: the service stopped; send the file again (rows already written are skipped)"
                        : undone ? "failed (" + e.getClass().getSimpleName() + "); nothing of the file was kept: "
                        + "send it again" : "failed (" + e.getClass().getSimpleName() + "); send the file again (rows "
                        + "already written are skipped)")));
                fail();
            } finally {
                Utf8Spool.delete(file);
                mine.remove(job.id());
            }
        }

        // -------------------------------------------------------------------------------------- validation

        private void validate() {
            KeyLines seen = new KeyLines();
            Map<Long, List<Long>> suspects = new HashMap<>();
            List<NominationCsv.Row> batch = new ArrayList<>(BATCH);
            InFlight checker = new InFlight("nomination-import-check");
            try {
                rowsRead = forEachRow(errors, row -> {
                    long hash = KeyLines.hash(row.liveKey());
                    int earlier = seen.putIfAbsent(hash, (int) row.line());
                    if (earlier != 0) {
                        suspects.computeIfAbsent(hash, h -> new ArrayList<>(List.of((long) earlier))).add(row.line());
                    }
                    checkReferences(row);
                    batch.add(row);
                    if (batch.size() == BATCH) {
                        List<NominationCsv.Row> next = List.copyOf(batch);
                        batch.clear();
                        checker.handOver(() -> checkStored(next));
                    }
                }, counted -> {
                    rowsRead = counted;
                    progress(false);
                });
                List<NominationCsv.Row> last = List.copyOf(batch);
                checker.handOver(() -> checkStored(last));
                checker.await();
            } finally {
                checker.close();
            }
            if (!suspects.isEmpty()) {
                confirmDuplicates(suspects);
            }
        }

        /** The nominee's unit (known, in the nominating unit's subtree) and the campaign (known), looked up once. */
        private void checkReferences(NominationCsv.Row row) {
            String where = "line " + row.line() + ": ";
            String unit = row.draft().nominee().unitCode();
            String problem = unitProblems.computeIfAbsent(unit, code -> {
                if (units.find(code).isEmpty()) {
                    return "no unit '" + code + "' is known here";
                }
                if (!cachedTree.isWithin(code, job.unitCode())) {
                    return code + " is not " + job.unitCode() + " or under it: the import's nominating unit may "
                            + "propose only its own subtree";
                }
                return "";
            });
            if (!problem.isEmpty()) {
                errors.add(new FieldError(where + "unitCode", problem));
            }
            String campaign = row.draft().campaignId();
            if (campaign != null && !knownCampaigns.computeIfAbsent(campaign, id -> campaigns.find(id).isPresent())) {
                errors.add(new FieldError(where + "campaignId", "no campaign '" + campaign + "' is known here"));
            }
        }

        /**
         * A thousand rows against what is stored: a live dossier for the same nominee, award and year (not this
         * file's own, written by an earlier run), and an honour already recorded for them.
         */
        private void checkStored(List<NominationCsv.Row> rows) {
            if (rows.isEmpty()) {
                return;
            }
            Map<String, String> live = nominations.liveIds(rows.stream().map(NominationCsv.Row::liveKey).toList());
            Map<String, List<HonoursHistory.Line>> recorded = honours.ofAll(rows.stream()
                    .map(NominationCsv.Row::nomineeId).distinct().toList());
            for (NominationCsv.Row row : rows) {
                String where = "line " + row.line() + ": ";
                String holder = live.get(row.liveKey());
                if (holder != null && holder.equals(idOf(row).value())) {
                    continue; // written by an earlier run of this file: skipped when writing
                }
                if (holder != null) {
                    errors.add(new FieldError(where + "nomineeId", row.nomineeId() + " already has a live dossier "
                            + holder + " for " + row.awardCode() + " in " + row.year()));
                }
                if (NominationService.honoured(recorded.getOrDefault(row.nomineeId(), List.of()), row.awardCode(),
                        row.year())) {
                    errors.add(new FieldError(where + "award", NominationService.alreadyHonoured(row.nomineeId(),
                            row.checked().award().name(), row.year())));
                }
            }
            progress(false);
        }

        /** Reads again the lines whose keys' hashes met, and reports the real duplicates with both lines. */
        private void confirmDuplicates(Map<Long, List<Long>> suspects) {
            Map<Long, Long> groupOf = new HashMap<>();
            suspects.forEach((hash, lines) -> lines.forEach(line -> groupOf.put(line, hash)));
            Map<Long, String> keys = new TreeMap<>();
            forEachRow(new Errors(), row -> {
                if (groupOf.containsKey(row.line())) {
                    keys.put(row.line(), row.liveKey());
                }
            }, counted -> { });
            for (List<Long> lines : suspects.values()) {
                Map<String, Long> first = new HashMap<>();
                lines.stream().sorted().forEach(line -> {
                    String key = keys.get(line);
                    Long earlier = first.putIfAbsent(key, line);
                    if (earlier != null) {
                        // the key names no person: nominee id, award code, year
                        String[] parts = key.split("\\|");
                        errors.add(new FieldError("line " + line + ": nomineeId", parts[0] + " is proposed for "
                                + parts[1] + " in " + parts[2] + " on line " + earlier + " already"));
                    }
                });
            }
        }

        // -------------------------------------------------------------------------------------- writing

        /**
         * Batches are prepared on this thread (the records they need read, the drafts built and encoded) while the
         * previous batch is inserted on the writer's: the writer only sends bytes, so the reading and building of
         * one batch overlaps the database's writing of the last.
         */
        private void write() {
            List<NominationCsv.Row> batch = new ArrayList<>(BATCH);
            InFlight writer = new InFlight("nomination-import-write");
            try {
                forEachRow(new Errors(), row -> {
                    batch.add(row);
                    if (batch.size() == BATCH) {
                        Prepared next = prepare(List.copyOf(batch));
                        batch.clear();
                        writer.handOver(() -> insert(next));
                    }
                }, counted -> { });
                Prepared last = prepare(List.copyOf(batch));
                writer.handOver(() -> insert(last));
                writer.await();
            } finally {
                writer.close();
            }
        }

        /** A batch ready to send: its drafts, their lines (by id) and their documents. */
        private record Prepared(List<Nomination> drafts, Map<String, Long> lines, NominationRepository.Encoded encoded) {
        }

        /** Builds the drafts as {@code POST} would (evidence prefilled from the records, read for the batch). */
        private Prepared prepare(List<NominationCsv.Row> rows) {
            if (rows.isEmpty()) {
                return new Prepared(List.of(), Map.of(), null);
            }
            List<String> nominees = rows.stream().map(NominationCsv.Row::nomineeId).distinct().toList();
            Map<String, List<HonoursHistory.Line>> recorded = honours.ofAll(nominees);
            Map<String, List<InitiativeLedger.Entry>> authored = initiatives.byAuthors(nominees);
            List<Nomination> drafts = new ArrayList<>(rows.size());
            Map<String, Long> lines = new HashMap<>();
            for (NominationCsv.Row row : rows) {
                NominationService.Draft d = row.draft();
                Dossier.Evidence evidence = NominationService.prefill(row.checked().evidence(),
                        recorded.getOrDefault(row.nomineeId(), List.of()),
                        authored.getOrDefault(row.nomineeId(), List.of()), d.year());
                Dossier dossier = new Dossier(d.nominee(), row.awardCode(), d.basis(), d.campaignId(), d.year(),
                        d.achievements(), evidence, d.attachments());
                NominationId id = idOf(row);
                lines.put(id.value(), row.line());
                drafts.add(Nomination.draft(id, job.unitCode(), job.addressedTo(), dossier, job.importer(), clock));
            }
            return new Prepared(drafts, lines, nominations.encodeDrafts(drafts));
        }

        private void insert(Prepared batch) {
            if (batch.drafts().isEmpty()) {
                return;
            }
            List<Nomination> refused = nominations.insertEncoded(batch.encoded());
            long skipped = 0;
            if (!refused.isEmpty()) {
                Set<String> stored = nominations.existing(refused.stream().map(n -> n.id().value()).toList());
                List<FieldError> conflicts = new ArrayList<>();
                for (Nomination n : refused) {
                    if (stored.contains(n.id().value())) {
                        skipped++;
                    } else {
                        conflicts.add(new FieldError("line " + batch.lines().get(n.id().value()) + ": nomineeId",
                                n.dossier().nominee().nomineeId() + " got a live dossier for " + n.dossier().awardCode()
                                        + " in " + n.dossier().year() + " while the file was being imported"));
                    }
                }
                if (!conflicts.isEmpty()) {
                    throw new WriteConflict(conflicts);
                }
            }
            rowsSkipped += skipped;
            rowsWritten += batch.drafts().size() - skipped;
            progress(false);
        }

        /**
         * Takes back every draft of this file still untouched (a write failed part-way), so that a file is imported
         * whole or not at all; the file is read again for the ids, which follow from it. False if that failed too.
         */
        private boolean undoWritten() {
            try {
                List<String> ids = new ArrayList<>(BATCH);
                forEachRow(new Errors(), row -> {
                    ids.add(idOf(row).value());
                    if (ids.size() == BATCH) {
                        nominations.removeUntouchedDrafts(ids);
                        ids.clear();
                    }
                }, counted -> { });
                nominations.removeUntouchedDrafts(ids);
                rowsWritten = 0;
                rowsSkipped = 0;
                return true;
            } catch (RuntimeException e) {
                log.error("Nomination import {} could not take back what it wrote", job.id(), e);
                return false;
            }
        }

        private NominationId idOf(NominationCsv.Row row) {
            return NominationImport.idOf(job.fileSha256(), job.unitCode(), job.addressedTo(), row.line());
        }

        // -------------------------------------------------------------------------------------- the job

        /** Stores the counters, at most every {@value #PROGRESS_EVERY_MILLIS} ms unless forced. */
        private synchronized void progress(boolean force) {
            long now = System.currentTimeMillis();
            if (!force && now - lastProgress < PROGRESS_EVERY_MILLIS) {
                return;
            }
            lastProgress = now;
            if (!jobs.progress(job.id(), status, rowsRead, rowsWritten, rowsSkipped, clock.instant())) {
                throw new Stopped("no longer running (marked failed by another instance)");
            }
        }

        private void finish(ImportJobStatus outcome) {
            if (!jobs.finish(job.id(), outcome, rowsRead, rowsWritten, rowsSkipped, errors.count(), errors.reported(),
                    clock.instant())) {
                log.warn("Nomination import {} ended {} after it had been marked failed", job.id(), outcome);
                return;
            }
            auditOutcome(outcome);
        }

        /** The POST was audited when it was answered (202); the trail also says how the job ended. */
        private void auditOutcome(ImportJobStatus outcome) {
            int status = switch (outcome) {
                case SUCCEEDED -> 200;
                case REJECTED -> 422;
                default -> 500;
            };
            try {
                audit.appendJobOutcome(clock.instant(), job.importer(), job.unitCode(),
                        job.dryRun() ? "nomination.import.dry-run" : "nomination.import",
                        "/api/v1/nominations/imports/" + job.id(), "nomination-import:" + job.id(), status);
            } catch (RuntimeException e) {
                log.error("Could not append the outcome of nomination import {} to the audit trail", job.id(), e);
            }
        }

        private void fail() {
            finish(ImportJobStatus.FAILED);
        }

        /** Reads every row, handing valid ones on and noting bad ones; {@code counted} hears the count per batch. */
        private long forEachRow(Errors rowErrors, Consumer<NominationCsv.Row> valid, Consumer<Long> counted) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 CSVParser parser = openParser(reader)) {
                NominationCsv.checkHeader(parser.getHeaderNames());
                Iterator<CSVRecord> records = parser.iterator();
                long rows = 0;
                while (true) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new IllegalStateException("interrupted");
                    }
                    long line = parser.getCurrentLineNumber() + 1;
                    CSVRecord record;
                    try {
                        if (!records.hasNext()) {
                            counted.accept(rows);
                            return rows;
                        }
                        record = records.next();
                    } catch (UncheckedIOException | IllegalStateException e) {
                        rowErrors.add(new FieldError("line " + line, "cannot be read as CSV: " + rootMessage(e)));
                        counted.accept(rows);
                        return rows;
                    }
                    if (NominationCsv.isBlank(record)) {
                        continue;
                    }
                    rows++;
                    try {
                        valid.accept(NominationCsv.read(record, line, job.unitCode(), job.addressedTo()));
                    } catch (InvalidInputException e) {
                        e.errors().forEach(rowErrors::add);
                    }
                    if (rows % BATCH == 0) {
                        counted.accept(rows);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * A helper thread with at most one task in flight: the next batch is read and parsed while the previous one is
     * checked or written, so the CPU and the database overlap instead of taking turns.
     */
    private static final class InFlight {

        private final ExecutorService thread;
        private Future<?> current;

        InFlight(String name) {
            thread = Executors.newSingleThreadExecutor(daemon(name));
        }

        /** Waits for the task in flight (rethrowing its failure), then starts {@code next}. */
        void handOver(Runnable next) {
            await();
            current = thread.submit(next);
        }

        void await() {
            if (current == null) {
                return;
            }
            try {
                current.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while importing", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                current = null;
            }
        }

        void close() {
            thread.shutdownNow();
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static CSVParser openParser(Reader reader) throws IOException {
        try {
            return NominationCsv.READ.parse(reader);
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

    /** The job no longer runs: another instance declared it failed. */
    private static final class Stopped extends RuntimeException {
        Stopped(String message) {
            super(message);
        }
    }

    /** Rows that met a live dossier written after they were validated: the job fails naming them. */
    private static final class WriteConflict extends RuntimeException {
        private final List<FieldError> errors;

        WriteConflict(List<FieldError> errors) {
            super(errors.size() + " row(s) met a dossier written meanwhile");
            this.errors = List.copyOf(errors);
        }
    }

    /** Row errors from both threads: all counted, the first {@link #MAX_REPORTED_ERRORS} kept. */
    private static final class Errors {

        private final List<FieldError> reported = new ArrayList<>();
        private long count;

        synchronized void add(FieldError error) {
            count++;
            if (reported.size() < MAX_REPORTED_ERRORS) {
                reported.add(error);
            }
        }

        synchronized void reset(List<FieldError> errors) {
            reported.clear();
            count = 0;
            errors.forEach(this::add);
            count = errors.size();
        }

        synchronized boolean isEmpty() {
            return count == 0;
        }

        synchronized long count() {
            return count;
        }

        synchronized List<FieldError> reported() {
            return List.copyOf(reported);
        }
    }
}
