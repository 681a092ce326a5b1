package vn.tdkt.benchmarks.nomination;

import static vn.tdkt.benchmarks.stack.ServiceReport.line;

import java.time.Instant;
import java.util.List;
import vn.tdkt.benchmarks.stack.Latencies;
import vn.tdkt.benchmarks.stack.ServiceHeap;
import vn.tdkt.benchmarks.stack.ServiceReport;

/** The run's figures as Markdown: machine facts, then each measurement next to its baseline, ratio and target. */
final class NominationReport {

    private static final long HEAP_TARGET = 512L * 1024 * 1024;
    private final ServiceReport frame = new ServiceReport("nomination-service", 13, "nomination", NominationBenchmarks.class);
    private final StringBuilder intakePart = new StringBuilder();
    private final StringBuilder importPart = new StringBuilder();

    void machine(Instant begin, String loadBefore, String loadAfter, List<String> serviceJvm, String gc) {
        frame.machine(begin, loadBefore, loadAfter, serviceJvm, gc);
    }

    void intake(int clients, int warmup, NominationBenchmarks.Measured one, NominationBenchmarks.Measured pair,
                Intake.Baseline before, Intake.Baseline after, String shape, List<String> indexes) {
        Intake.Baseline best = before.perSecond() >= after.perSecond() ? before : after;
        Intake.Result service = one.result();
        double ratio = service.perSecond() / best.perSecond();
        double pairRatio = pair.result().perSecond() / best.perSecond();
        line(intakePart, "## Nomination intake over REST, %d concurrent clients, %,d nominees each way", clients,
                service.accepted());
        line(intakePart, "");
        line(intakePart, "| figure | service | baseline (same run) | ratio | target |");
        line(intakePart, "|---|---:|---:|---:|---|");
        line(intakePart, "| accepted/s (one request, `\"submit\": true`; %.1f s) | %,.0f | %,.0f `insertOne`/s (better "
                + "of two) | %.2f | ≥ 0.5 %s |", service.seconds(), service.perSecond(), best.perSecond(), ratio,
                ratio >= 0.5 ? "✔" : "✘");
        latency("p50", "one request", 0.50, service.both(), best.insertOne());
        latency("p99", "one request", 0.99, service.both(), best.insertOne());
        line(intakePart, "| accepted/s (draft + submit; %.1f s) | %,.0f | | %.2f | (reported) |", pair.result().seconds(),
                pair.result().perSecond(), pairRatio);
        latency("p50", "draft + submit", 0.50, pair.result().both(), best.insertOne());
        latency("p99", "draft + submit", 0.99, pair.result().both(), best.insertOne());
        line(intakePart, "| `POST /api/v1/nominations` (draft) alone, p50 / p99 ms | %.1f / %.1f | | | |",
                pair.result().draft().medianMillis(), pair.result().draft().percentileMillis(0.99));
        line(intakePart, "| `POST …/{id}/submit` alone, p50 / p99 ms | %.1f / %.1f | | | |",
                pair.result().submit().medianMillis(), pair.result().submit().percentileMillis(0.99));
        line(intakePart, "| driver `insertOne` before / after: per second; p50 / p99 ms | | %,.0f / %,.0f; %.1f / %.1f and "
                        + "%.1f / %.1f | | |", before.perSecond(), after.perSecond(), before.insertOne().medianMillis(),
                before.insertOne().percentileMillis(0.99), after.insertOne().medianMillis(),
                after.insertOne().percentileMillis(0.99));
        for (NominationBenchmarks.Measured m : List.of(one, pair)) {
            String way = m.result().oneRequest() ? "one request" : "draft + submit";
            line(intakePart, "| `nomination-submitted` events on Kafka (%s) | %,d of %,d, the last %+.1f s from the "
                    + "last answer | | | all %s |", way, m.drain().received(), m.result().accepted(),
                    m.drain().secondsAfterLastAnswer(), m.drain().lost() == 0 ? "✔" : "✘ (" + m.drain().lost() + " lost)");
            line(intakePart, "| dossiers stored SUBMITTED (%s) | %,d of %,d | | | all %s |", way, m.stored(),
                    m.result().accepted(), m.stored() == m.result().accepted() ? "✔" : "✘");
        }
        line(intakePart, "");
        line(intakePart, "- Service: %d client threads, each with the officer `%s`'s real token, each taking the next "
                + "nominee (a dossier of %s for %s; every nominee distinct: one live dossier per nominee, award and "
                + "year). **One request** (the target's figure): `POST /api/v1/nominations` with `\"submit\": true`, "
                + "a finished dossier filed and submitted at once (201: SUBMITTED, its `nomination-submitted` event "
                + "written into the document's outbox in the same insert, one audit line). **Draft + submit**, "
                + "measured after it on other nominees: `POST /api/v1/nominations` (a draft, answered 201 with its "
                + "ETag; a draft has no event, as the contract says) then `POST /api/v1/nominations/{id}/submit` with "
                + "`If-Match` (200: SUBMITTED, its event in the same write); latency from sending the POST to the "
                + "submit's answer. A nominee is *accepted* when its dossier is SUBMITTED. %,d unmeasured nominees "
                + "each way first (the service's JIT is cold).", clients, Dossiers.OFFICER, Dossiers.AWARD,
                Dossiers.NOMINATING, warmup);
        line(intakePart, "- Baseline: %d threads doing the driver's acknowledged `insertOne` of %,d documents made from a "
                + "dossier the service stored (submitted, with its pending event; ids, nominee id and event ids "
                + "replaced: %s) into a collection with the service's indexes (%s), on the same embedded-mongo; "
                + "the documents are built before the clock starts; run once before and once after the service, "
                + "the ratio taken against the faster.", clients, service.accepted(), shape, String.join(", ", indexes));
        line(intakePart, "- Kafka: a `read_committed` consumer of `tdkt.nomination.events` in this JVM, opened before "
                + "each run, waits for every accepted dossier's `nomination-submitted` (by key); the drain time is "
                + "from the last answer to the last event.");
    }

    /**
     * Requests through the same stack that write nothing: what no REST intake on this machine can exceed, since
     * an intake request carries all of their work (connection, token, filters, JSON, audit check) and a write.
     */
    void ceiling(String award, Intake.Reads noDatabase, Intake.Reads byId, double insertOnePerSecond) {
        line(intakePart, "");
        line(intakePart, "### The REST ceiling on this machine (same run, same clients and token)");
        line(intakePart, "");
        line(intakePart, "| requests that write nothing | per second | ratio to `insertOne`/s (%,.0f) | p50 / p99 ms |",
                insertOnePerSecond);
        line(intakePart, "|---|---:|---:|---:|");
        ceilingRow("`GET /api/v1/awards/" + award + "` (the in-memory catalogue: no database)", noDatabase,
                insertOnePerSecond);
        ceilingRow("`GET /api/v1/nominations/{id}` of the dossiers just filed (one find by `_id`)", byId,
                insertOnePerSecond);
        line(intakePart, "");
        line(intakePart, "- %,d requests each, by the intake's %d clients with the officer's token, after the intake "
                + "(the service's JIT is warm). An intake request does all that these do (HTTP, the token's "
                + "signature, the security filters, JSON both ways) and writes besides, so its rate cannot exceed "
                + "theirs: the ratio in the first row bounds any REST intake's ratio on this machine.",
                noDatabase.count(), NominationBenchmarks.CLIENTS);
    }

    private void ceilingRow(String requests, Intake.Reads r, double insertOnePerSecond) {
        line(intakePart, "| %s | %,.0f | %.2f | %.1f / %.1f |", requests, r.perSecond(), r.perSecond() / insertOnePerSecond,
                r.latencies().medianMillis(), r.latencies().percentileMillis(0.99));
    }

    private void latency(String name, String way, double p, Latencies service, Latencies baseline) {
        double s = service.percentileMillis(p);
        double b = baseline.percentileMillis(p);
        line(intakePart, "| %s ms (%s; `insertOne`) | %.1f | %.2f | %.1f× | (reported) |", name, way, s, b, s / b);
    }

    void importSkipped(String why) {
        line(importPart, "## CSV import");
        line(importPart, "");
        line(importPart, "Not measured: %s.", why);
    }

    void csvImport(int rows, CsvImport.Job job, CsvImport.Baseline before, CsvImport.Baseline after, String shape,
                   long pendingAtEnd) {
        double best = Math.max(before.rowsPerSecond(), after.rowsPerSecond());
        double ratio = job.rowsPerSecond() / best;
        ServiceHeap.Figures heap = job.heap();
        long peak = Math.max(heap.sampledPeakUsedBytes(), heap.gcPeakBeforeBytes());
        line(importPart, "## CSV import of %,d nominations", rows);
        line(importPart, "");
        line(importPart, "| figure | measured | baseline (same run) | ratio | target |");
        line(importPart, "|---|---:|---:|---:|---|");
        line(importPart, "| rows/s, `POST %s` until the job is SUCCEEDED (%.1f s, %,d bytes of CSV) | %,.0f | %,.0f "
                        + "(driver `insertMany`, better of two) | %.2f | ≥ 0.5 %s |", CsvImport.PATH, job.seconds(),
                job.csvBytes(), job.rowsPerSecond(), best, ratio, ratio >= 0.5 ? "✔" : "✘");
        line(importPart, "| driver `insertMany` before / after the import | | %,.0f / %,.0f rows/s | | |",
                before.rowsPerSecond(), after.rowsPerSecond());
        line(importPart, "| the same, counting the building of the documents too | | %,.0f / %,.0f rows/s | | |",
                before.rowsPerSecondWithBuilding(), after.rowsPerSecondWithBuilding());
        line(importPart, "| service heap peak (see below) | %s MB | -Xmx512m | | ≤ 512 MB %s |", ServiceHeap.mb(peak),
                peak <= HEAP_TARGET ? "✔" : "✘");
        line(importPart, "");
        line(importPart, "- Service: the whole file in one request (`Content-Length`, `text/csv`, the officer's token), "
                + "answered 202 with the job's `Location`, polled every 200 ms until `SUCCEEDED`; timed from sending "
                + "to that poll. The job: `%s`. Documents with pending events when it ended: %,d.", job.answer(),
                pendingAtEnd);
        line(importPart, "- Baseline: the same %,d nominees as documents made from one the import stored (%s), "
                + "`insertMany` unordered in batches of %,d into a collection with the service's indexes, on the same "
                + "embedded-mongo, timed inside `insertMany` only; once before and once after the import, the ratio "
                + "taken against the faster.", rows, shape, CsvImport.BATCH);
        line(importPart, "- Heap: the service runs with `-Xmx512m -XX:+ExitOnOutOfMemoryError`, so finishing at all "
                + "means it fit. Measured from sending to SUCCEEDED: %s. The peak above is the larger of the sampled "
                + "peak and the GC log's peak before a collection.", heap.describe());
    }

    String render(boolean quick) {
        return frame.render(quick, intakePart, importPart);
    }
}
