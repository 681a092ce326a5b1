package vn.tdkt.support.unitdirectory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.tdkt.events.unit.UnitEvent;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.security.UnitTree;

/**
 * The projection of the unit registry that every consuming service keeps in its own database.
 *
 * <p>Unit events carry the unit's whole state, so applying one is "keep the newest version": a single
 * conditional upsert matching {@code {_id: code, version: {$lt: v}}}. If the stored version is the same
 * or newer the filter matches nothing, the upsert tries to insert a second document with the same
 * {@code _id} and the server refuses it with a duplicate key — which here means "stale, ignore". That
 * makes redelivered, concurrent and out-of-order events safe without a lock or a transaction.
 *
 * <p>Reads of known units may be remembered for a short {@code cacheTtl} (off with zero): every command asks for
 * the same few units (its own, its nominee's, the walk up the tree for authorization), and each read was a round
 * trip and a mapping. Applying a unit's event forgets it here at once; another instance of the service, which
 * may have applied the event, is seen within {@code cacheTtl}. Unknown units are never remembered.
 */
public class UnitDirectory {

    public static final String COLLECTION = "units";

    private static final Logger log = LoggerFactory.getLogger(UnitDirectory.class);

    /** More than any unit tree here holds; past it the cache starts afresh rather than grow. */
    private static final int MAX_CACHED = 50_000;

    private record Cached(DirectoryUnit unit, long untilNanos) {
    }

    private final MongoOperations mongo;
    private final Clock clock;
    private final long cacheTtlNanos;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    /** Without a cache: every read goes to the database. */
    public UnitDirectory(MongoOperations mongo, Clock clock) {
        this(mongo, clock, Duration.ZERO);
    }

    /** @param cacheTtl how long a unit read is remembered (elapsed time, whatever {@code clock} says); zero: never */
    public UnitDirectory(MongoOperations mongo, Clock clock, Duration cacheTtl) {
        this.mongo = mongo;
        this.clock = clock;
        this.cacheTtlNanos = cacheTtl.isNegative() ? 0 : cacheTtl.toNanos();
    }

    /** Applies a unit snapshot; returns whether it was newer than what was stored. */
    public boolean apply(UnitEvent event) {
        long version = event.aggregateVersion();
        Query newerThanStored = Query.query(Criteria.where("_id").is(event.code()).and("version").lt(version));
        Update snapshot = new Update()
                .set("name", event.name())
                .set("level", event.level())
                .set("parentCode", event.parentCode())
                .set("staffCount", event.staffCount())
                .set("contactEmails", event.contactEmails())
                .set("status", event.status())
                .set("successorCode", event.successorCode())
                .set("predecessorCodes", event.predecessorCodes())
                .set("statusEffectiveDate", event.statusEffectiveDate())
                .set("version", version)
                .set("updatedAt", clock.instant());
        try {
            mongo.upsert(newerThanStored, snapshot, DirectoryUnit.class);
            return true;
        } catch (DuplicateKeyException stale) {
            log.debug("Ignoring unit {} version {}: a newer or equal version is stored", event.code(), version);
            return false;
        } finally {
            cache.remove(event.code());
        }
    }

    public Optional<DirectoryUnit> find(String code) {
        DirectoryUnit cached = cached(code);
        if (cached != null) {
            return Optional.of(cached);
        }
        return Optional.ofNullable(remember(mongo.findById(code, DirectoryUnit.class)));
    }

    /** The units known among {@code codes}, keyed by code in the order asked; unknown codes are absent. */
    public Map<String, DirectoryUnit> findAll(Collection<String> codes) {
        Map<String, DirectoryUnit> found = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String code : codes) {
            DirectoryUnit cached = cached(code);
            if (cached != null) {
                found.put(code, cached);
            } else {
                missing.add(code);
            }
        }
        if (!missing.isEmpty()) {
            mongo.find(Query.query(Criteria.where("_id").in(missing)), DirectoryUnit.class)
                    .forEach(unit -> found.put(unit.code(), remember(unit)));
        }
        Map<String, DirectoryUnit> ordered = new LinkedHashMap<>();
        codes.stream().filter(found::containsKey).forEach(code -> ordered.put(code, found.get(code)));
        return ordered;
    }


    private DirectoryUnit cached(String code) {
        if (cacheTtlNanos == 0 || code == null) {
            return null;
        }
        Cached hit = cache.get(code);
        if (hit == null) {
            return null;
        }
        if (System.nanoTime() - hit.untilNanos() < 0) {
            return hit.unit();
        }
        cache.remove(code, hit);
        return null;
    }

    private DirectoryUnit remember(DirectoryUnit unit) {
        if (cacheTtlNanos > 0 && unit != null) {
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(unit.code(), new Cached(unit, System.nanoTime() + cacheTtlNanos));
        }
        return unit;
    }

    /** One page of the known units, by code. */
    public PageResponse<DirectoryUnit> page(PageQuery page) {
        long total = mongo.count(new Query(), DirectoryUnit.class);
        return PageResponse.of(page, mongo.find(new Query().with(Sort.by("_id")).skip(page.offset())
                .limit(page.size()), DirectoryUnit.class), total);
    }

    /**
     * The unit hierarchy as this service's projection knows it, for authorization by unit subtree. A
     * merged unit sits under its successor: whoever acts for the successor reaches the old codes and
     * their history, and whoever acts for the merged unit reaches only that unit (its children moved on).
     */
    public UnitTree tree() {
        return code -> find(code).map(DirectoryUnit::treeParent);
    }

    /**
     * {@code root} and every unit under it as the projection knows them today, a merged unit under its successor
     * (as for authorization), in breadth-first order; empty when {@code root} is not known. One query per level,
     * at most {@link UnitTree#MAX_DEPTH} levels.
     */
    public Set<String> subtree(String root) {
        if (find(root).isEmpty()) {
            return Set.of();
        }
        Set<String> found = new LinkedHashSet<>(List.of(root));
        Set<String> frontier = Set.of(root);
        for (int depth = 0; !frontier.isEmpty() && depth < UnitTree.MAX_DEPTH; depth++) {
            Set<String> parents = frontier;
            Set<String> next = new LinkedHashSet<>();
            mongo.find(Query.query(new Criteria().orOperator(Criteria.where("parentCode").in(parents),
                            Criteria.where("successorCode").in(parents))).with(Sort.by("_id")), DirectoryUnit.class)
                    .stream().filter(unit -> parents.contains(unit.treeParent()) && found.add(unit.code()))
                    .forEach(unit -> next.add(unit.code()));
            frontier = next;
        }
        return found;
    }

    /**
     * Who acts for {@code code} now: the unit itself unless it was merged, else the end of its chain of
     * successors. Empty when the unit, or a successor on the way, is not known here yet (events of
     * different units travel on different partitions, so a merged source can arrive before its
     * successor). A chain that loops or is deeper than {@link UnitTree#MAX_DEPTH} ends at the last unit
     * seen before the loop: never an endless walk over a corrupt projection.
     */
    public Optional<DirectoryUnit> current(String code) {
        Set<String> seen = new HashSet<>();
        Optional<DirectoryUnit> unit = find(code);
        while (unit.isPresent() && unit.get().merged() && seen.add(unit.get().code())
                && seen.size() < UnitTree.MAX_DEPTH) {
            String successor = unit.get().successorCode();
            if (seen.contains(successor)) {
                log.warn("Unit {} names {} as successor, which is merged into it again: a cycle", code, successor);
                return unit;
            }
            unit = find(successor);
        }
        return unit;
    }
}
