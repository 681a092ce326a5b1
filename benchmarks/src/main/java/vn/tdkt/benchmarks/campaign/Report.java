package vn.tdkt.benchmarks.campaign;

import static vn.tdkt.benchmarks.stack.ServiceReport.line;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.tdkt.benchmarks.stack.Latencies;
import vn.tdkt.benchmarks.stack.ServiceHeap;
import vn.tdkt.benchmarks.stack.ServiceReport;

/** The run's figures as Markdown: machine facts, then each measurement next to its baseline, ratio and target. */
final class Report {

    private static final long HEAP_TARGET = 256L * 1024 * 1024;
    private final ServiceReport frame = new ServiceReport("campaign-service", 11, "campaign", CampaignBenchmarks.class);
    private final StringBuilder importPart = new StringBuilder();
    private final StringBuilder relayPart = new StringBuilder();

    void machine(Instant begin, String loadBefore, String loadAfter, List<String> serviceJvm, String gc) {
        frame.machine(begin, loadBefore, loadAfter, serviceJvm, gc);
    }

    void csvImport(int rows, ImportComparison.ServiceImport service, ImportComparison.ServiceImport dryRun,
                   ImportComparison.Baseline before,
                   ImportComparison.Baseline after, String shape, long pendingAtAnswer, long pendingAfterWindow,
                   long setAside, Duration window) {
        double best = Math.max(before.rowsPerSecond(), after.rowsPerSecond());
        double ratio = service.rowsPerSecond() / best;
        ServiceHeap.Figures heap = service.heap();
        long peak = Math.max(heap.sampledPeakUsedBytes(), heap.gcPeakBeforeBytes());
        line(importPart, "## CSV import of %,d units", rows);
        line(importPart, "");
        line(importPart, "| figure | measured | baseline (same run) | ratio | target |");
        line(importPart, "|---|---:|---:|---:|---|");
        line(importPart, "| rows/s, `POST /api/v1/units/imports?root=BN&dryRun=false` (%.1f s, %,d bytes of CSV) | %,.0f "
                        + "| %,.0f (driver `insertMany`, better of two) | %.2f | ≥ 0.5 %s |",
                service.seconds(), service.csvBytes(), service.rowsPerSecond(), best, ratio, ratio >= 0.5 ? "✔" : "✘");
        if (pendingAfterWindow == 0) {
            double endToEnd = rows / (service.seconds() + window.toNanos() / 1e9);
            line(importPart, "| rows/s until the last `UnitRegistered` is on Kafka (the answer after %.1f s, the last "
                            + "event %.1f s later) | %,.0f | %,.0f | %.2f | (reported) |", service.seconds(),
                    window.toNanos() / 1e9, endToEnd, best, endToEnd / best);
        }
        line(importPart, "| rows/s, the same file with `dryRun=true` (validation only, nothing written; %.1f s) | %,.0f | | | |",
                dryRun.seconds(), dryRun.rowsPerSecond());
        line(importPart, "| driver `insertMany` before / after the import | | %,.0f / %,.0f rows/s | | |",
                before.rowsPerSecond(), after.rowsPerSecond());
        line(importPart, "| the same, counting the building of the documents too | | %,.0f / %,.0f rows/s | | |",
                before.rowsPerSecondWithBuilding(), after.rowsPerSecondWithBuilding());
        line(importPart, "| service heap peak (see below) | %s MB | -Xmx256m | | ≤ 256 MB %s |", ServiceHeap.mb(peak),
                peak <= HEAP_TARGET ? "✔" : "✘");
        line(importPart, "");
        line(importPart, "- Service: the whole file in one request (`Content-Length`, `text/csv`, the administrator's "
                + "token), timed from sending to the answer `%s`; the service spools it, validates every row, then "
                + "writes batches of 1,000 (unordered bulk inserts, one in flight while the next is read), each unit with "
                + "its `UnitRegistered` event in its outbox; its relay holds back publishing units meanwhile and "
                + "publishes them right after.", service.answer().trim());
        line(importPart, "- Baseline: the same %,d units as documents of the same shape (%s), `insertMany` unordered in "
                + "batches of 1,000 into a collection with the service's indexes (`_id`, `parentCode`, the relay's partial "
                + "`outbox_pending`), on the same embedded-mongo, timed inside `insertMany` only; run once before and once "
                + "after the service's import, the ratio taken against the faster.", rows, shape);
        line(importPart, "- Heap: the service runs with `-Xmx256m -XX:+ExitOnOutOfMemoryError`, so finishing at all means "
                + "it fit. Measured during the request: %s. The peak above is the larger of the sampled peak and the "
                + "GC log's peak before a collection.", heap.describe());
        if (pendingAfterWindow == 0) {
            line(importPart, "- Relay after the import: %,d of the %,d events were pending when the import answered; "
                            + "the last was on Kafka %.1f s later (%,.0f events/s, a batch of documents per Kafka "
                            + "transaction).", pendingAtAnswer, rows, window.toNanos() / 1e9,
                    pendingAtAnswer / (window.toNanos() / 1e9));
        } else {
            line(importPart, "- Relay after the import: %,d of the %,d events were pending when the import answered, "
                            + "%,d after %d s more (%,.0f events/s); the %,d left then were set aside "
                            + "(`pendingEvents: []`) so that the relay measurement below starts from an empty outbox.",
                    pendingAtAnswer, rows, pendingAfterWindow, window.toSeconds(),
                    (pendingAtAnswer - pendingAfterWindow) / (window.toNanos() / 1e9), setAside);
        }
    }

    void relay(long smallCount, RelayLatency.Result small, long largeCount, RelayLatency.Result large,
               KafkaRoundTrip.Result rawBefore, KafkaRoundTrip.Result rawAfter, int commands, int warmup) {
        double medianRatio = large.commandToEvent().medianMillis() / small.commandToEvent().medianMillis();
        double p95Ratio = large.commandToEvent().p95Millis() / small.commandToEvent().p95Millis();
        line(relayPart, "## Relay: command → event on Kafka");
        line(relayPart, "");
        line(relayPart, "| units in the collection | median ms | p95 ms | p99 ms | max ms | lost | command answered, median / p95 ms |");
        line(relayPart, "|---:|---:|---:|---:|---:|---:|---:|");
        row(smallCount, small);
        row(largeCount, large);
        line(relayPart, "| **ratio %,d / %,d** | **%.2f** %s | **%.2f** %s | | | | |", largeCount, smallCount, medianRatio,
                medianRatio <= 2 ? "✔" : "✘", p95Ratio, p95Ratio <= 2 ? "✔" : "✘");
        line(relayPart, "");
        line(relayPart, "Raw baseline, the same broker and the same kind of consumer, one record at a time:");
        line(relayPart, "");
        line(relayPart, "| Kafka produce → consume | median ms | p95 ms | p99 ms | max ms | lost |");
        line(relayPart, "|---|---:|---:|---:|---:|---:|");
        raw("plain (acks=all, idempotent), before", rawBefore.plain());
        raw("plain, after", rawAfter.plain());
        raw("transactional (begin, send, ack, commit), before", rawBefore.transactional());
        raw("transactional, after", rawAfter.transactional());
        line(relayPart, "");
        line(relayPart, "Relay median over the raw transactional round trip (before): %.1f× with %,d units, %.1f× with %,d.",
                small.commandToEvent().medianMillis() / rawBefore.transactional().medianMillis(), smallCount,
                large.commandToEvent().medianMillis() / rawBefore.transactional().medianMillis(), largeCount);
        line(relayPart, "");
        line(relayPart, "- Command: `PUT /api/v1/units/{code}` changing the staff count of one of %,d units (spread over "
                + "the first 1,000), one at a time, each waiting for its event; %d unmeasured commands first, then %d "
                + "measured, the same units in both phases. Latency: from just before sending the PUT to the moment a "
                + "`read_committed` consumer of `tdkt.unit.events` (all partitions, in this JVM) gets the `UnitUpdated` "
                + "with that unit's key and the new staff count. \"Command answered\" is the PUT's own round trip.",
                Math.min(commands, 999), warmup, commands);
        line(relayPart, "- The %,d units: the province and 999 units imported through the service, plus, for the large "
                + "phase, the import above and unit documents bulk-inserted with the driver, with no pending events.",
                smallCount);
    }

    private void row(long count, RelayLatency.Result r) {
        Latencies l = r.commandToEvent();
        line(relayPart, "| %,d | %.1f | %.1f | %.1f | %.1f | %d | %.1f / %.1f |", count, l.medianMillis(), l.p95Millis(),
                l.percentileMillis(0.99), l.maxMillis(), l.lost(), r.commandAnswered().medianMillis(),
                r.commandAnswered().p95Millis());
    }

    private void raw(String name, Latencies l) {
        line(relayPart, "| %s | %.2f | %.2f | %.2f | %.2f | %d |", name, l.medianMillis(), l.p95Millis(),
                l.percentileMillis(0.99), l.maxMillis(), l.lost());
    }

    String render(boolean quick) {
        return frame.render(quick, importPart, relayPart);
    }
}
