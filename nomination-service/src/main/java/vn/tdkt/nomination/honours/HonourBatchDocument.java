package vn.tdkt.nomination.honours;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.events.nomination.HonourSource;
import vn.tdkt.support.outbox.PendingEvent;

/** A batch as stored: its lines (indexed by recipient for the history reads) and its events until published. */
@Document(HonourBatchDocument.COLLECTION)
record HonourBatchDocument(@Id String id, HonourSource source, Instant recordedAt,
                           List<HonourEntry> entries, @Version Long version,
                           List<PendingEvent> pendingEvents) {

    static final String COLLECTION = "honour_batches";
}
