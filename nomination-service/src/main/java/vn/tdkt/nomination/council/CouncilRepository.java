package vn.tdkt.nomination.council;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static vn.tdkt.support.outbox.OutboxWrites.pending;
import static vn.tdkt.support.outbox.OutboxWrites.stateOnly;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Repository;
import vn.tdkt.events.nomination.NominationEvent;
import vn.tdkt.support.outbox.OutboxWrites;

/** Councils in MongoDB, each written with its events in one document write. */
@Repository
class CouncilRepository {

    private final MongoOperations mongo;
    private final OutboxWrites outbox;

    CouncilRepository(MongoOperations mongo, OutboxWrites outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    Optional<Council> find(String unitCode) {
        return Optional.ofNullable(mongo.findOne(stateOnly(where("_id").is(unitCode)), CouncilDocument.class))
                .map(CouncilDocument::toCouncil);
    }

    /** Every council by unit code: one per unit, so a province has at most a few hundred. */
    List<Council> all() {
        return mongo.find(stateOnly(null).with(Sort.by("_id")), CouncilDocument.class).stream()
                .map(CouncilDocument::toCouncil).toList();
    }

    void insert(Council council, List<NominationEvent> events) {
        council.stored(outbox.insert(CouncilDocument.of(council, pending(events))).version());
    }

    void update(Council council, List<NominationEvent> events) {
        council.stored(outbox.update(CouncilDocument.of(council, pending(events))));
    }
}
