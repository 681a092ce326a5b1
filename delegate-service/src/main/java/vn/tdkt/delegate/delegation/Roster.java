package vn.tdkt.delegate.delegation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.tdkt.delegate.congress.CongressFacts;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;

/**
 * A congress's roster (danh sách đại biểu triệu tập): the delegates of the approved lists sent to it. Read straight
 * from those lists, which live in this service's own database: approving a list is the one write that puts its
 * delegates on the roster, and reopening it the one that takes them off, so the roster can never disagree with the
 * lists, lag behind them or miss an update after a crash (why not a projection: docs/design.md §4.10).
 */
@Service
class Roster {

    private final DelegateListService lists;

    Roster(DelegateListService lists) {
        this.lists = lists;
    }

    /** One page of the roster: by unit (in the allocation's order, then by code), then in each list's order. */
    PageResponse<Entry> page(String congressId, PageQuery page) {
        List<Entry> all = entries(congressId);
        int from = (int) Math.min(page.offset(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return PageResponse.of(page, all.subList(from, to), all.size());
    }

    /** The whole roster, in page order. */
    List<Entry> entries(String congressId) {
        CongressFacts congress = lists.congress(congressId);
        List<Entry> entries = new ArrayList<>();
        for (DelegateList list : ordered(congress)) {
            if (list.status() == ListStatus.APPROVED) {
                list.delegates().forEach(d -> entries.add(new Entry(list.id().unitCode(), d)));
            }
        }
        return entries;
    }

    /**
     * Per lower unit: its seats, the delegates its list proposes (whatever its status), those approved, the seats
     * still missing and what of its list's checks blocks or warns; then the totals and the roster's composition
     * against the congress's policy.
     */
    Summary summary(String congressId) {
        CongressFacts congress = lists.congress(congressId);
        Map<String, DelegateList> byUnit = new LinkedHashMap<>();
        lists.listsOf(congressId).forEach(list -> byUnit.put(list.id().unitCode(), list));
        Map<String, CheckReport> checks = lists.checksOfLists(congress);
        List<UnitLine> lines = new ArrayList<>();
        List<Delegate> approved = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        if (congress.allocation() != null) {
            congress.allocation().units().forEach(u -> codes.add(u.unitCode()));
        }
        byUnit.keySet().stream().filter(code -> !codes.contains(code)).forEach(codes::add);
        for (String code : codes) {
            DelegateList list = byUnit.get(code);
            int seats = congress.seatsOf(code).orElse(0);
            int proposed = list == null ? 0 : list.delegates().size();
            int approvedHere = list != null && list.status() == ListStatus.APPROVED ? proposed : 0;
            if (approvedHere > 0) {
                approved.addAll(list.delegates());
            }
            CheckReport report = checks.get(code);
            lines.add(new UnitLine(code, seats, proposed, approvedHere, Math.max(0, seats - approvedHere),
                    list == null ? null : list.status(), list == null ? null : list.version(),
                    report == null ? null : report.blocking().size(),
                    report == null ? null : report.warnings().size()));
        }
        int seats = lines.stream().mapToInt(UnitLine::seats).sum();
        int proposed = lines.stream().mapToInt(UnitLine::proposed).sum();
        int missing = lines.stream().mapToInt(UnitLine::missing).sum();
        List<ListCheck> composition = new ArrayList<>();
        composition.add(ListPolicies.exemplaryShare(approved, congress.policy()));
        composition.addAll(ListPolicies.compositionTargets(approved, congress.policy()));
        return new Summary(congress.id(), congress.organiserUnitCode(), congress.maxDelegates(),
                congress.allocation() == null ? null : congress.allocation().version(), lines,
                new Totals(seats, proposed, approved.size(), missing), composition);
    }

    CongressFacts congress(String congressId) {
        return lists.congress(congressId);
    }

    private List<DelegateList> ordered(CongressFacts congress) {
        Map<String, DelegateList> byUnit = new LinkedHashMap<>();
        if (congress.allocation() != null) {
            congress.allocation().units().forEach(u -> byUnit.put(u.unitCode(), null));
        }
        lists.listsOf(congress.id()).forEach(list -> byUnit.put(list.id().unitCode(), list));
        return byUnit.values().stream().filter(java.util.Objects::nonNull).toList();
    }

    /** A delegate on the roster and the unit that sends them. */
    record Entry(String unitCode, Delegate delegate) {
    }

    /**
     * One lower unit: its seats, the delegates its list proposes, those approved, the seats still missing; and of its
     * list (all null when it has none) the status, version, and how many checks block approval or warn now.
     */
    record UnitLine(String unitCode, int seats, int proposed, int approved, int missing, ListStatus status,
                    Long version, Integer blocking, Integer warnings) {
    }

    record Totals(int seats, int proposed, int approved, int missing) {
    }

    /**
     * @param allocationVersion the version of the congress's seat allocation, null before any
     * @param composition       the roster's exemplary share and composition targets, with figures
     */
    record Summary(String congressId, String organiserUnitCode, int maxDelegates, Long allocationVersion,
                   List<UnitLine> units, Totals totals, List<ListCheck> composition) {
    }
}
