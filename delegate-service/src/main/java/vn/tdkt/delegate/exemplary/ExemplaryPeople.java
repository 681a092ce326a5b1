package vn.tdkt.delegate.exemplary;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.tdkt.events.nomination.Exemplar;
import vn.tdkt.events.nomination.ExemplarsRegistered;
import vn.tdkt.events.nomination.HonourConferred;
import vn.tdkt.events.nomination.NominationEvent;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;

/**
 * Keeps the exemplary people and collectives per unit from nomination-service's events, for choosing
 * delegates (#14). Safe to run twice: an honour is written under its decision and nomination; a registration's
 * entries are kept only for its newest version, so a redelivered, replayed or stale one changes nothing.
 */
@Service
class ExemplaryPeople implements ExemplaryDirectory {

    private final ExemplaryPeopleRepository people;

    ExemplaryPeople(ExemplaryPeopleRepository people) {
        this.people = people;
    }

    /** Every other nomination event (rule packs, honours history, reminders) is none of this projection's. */
    void apply(NominationEvent event) {
        switch (event) {
            case HonourConferred honour -> conferred(honour);
            case ExemplarsRegistered registration -> registered(registration);
            default -> {
                // not about exemplary people
            }
        }
    }

    /** The people and collectives of {@code unit}'s subtree (the unit projection's), by unit, name and id. */
    PageResponse<ExemplaryPerson> page(String unit, PageQuery page) {
        return people.page(people.subtree(unit), page);
    }

    @Override
    public Optional<Entry> find(String id) {
        return people.find(id).map(p -> new Entry(p.id(), p.unitCode(), p.recipientKind(), p.name(), p.position()));
    }

    private void conferred(HonourConferred e) {
        people.put(new ExemplaryPerson("honour:" + e.aggregateId() + ":" + e.nominationId(), ExemplaryPerson.DECISION,
                e.nomineeUnitCode(), e.recipientKind(), e.nomineeId(), e.nomineeName(), null, e.awardName(), null,
                e.awardCode(), e.year(), null, e.decisionNumber(), e.decisionDate(), null, null, e.occurredAt()));
    }

    private void registered(ExemplarsRegistered e) {
        long version = e.aggregateVersion();
        if (people.registrationVersion(e.aggregateId()) >= version) {
            return; // a newer or the same registration is applied already
        }
        List<Exemplar> entries = e.entries();
        for (int i = 0; i < entries.size(); i++) {
            Exemplar x = entries.get(i);
            people.put(new ExemplaryPerson("register:" + e.aggregateId() + ":" + (i + 1), ExemplaryPerson.REGISTER,
                    e.unitCode(), x.recipientKind(), null, x.name(), x.position(), x.achievement(), x.field(), null,
                    null, e.month(), e.aggregateId(), null, e.aggregateId(), version, e.occurredAt()));
        }
        people.dropOlderLines(e.aggregateId(), version);
        people.markApplied(e.aggregateId(), version);
    }
}
