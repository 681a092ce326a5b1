package vn.tdkt.nomination.council;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.RuleViolationException;

/** An in-memory {@link VotingAgenda}: dossiers ready for a council, and the results applied to them. */
final class FakeAgenda implements VotingAgenda {

    final Map<String, AgendaItem> ready = new LinkedHashMap<>();
    /** session id → nomination id → result, as the dossiers would keep them (idempotent). */
    final Map<String, Map<String, VoteResult>> applied = new ConcurrentHashMap<>();
    volatile boolean failing;

    FakeAgenda with(AgendaItem... items) {
        for (AgendaItem item : items) {
            ready.put(item.nominationId(), item);
        }
        return this;
    }

    @Override
    public List<AgendaItem> itemsFor(String councilUnitCode, List<String> nominationIds) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < nominationIds.size(); i++) {
            if (!ready.containsKey(nominationIds.get(i))) {
                errors.add(new FieldError("nominationIds[" + i + "]", nominationIds.get(i)
                        + " is not an appraised dossier addressed to " + councilUnitCode));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException("Some dossiers may not be put to the vote", errors);
        }
        return nominationIds.stream().map(ready::get).toList();
    }

    @Override
    public void applyResults(String sessionId, List<VoteResult> results) {
        if (failing) {
            throw new IllegalStateException("the dossiers are unavailable");
        }
        Map<String, VoteResult> bySession = applied.computeIfAbsent(sessionId, s -> new ConcurrentHashMap<>());
        results.forEach(r -> bySession.putIfAbsent(r.nominationId(), r));
    }
}
