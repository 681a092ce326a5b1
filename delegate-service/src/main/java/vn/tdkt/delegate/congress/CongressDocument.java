package vn.tdkt.delegate.congress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.delegate.congress.CongressFacts.CompositionPolicy;
import vn.tdkt.delegate.congress.CongressFacts.CompositionTarget;
import vn.tdkt.support.outbox.PendingEvent;

/**
 * How a congress is stored: its state, the optimistic-lock version and its events not yet published. Dates are
 * ISO text ({@code yyyy-MM-dd}): they sort and compare as dates, and no time zone can shift them. The reminder
 * job also keeps {@code remindersSent} in the same document, outside this record, so that commands (which write
 * only these fields) never undo a reminder's mark (see {@link CongressRepository#remind}).
 */
@Document(CongressDocument.COLLECTION)
record CongressDocument(@Id String id, String organiserUnitCode, String title, String level, Integer staffCount,
                        CongressForm form, CongressStatus status, String date, int maxDelegates,
                        int exemplaryPercent, List<CompositionTarget> targets, List<String> agenda,
                        String upperCongressId, boolean pilot, String overrideReason, List<String> overrideConflicts,
                        List<Receipt> receipts, List<Allocation> allocations, Instant createdAt,
                        @Version Long version, List<PendingEvent> pendingEvents) {

    static final String COLLECTION = "congresses";

    /** The upper council received {@code document} on {@code receivedOn} (ISO text). */
    record Receipt(RequiredDocument document, String receivedOn) {
    }

    static CongressDocument of(Congress congress, List<PendingEvent> newEvents) {
        Congress.ScheduleOverride override = congress.scheduleOverride();
        return new CongressDocument(congress.id().value(), congress.organiserUnitCode(), congress.title(),
                congress.level(), congress.staffCount(), congress.form(), congress.status(), congress.date().toString(),
                congress.maxDelegates(), congress.policy().exemplaryPercent(), congress.policy().targets(),
                congress.agenda(), congress.upperCongressId() == null ? null : congress.upperCongressId().value(),
                congress.pilot(), override == null ? null : override.reason(),
                override == null ? null : override.conflicts(),
                congress.received().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> new Receipt(e.getKey(), e.getValue().toString())).toList(),
                congress.allocations(), congress.createdAt(), congress.version(), newEvents);
    }

    Congress toCongress() {
        Map<RequiredDocument, LocalDate> received = new EnumMap<>(RequiredDocument.class);
        orEmpty(receipts).forEach(r -> received.put(r.document(), LocalDate.parse(r.receivedOn())));
        Congress.Plan plan = new Congress.Plan(organiserUnitCode, title, LocalDate.parse(date), maxDelegates,
                new CompositionPolicy(exemplaryPercent, orEmpty(targets)), orEmpty(agenda),
                upperCongressId == null ? null : new CongressId(upperCongressId), pilot);
        return Congress.restore(new CongressId(id), plan, level, staffCount, form, status,
                overrideReason == null ? null : new Congress.ScheduleOverride(overrideReason, orEmpty(overrideConflicts)),
                received, orEmpty(allocations), createdAt, version);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
