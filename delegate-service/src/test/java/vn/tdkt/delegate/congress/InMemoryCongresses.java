package vn.tdkt.delegate.congress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.tdkt.events.congress.CongressEvent;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;

/** The repository's contract in memory, with the events each write stored, for service tests without MongoDB. */
class InMemoryCongresses extends CongressRepository {

    final Map<CongressId, Congress> stored = new LinkedHashMap<>();
    final List<CongressEvent> events = new ArrayList<>();
    final Set<String> reminded = new HashSet<>();

    InMemoryCongresses() {
        super(null, null);
    }

    @Override
    Optional<Congress> find(CongressId id) {
        return Optional.ofNullable(stored.get(id));
    }

    @Override
    PageResponse<Congress> page(String organiser, CongressId upper, PageQuery page) {
        List<Congress> all = stored.values().stream()
                .filter(c -> organiser == null || c.organiserUnitCode().equals(organiser))
                .filter(c -> upper == null || upper.equals(c.upperCongressId())).sorted(BY_DATE).toList();
        return PageResponse.of(page, all.stream().skip(page.offset()).limit(page.size()).toList(), all.size());
    }

    @Override
    List<Congress> lowerOf(Collection<CongressId> uppers, int limit) {
        return stored.values().stream().filter(c -> c.upperCongressId() != null && uppers.contains(c.upperCongressId()))
                .filter(c -> c.status() != CongressStatus.CANCELLED).sorted(BY_DATE).limit(limit).toList();
    }

    @Override
    Optional<Congress> live(String organiser, CongressId upper) {
        return stored.values().stream().filter(c -> c.organiserUnitCode().equals(organiser)
                && java.util.Objects.equals(c.upperCongressId(), upper) && c.status() != CongressStatus.CANCELLED)
                .findFirst();
    }

    @Override
    List<Congress> plannedBetween(LocalDate from, LocalDate to, int limit) {
        return stored.values().stream().filter(c -> c.status() == CongressStatus.PLANNED)
                .filter(c -> !c.date().isBefore(from) && !c.date().isAfter(to)).sorted(BY_DATE).limit(limit).toList();
    }

    /** As the unique index does: a second live congress of a unit below the same upper congress is refused. */
    @Override
    void insert(Congress congress, List<CongressEvent> newEvents) {
        boolean taken = stored.values().stream().anyMatch(c -> c.organiserUnitCode().equals(congress.organiserUnitCode())
                && java.util.Objects.equals(c.upperCongressId(), congress.upperCongressId())
                && c.status() != CongressStatus.CANCELLED);
        if (taken) {
            throw new org.springframework.dao.DuplicateKeyException("E11000 " + ONE_LIVE_PER_UPPER);
        }
        congress.stored(0);
        stored.put(congress.id(), congress);
        events.addAll(newEvents);
    }

    @Override
    void update(Congress congress, List<CongressEvent> newEvents) {
        congress.stored(congress.version() + 1);
        stored.put(congress.id(), congress);
        events.addAll(newEvents);
    }

    @Override
    boolean remind(CongressId id, long readAt, String key, CongressEvent reminder) {
        Congress current = stored.get(id);
        if (current.status() != CongressStatus.PLANNED || current.version() != readAt
                || !reminded.add(id.value() + ":" + key)) {
            return false;
        }
        events.add(reminder);
        return true;
    }

    private static final Comparator<Congress> BY_DATE =
            Comparator.comparing(Congress::date).thenComparing(c -> c.id().value());
}
