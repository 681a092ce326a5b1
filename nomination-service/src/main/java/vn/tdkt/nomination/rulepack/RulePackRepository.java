package vn.tdkt.nomination.rulepack;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static vn.tdkt.support.outbox.OutboxWrites.pending;
import static vn.tdkt.support.outbox.OutboxWrites.stateOnly;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Repository;
import vn.tdkt.events.nomination.NominationEvent;
import vn.tdkt.support.outbox.OutboxWrites;

/** The record of each loaded pack, written with its event in one document write. */
@Repository
class RulePackRepository {

    private final MongoOperations mongo;
    private final OutboxWrites outbox;

    RulePackRepository(MongoOperations mongo, OutboxWrites outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    Optional<RulePackRecord> find(String id) {
        return Optional.ofNullable(mongo.findOne(stateOnly(where("_id").is(id)), RulePackRecord.class));
    }

    void insert(RulePack pack, Instant at, NominationEvent event) {
        outbox.insert(record(pack, at, null, List.of(event)));
    }

    void update(RulePack pack, Instant at, long readVersion, NominationEvent event) {
        outbox.update(record(pack, at, readVersion, List.of(event)));
    }

    private static RulePackRecord record(RulePack pack, Instant at, Long version, List<NominationEvent> events) {
        return new RulePackRecord(pack.id(), pack.name(), pack.jurisdiction(), pack.basePackId(), pack.effectiveFrom(),
                pack.effectiveTo(), pack.sha256(), pack.awards().keySet().stream().sorted().toList(), at, version,
                pending(events));
    }
}
