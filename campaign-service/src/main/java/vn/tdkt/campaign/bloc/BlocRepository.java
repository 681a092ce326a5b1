package vn.tdkt.campaign.bloc;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static vn.tdkt.support.outbox.OutboxWrites.pending;
import static vn.tdkt.support.outbox.OutboxWrites.stateOnly;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.events.bloc.BlocEvent;
import vn.tdkt.support.outbox.OutboxWrites;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;

/** Bloc years in MongoDB, each stored with the events of its last changes until the relay publishes them. */
@Repository
class BlocRepository {

    private final MongoOperations mongo;
    private final OutboxWrites outbox;

    BlocRepository(MongoOperations mongo, OutboxWrites outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    Optional<EmulationBloc> find(BlocId id) {
        return Optional.ofNullable(mongo.findOne(stateOnly(where("_id").is(id.value())), BlocDocument.class))
                .map(BlocDocument::toBloc);
    }

    /** One page of the blocs matching the filters given; by year, name, then id. */
    PageResponse<EmulationBloc> findAll(Integer year, UnitCode organiser, UnitCode member, PageQuery page) {
        Query query = stateOnly(null);
        if (year != null) {
            query.addCriteria(where("year").is(year));
        }
        if (organiser != null) {
            query.addCriteria(where("organiserUnitCode").is(organiser.value()));
        }
        if (member != null) {
            query.addCriteria(where("memberUnitCodes").is(member.value()));
        }
        long total = mongo.count(query, BlocDocument.class);
        List<EmulationBloc> items = mongo.find(query.with(Sort.by("year", "name", "_id")).skip(page.offset())
                .limit(page.size()), BlocDocument.class).stream().map(BlocDocument::toBloc).toList();
        return PageResponse.of(page, items, total);
    }

    /** The blocs still being set up (drafted or out for signature) that count any of {@code units} as a member. */
    List<EmulationBloc> settingUpWithAnyMember(Collection<UnitCode> units) {
        Query query = stateOnly(where("memberUnitCodes").in(units.stream().map(UnitCode::value).toList())
                .and("phase").in(BlocPhase.DRAFT.name(), BlocPhase.COVENANT_SIGNING.name()));
        return mongo.find(query.with(Sort.by("_id")), BlocDocument.class).stream().map(BlocDocument::toBloc).toList();
    }

    void insert(EmulationBloc bloc, List<BlocEvent> events) {
        BlocDocument stored = outbox.insert(BlocDocument.of(bloc, pending(events)));
        bloc.stored(stored.version());
    }

    void update(EmulationBloc bloc, List<BlocEvent> events) {
        bloc.stored(outbox.update(BlocDocument.of(bloc, pending(events))));
    }
}
