package vn.tdkt.nomination.honours;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.tdkt.events.nomination.HonourRecorded;
import vn.tdkt.events.nomination.HonourSource;
import vn.tdkt.events.nomination.RecipientKind;
import vn.tdkt.support.problem.FieldError;

/**
 * Lines of honours history written together, all or none: one API call or one CSV import is one batch,
 * stored as one document with one event per line, so a refused import leaves nothing behind.
 */
final class HonourBatch {

    private final BatchId id;
    private final HonourSource source;
    private final List<HonourEntry> entries;
    private final Instant recordedAt;

    private HonourBatch(BatchId id, HonourSource source, List<HonourEntry> entries, Instant recordedAt) {
        this.id = id;
        this.source = source;
        this.entries = List.copyOf(entries);
        this.recordedAt = recordedAt;
    }

    /**
     * A batch of these lines, unless a line repeats one of the batch or of the history, or gives a recipient
     * another kind than the history has. {@code fields.get(i)} names line i in errors (e.g. {@code line 3.}).
     *
     * @param recorded the recipients' history so far (their lines in earlier batches)
     * @return the batch and its events, or the problems (nothing is recorded then)
     */
    static Outcome record(BatchId id, HonourSource source, List<HonourEntry> lines, List<String> fields,
                          List<HonourEntry> recorded, Clock clock) {
        List<FieldError> duplicates = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        recorded.forEach(e -> keys.add(e.key()));
        Map<String, RecipientKind> kinds = new java.util.HashMap<>();
        recorded.forEach(e -> kinds.put(e.recipientId(), e.recipientKind()));
        Set<String> inBatch = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            HonourEntry line = lines.get(i);
            if (keys.contains(line.key())) {
                duplicates.add(new FieldError(fields.get(i) + "award", line.recipientId() + " already has "
                        + line.awardName() + " for " + line.year() + " in the history"));
            } else if (!inBatch.add(line.key())) {
                duplicates.add(new FieldError(fields.get(i) + "award", line.recipientId() + " has "
                        + line.awardName() + " for " + line.year() + " twice in this batch"));
            }
            RecipientKind known = kinds.putIfAbsent(line.recipientId(), line.recipientKind());
            if (known != null && known != line.recipientKind()) {
                duplicates.add(new FieldError(fields.get(i) + "recipientKind", line.recipientId() + " is recorded as "
                        + known));
            }
        }
        if (!duplicates.isEmpty()) {
            return new Outcome(null, List.of(), duplicates);
        }
        HonourBatch batch = new HonourBatch(id, source, lines, clock.instant());
        return new Outcome(batch, batch.events(), List.of());
    }

    static HonourBatch restore(BatchId id, HonourSource source, List<HonourEntry> entries, Instant recordedAt) {
        return new HonourBatch(id, source, entries, recordedAt);
    }

    private List<HonourRecorded> events() {
        return entries.stream().map(e -> new HonourRecorded(UUID.randomUUID(), recordedAt, e.recipientId(), 0,
                id.value(), e.recipientKind().name(), e.recipientName(), e.unitCode(), e.year(), e.awardCode(),
                e.awardName(), e.decisionNumber(), e.decisionDate(), source.name())).toList();
    }

    BatchId id() {
        return id;
    }

    HonourSource source() {
        return source;
    }

    List<HonourEntry> entries() {
        return entries;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    /** A recorded batch with its events, or the problems that refused it. */
    record Outcome(HonourBatch batch, List<HonourRecorded> events, List<FieldError> problems) {
    }
}
