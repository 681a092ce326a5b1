package vn.tdkt.campaign.registration;

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
import vn.tdkt.events.registration.RegistrationEvent;
import vn.tdkt.support.outbox.OutboxWrites;

/** Registrations in MongoDB, each stored with the events of its last changes until the relay publishes them. */
@Repository
class RegistrationRepository {

    private final MongoOperations mongo;
    private final OutboxWrites outbox;

    RegistrationRepository(MongoOperations mongo, OutboxWrites outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    Optional<Registration> find(RegistrationId id) {
        return Optional.ofNullable(mongo.findOne(stateOnly(where("_id").is(id.value())), RegistrationDocument.class))
                .map(RegistrationDocument::toRegistration);
    }

    /** The units that have registered for a campaign, read from the index alone. */
    Set<String> registeredUnits(String campaignId) {
        Query query = new Query(where("campaignId").is(campaignId));
        query.fields().include("unitCode");
        return mongo.find(query, RegistrationDocument.class).stream().map(RegistrationDocument::unitCode)
                .collect(Collectors.toSet());
    }

    /** The registrations of these units for a campaign, by unit code. */
    List<Registration> findAll(String campaignId, Collection<String> unitCodes) {
        Query query = stateOnly(where("campaignId").is(campaignId).and("unitCode").in(unitCodes));
        return mongo.find(query.with(Sort.by("unitCode")), RegistrationDocument.class).stream()
                .map(RegistrationDocument::toRegistration).toList();
    }

    void insert(Registration registration, List<RegistrationEvent> events) {
        RegistrationDocument stored = outbox.insert(RegistrationDocument.of(registration, pending(events)));
        registration.stored(stored.version());
    }

    void update(Registration registration, List<RegistrationEvent> events) {
        registration.stored(outbox.update(RegistrationDocument.of(registration, pending(events))));
    }
}
