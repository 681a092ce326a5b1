package vn.tdkt.nomination.dossier;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.tdkt.nomination.honours.HonoursHistory;
import vn.tdkt.nomination.initiative.InitiativeLedger;
import vn.tdkt.nomination.rulepack.RulePackProperties;
import vn.tdkt.nomination.rulepack.RulePacks;
import vn.tdkt.support.campaigndirectory.CampaignDirectory;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.unitdirectory.DirectoryUnit;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/**
 * What the dossier web slices share: the shipped rule packs (so authority and quotas are the real ones), the
 * demo unit tree with its levels, and a mocked repository that keeps dossiers in a map like the real one
 * (version guard and the unique live key included), so a slice can walk the workflow.
 */
@TestConfiguration(proxyBeanMethods = false)
class DossierSlice {

    static final Map<String, String> LEVELS = Map.of("LS", "PROVINCE", "LS-CL", "DISTRICT", "LS-HL", "DISTRICT",
            "LS-STC", "DEPARTMENT", "LS-CL-NL", "COMMUNE", "LS-CL-DM", "COMMUNE");

    @Bean
    RulePacks rulePacks() {
        return RulePacks.load(new RulePackProperties(null));
    }

    static Map<String, Nomination> wire(NominationRepository repository, UnitDirectory units,
                                        CampaignDirectory campaigns, HonoursHistory honours,
                                        InitiativeLedger initiatives) {
        Map<String, Nomination> store = new LinkedHashMap<>();
        when(repository.find(any())).thenAnswer(call -> Optional.ofNullable(
                store.get(call.<NominationId>getArgument(0).value())).map(DossierSlice::copy));
        when(repository.findAll(any())).thenAnswer(call -> call.<Collection<String>>getArgument(0).stream()
                .filter(store::containsKey).collect(Collectors.toMap(id -> id, id -> copy(store.get(id)))));
        when(repository.findLive(anyString())).thenAnswer(call -> store.values().stream()
                .filter(n -> call.getArgument(0).equals(n.liveKey())).findFirst().map(DossierSlice::copy));
        doAnswer(call -> {
            Nomination n = call.getArgument(0);
            if (store.containsKey(n.id().value()) || store.values().stream()
                    .anyMatch(o -> o.liveKey() != null && o.liveKey().equals(n.liveKey()))) {
                throw new DuplicateKeyException("E11000 duplicate key");
            }
            n.stored(0);
            store.put(n.id().value(), copy(n));
            return null;
        }).when(repository).insert(any(), any());
        doAnswer(call -> {
            Nomination n = call.getArgument(0);
            Nomination stored = store.get(n.id().value());
            if (stored == null || !stored.version().equals(n.version())) {
                throw new OptimisticLockingFailureException("changed concurrently");
            }
            n.stored(n.version() + 1);
            store.put(n.id().value(), copy(n));
            return null;
        }).when(repository).update(any(), any());
        when(repository.search(any(), any())).thenAnswer(call -> {
            PageQuery page = call.getArgument(1);
            List<Nomination> all = List.copyOf(store.values());
            return PageResponse.of(page, all.stream().skip(page.offset()).limit(page.size()).toList(), all.size());
        });
        when(repository.subtree(anyString())).thenAnswer(call -> subtree(call.getArgument(0)));
        when(repository.addressedFor(anyString(), anyInt())).thenReturn(List.of());
        when(units.find(anyString())).thenAnswer(call -> Optional.ofNullable(LEVELS.get(call.<String>getArgument(0)))
                .map(level -> new DirectoryUnit(call.getArgument(0), call.getArgument(0), level,
                        DemoUnitTree.PARENTS.get(call.<String>getArgument(0)), 10, List.of(), 1, Instant.EPOCH)));
        when(units.findAll(any())).thenAnswer(call -> {
            Map<String, DirectoryUnit> found = new LinkedHashMap<>();
            call.<Collection<String>>getArgument(0).forEach(code -> units.find(code).ifPresent(u -> found.put(code, u)));
            return found;
        });
        when(campaigns.find(anyString())).thenReturn(Optional.empty());
        when(honours.of(anyString())).thenReturn(List.of());
        when(honours.countByAward(any(), anyInt())).thenReturn(Map.of());
        when(initiatives.byAuthor(anyString())).thenReturn(List.of());
        return store;
    }

    static Set<String> subtree(String unit) {
        DemoUnitTree tree = new DemoUnitTree();
        return LEVELS.keySet().stream().filter(code -> tree.isWithin(code, unit)).collect(Collectors.toSet());
    }

    /** A copy through the document, as a read from the database would give. */
    static Nomination copy(Nomination n) {
        return NominationDocument.of(n, List.of()).toNomination();
    }
}
