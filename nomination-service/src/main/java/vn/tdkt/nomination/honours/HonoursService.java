package vn.tdkt.nomination.honours;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.tdkt.events.nomination.HonourSource;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.problem.ConflictException;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.RuleViolationException;

/** Records honours history, one line or a whole CSV file at a time, and reads it back per recipient. */
@Service
class HonoursService implements HonoursHistory {

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
    public List<Line> of(String recipientId) {
        return linesOf(recipientId).stream().map(e -> new Line(e.recipientId(), e.recipientKind(), e.unitCode(),
                e.year(), e.awardCode())).toList();
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
