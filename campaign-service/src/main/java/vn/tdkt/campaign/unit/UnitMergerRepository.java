package vn.tdkt.campaign.unit;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Mergers as requested: the record that lets an interrupted merger be completed. */
@Repository
class UnitMergerRepository {

    private final MongoOperations mongo;

    UnitMergerRepository(MongoOperations mongo) {
        this.mongo = mongo;
    }

    void insert(UnitMergerDocument merger) {
        mongo.insert(merger);
    }

    void save(UnitMergerDocument merger) {
        mongo.save(merger);
    }

    Optional<UnitMergerDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, UnitMergerDocument.class));
    }

    /** Mergers still pending that were recorded before {@code before}, oldest first. */
    List<UnitMergerDocument> pendingBefore(Instant before, int limit) {
        return mongo.find(new Query(where("status").is(UnitMergerDocument.PENDING).and("createdAt").lt(before))
                .with(Sort.by("createdAt", "_id")).limit(limit), UnitMergerDocument.class);
    }
}
