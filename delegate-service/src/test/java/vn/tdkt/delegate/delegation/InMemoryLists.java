package vn.tdkt.delegate.delegation;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mockito.Mockito;
import org.springframework.beans.factory.ObjectProvider;
import vn.tdkt.delegate.congress.CongressCatalog;
import vn.tdkt.delegate.exemplary.ExemplaryDirectory;
import vn.tdkt.events.congress.DelegateListEvent;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.testing.DemoUnitTree;

/**
 * Delegate lists kept in a map behind the repository's interface (each read a fresh copy, each write a new version,
 * the events of every write kept in order), and the service over them, for tests without MongoDB.
 */
final class InMemoryLists {

    final Map<String, DelegateList> stored = new LinkedHashMap<>();
    final List<DelegateListEvent> published = new java.util.ArrayList<>();
    final DelegateListRepository repository = mock(DelegateListRepository.class);

    @SuppressWarnings("unchecked")
    InMemoryLists() {
        when(repository.find(any())).thenAnswer(call -> Optional.ofNullable(
                stored.get(((DelegateListId) call.getArgument(0)).value())).map(InMemoryLists::copy));
        Mockito.doAnswer(call -> save(call.getArgument(0), call.getArgument(1))).when(repository)
                .insert(any(), anyList());
        Mockito.doAnswer(call -> save(call.getArgument(0), call.getArgument(1))).when(repository)
                .update(any(), anyList());
        when(repository.ofCongresses(any())).thenAnswer(call -> stored.values().stream()
                .filter(l -> ((Collection<String>) call.getArgument(0)).contains(l.id().congressId()))
                .sorted(java.util.Comparator.comparing((DelegateList l) -> l.id().congressId())
                        .thenComparing(l -> l.id().unitCode()))
                .map(InMemoryLists::copy).toList());
    }

    @SuppressWarnings("unchecked")
    DelegateListService service(CongressCatalog congresses, ExemplaryDirectory exemplary) {
        ObjectProvider<Clock> clock = mock(ObjectProvider.class);
        when(clock.getIfAvailable(any())).thenReturn(DelegateListTest.CLOCK);
        return new DelegateListService(repository, congresses, exemplary, new DemoUnitTree(), mock(OutboxRelay.class),
                clock);
    }

    private Object save(DelegateList list, List<DelegateListEvent> events) {
        list.stored(list.version() == null ? 0 : list.version() + 1);
        stored.put(list.id().value(), copy(list));
        published.addAll(events);
        return null;
    }

    static DelegateList copy(DelegateList l) {
        return DelegateList.restore(l.id(), l.createdAt(), l.delegates(), l.history(), l.status(), l.lastNumber(),
                l.version());
    }
}
