package vn.tdkt.nomination.council;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.council.VotingAgenda.AgendaItem;
import vn.tdkt.support.outbox.PendingEvent;

/**
 * A voting session as stored. What it holds about ballots, and why nothing more:
 * <ul>
 * <li>per dossier ({@code items}) the members who took part, kept sorted by name (a ballot's {@code $push} sorts
 * the list, so its order says nothing of who voted when) and three counters;</li>
 * <li>{@code receipts}: the SHA-256 of each ballot's receipt, kept sorted by hash (random order);</li>
 * <li>{@code ballotsCast}: how many ballots in all (the sum of the participant lists), the guard that lets
 * closing count exactly the ballots it read.</li>
 * </ul>
 * A ballot does not change {@code version}, so no version number orders the ballots either.
 */
@Document(SessionDocument.COLLECTION)
@CompoundIndex(name = "council_opened", def = "{'councilUnitCode': 1, 'openedAt': -1, '_id': 1}")
@CompoundIndex(name = "unapplied", def = "{'status': 1, 'resultsApplied': 1, 'closedAt': 1}")
record SessionDocument(@Id String id, String councilUnitCode, String councilName, String title, List<String> members,
                       Instant openedAt, String openedBy, List<Item> items, int ballotsCast, List<String> receipts,
                       String status, Instant closedAt, String closedBy, VotingSession.RecordedRule recordedRule,
                       List<VotingSession.Outcome> outcomes, boolean resultsApplied, @Version Long version,
                       List<PendingEvent> pendingEvents) {

    static final String COLLECTION = "council_sessions";

    /** A dossier on the agenda with its counters; the counters' field names are {@link Choice#counter}. */
    record Item(String nominationId, String nomineeName, String nomineeUnitCode, String awardCode, String awardName,
                int year, String rulePackId, List<String> participants, int approvals, int rejections, int blanks) {
    }

    static SessionDocument opened(VotingSession session, List<PendingEvent> events) {
        VotingSession.Opening o = session.opening();
        List<Item> items = session.lines().stream().map(l -> {
            AgendaItem i = l.item();
            return new Item(i.nominationId(), i.nomineeName(), i.nomineeUnitCode(), i.awardCode(), i.awardName(),
                    i.year(), i.rulePackId(), List.of(), 0, 0, 0);
        }).toList();
        return new SessionDocument(session.id().value(), o.councilUnitCode(), o.councilName(), o.title(), o.members(),
                o.openedAt(), o.openedBy(), items, 0, List.of(), VotingSession.Status.OPEN.name(), null, null, null,
                null, false, null, events);
    }

    VotingSession toSession() {
        List<VotingSession.Line> lines = items.stream().map(i -> new VotingSession.Line(
                new AgendaItem(i.nominationId(), i.nomineeName(), i.nomineeUnitCode(), i.awardCode(), i.awardName(),
                        i.year(), i.rulePackId()),
                new Tally(i.participants() == null ? List.of() : i.participants(), i.approvals(), i.rejections(),
                        i.blanks()))).toList();
        VotingSession.Closing closing = closedAt == null ? null
                : new VotingSession.Closing(closedAt, closedBy, recordedRule, outcomes == null ? List.of() : outcomes);
        return VotingSession.restore(new SessionId(id), new VotingSession.Opening(councilUnitCode, councilName, title,
                members == null ? List.of() : members, openedAt, openedBy), lines, closing, resultsApplied, version);
    }
}
