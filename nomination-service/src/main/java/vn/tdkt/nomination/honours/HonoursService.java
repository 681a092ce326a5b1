package vn.tdkt.nomination.honours;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.tdkt.events.nomination.HonourSource;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.problem.ConflictException;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.RuleViolationException;

/** Records honours history, one line or a whole CSV file at a time, and reads it back per recipient. */
@Service
class HonoursService implements HonoursHistory, DecisionHonours {

    private final HonoursRepository repository;
    private final OutboxRelay relay;
    private final Clock clock;

    HonoursService(HonoursRepository repository, OutboxRelay relay, Clock clock) {
        this.repository = repository;
        this.relay = relay;
        this.clock = clock;
    }

    /** The CSV's lines, checked in full: any bad line refuses the whole file (400 naming each line). */
    List<HonourEntry> parseCsv(String text, List<String> fields) {
        List<FieldError> errors = new ArrayList<>();
        List<HonourEntry> lines = HonoursCsv.read(text, fields, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return lines;
    }

    HonourBatch importCsv(List<HonourEntry> lines, List<String> fields) {
        HonourBatch.Outcome outcome = HonourBatch.record(BatchId.newId(), HonourSource.CSV_IMPORT, lines, fields,
                recordedFor(lines), clock);
        if (!outcome.problems().isEmpty()) {
            throw new RuleViolationException("The import repeats or contradicts the history; nothing was recorded",
                    outcome.problems());
        }
        return store(outcome);
    }

    HonourBatch recordOne(HonourEntry line) {
        HonourBatch.Outcome outcome = HonourBatch.record(BatchId.newId(), HonourSource.API, List.of(line),
                List.of(""), recordedFor(List.of(line)), clock);
        if (!outcome.problems().isEmpty()) {
            FieldError first = outcome.problems().getFirst();
            if (first.field().equals("award")) {
                throw new ConflictException(first.message());
            }
            throw new RuleViolationException(first.message(), outcome.problems());
        }
        return store(outcome);
    }

    private HonourBatch store(HonourBatch.Outcome outcome) {
        repository.insert(outcome.batch(), outcome.events());
        relay.nudge();
        return outcome.batch();
    }

    private List<HonourEntry> recordedFor(List<HonourEntry> lines) {
        return repository.linesOf(lines.stream().map(HonourEntry::recipientId).distinct().toList());
    }

    List<HonourEntry> linesOf(String recipientId) {
        return repository.linesOf(List.of(recipientId));
    }

    @Override
    public List<FieldError> conflicts(List<Conferral> honours, List<String> fields) {
        List<HonourEntry> lines = honours.stream().map(HonoursService::entry).toList();
        return HonourBatch.record(BatchId.newId(), HonourSource.DECISION, lines, fields, recordedFor(lines), clock)
                .problems();
    }

    @Override
    public void record(String decisionId, List<Conferral> honours) {
        BatchId id = new BatchId(decisionId);
        if (repository.exists(id)) {
            return;
        }
        List<HonourEntry> lines = honours.stream().map(HonoursService::entry).toList();
        List<HonourEntry> recorded = recordedFor(lines);
        Set<String> known = new HashSet<>(recorded.stream().map(HonourEntry::key).toList());
        // A line the history already has (e.g. entered by hand after the check) is the same fact: not repeated.
        List<HonourEntry> fresh = lines.stream().filter(line -> !known.contains(line.key())).toList();
        HonourBatch.Outcome outcome = HonourBatch.record(id, HonourSource.DECISION, fresh,
                fresh.stream().map(line -> line.recipientId() + ".").toList(), recorded, clock);
        if (!outcome.problems().isEmpty()) {
            throw new RuleViolationException("The decision's honours contradict the history", outcome.problems());
        }
        try {
            store(outcome);
        } catch (DuplicateKeyException alreadyRecorded) {
            // another instance completing the same decision recorded it first: done
        }
    }

    private static HonourEntry entry(Conferral c) {
        return new HonourEntry(c.recipientId(), c.recipientKind(), c.recipientName(), c.unitCode(), c.year(),
                c.awardCode(), c.awardName(), c.decisionNumber(), c.decisionDate());
    }

    @Override
    public List<Line> of(String recipientId) {
        return repository.historyOf(List.of(recipientId));
    }

    @Override
    public Map<String, List<Line>> ofAll(Collection<String> recipientIds) {
        return repository.historyOf(recipientIds).stream().collect(Collectors.groupingBy(Line::recipientId));
    }

    @Override
    public Map<String, Long> countByAward(Collection<String> unitCodes, int year) {
        return repository.linesOf(unitCodes, year).stream().collect(Collectors.groupingBy(HonourEntry::awardCode,
                TreeMap::new, Collectors.counting()));
    }

    @Override
    public Optional<String> unitOf(String recipientId) {
        List<HonourEntry> lines = linesOf(recipientId);
        return lines.isEmpty() ? Optional.empty() : Optional.of(lines.getLast().unitCode());
    }
}
