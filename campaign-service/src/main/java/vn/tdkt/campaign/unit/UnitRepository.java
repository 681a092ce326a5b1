package vn.tdkt.campaign.unit;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static vn.tdkt.support.outbox.OutboxWrites.pending;
import static vn.tdkt.support.outbox.OutboxWrites.stateOnly;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.support.outbox.OutboxWrites;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.events.unit.UnitEvent;

/** Units in MongoDB, each stored with the events of its last changes until the relay publishes them. */
@Repository
class UnitRepository {

    private final MongoOperations mongo;
    private final OutboxWrites outbox;

    UnitRepository(MongoOperations mongo, OutboxWrites outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    Optional<Unit> find(UnitCode code) {
        return Optional.ofNullable(mongo.findOne(stateOnly(where("_id").is(code.value())), UnitDocument.class))
                .map(UnitDocument::toUnit);
    }

    /** One page of all units, or of the children of {@code parentCode}; by code. */
    PageResponse<Unit> findAll(UnitCode parentCode, PageQuery page) {
        Query query = parentCode == null ? stateOnly(null) : stateOnly(where("parentCode").is(parentCode.value()));
        long total = mongo.count(query, UnitDocument.class);
        List<Unit> items = mongo.find(query.with(Sort.by("_id")).skip(page.offset()).limit(page.size()),
                UnitDocument.class).stream().map(UnitDocument::toUnit).toList();
        return PageResponse.of(page, items, total);
    }

    /** The parent of a registered unit, read without the rest of the document. */
    Optional<String> parentOf(String code) {
        Query query = new Query(where("_id").is(code));
        query.fields().include("parentCode");
        return Optional.ofNullable(mongo.findOne(query, UnitDocument.class)).map(UnitDocument::parentCode);
    }

    Set<UnitCode> existing(Collection<UnitCode> codes) {
        Query query = new Query(where("_id").in(codes.stream().map(UnitCode::value).toList()));
        query.fields().include("_id");
        return mongo.find(query, UnitDocument.class).stream().map(d -> new UnitCode(d.code()))
                .collect(Collectors.toSet());
    }

    void insert(Unit unit, List<UnitEvent> events) {
        UnitDocument stored = outbox.insert(UnitDocument.of(unit, pending(events)));
        unit.stored(stored.version());
    }

    void update(Unit unit, List<UnitEvent> events) {
        unit.stored(outbox.update(UnitDocument.of(unit, pending(events))));
    }
}
