package vn.tdkt.benchmarks.campaign;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.benchmarks.stack.Arrivals;
import vn.tdkt.benchmarks.stack.Latencies;
import vn.tdkt.benchmarks.stack.ServiceStack;
import vn.tdkt.events.Topics;

/**
 * From a command to its event on Kafka: {@code PUT /api/v1/units/{code}} changing one unit's staff count
 * (the service reads the unit, checks the caller, saves the new state with its {@code UnitUpdated} event in
 * the document's outbox and nudges the relay), until a {@code read_committed} consumer of
 * {@code tdkt.unit.events} receives that event (matched by key and the new staff count). One command at a
 * time, each waiting for its event, so every figure is one command's own latency and not a queue's.
 */
final class RelayLatency implements AutoCloseable {

    private static final Pattern STAFF = Pattern.compile("\"staffCount\":(\\d+)");

    record Result(Latencies commandToEvent, Latencies commandAnswered) {
    }

    private final ServiceStack stack;
    private final Arrivals arrivals;
    /** Each command sets a staff count never set before, so that it really changes its unit (an unchanged PUT has no event). */
    private int nextStaffCount;

    /** @param firstStaffCount the staff count of the first command; phases start far apart */
    RelayLatency(ServiceStack stack, int firstStaffCount) {
        this.stack = stack;
        this.nextStaffCount = firstStaffCount;
        this.arrivals = new Arrivals(stack.infra.kafkaBootstrapServers(), Topics.UNIT_EVENTS, record -> {
            Matcher m = record.value() == null ? null : STAFF.matcher(record.value());
            return m != null && m.find() ? record.key() + "#" + m.group(1) : null;
        });
    }

    /** {@code warmup} unmeasured commands, then {@code count} measured ones, over {@code units} in turn. */
    Result measure(UnitRows rows, List<Integer> units, int warmup, int count) {
        List<Long> toEvent = new ArrayList<>(count);
        List<Long> answered = new ArrayList<>(count);
        int lost = 0;
        for (int i = 0; i < warmup + count; i++) {
            UnitRows.Row row = rows.row(units.get(i % units.size()));
            int staff = nextStaffCount++;
            String body = ServiceStack.JSON.writeValueAsString(updateRequest(row, staff));
            long start = System.nanoTime();
            ServiceStack.Answer answer = stack.putJson("/api/v1/units/" + row.code(), body);
            long done = System.nanoTime();
            if (answer.status() != 200) {
                throw new IllegalStateException("PUT /api/v1/units/" + row.code() + " answered " + answer.status()
                        + ": " + answer.body());
            }
            long at = arrivals.await(row.code() + "#" + staff, Duration.ofSeconds(60));
            if (i < warmup) {
                continue;
            }
            answered.add(done - start);
            if (at < 0) {
                lost++;
            } else {
                toEvent.add(at - start);
            }
        }
        return new Result(Latencies.of(toEvent, lost), Latencies.of(answered, 0));
    }

    /** The unit as it is, but for its staff count: a PUT replaces, so everything else is sent unchanged. */
    private static Map<String, Object> updateRequest(UnitRows.Row row, int staffCount) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", row.name());
        body.put("staffCount", staffCount);
        body.put("contactEmails", row.contactEmails());
        body.put("officer", contact(row.officer()));
        body.put("leader", contact(row.leader()));
        return body;
    }

    private static Map<String, Object> contact(UnitRows.Contact c) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", c.name());
        contact.put("title", c.title());
        contact.put("email", c.email());
        contact.put("phone", c.phone());
        return contact;
    }

    @Override
    public void close() {
        arrivals.close();
    }
}
