package vn.tdkt.notification.unit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.tdkt.support.security.UnitTree;
import vn.tdkt.support.unitdirectory.DirectoryUnit;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/**
 * Who is told: the contacts and the emulation officer ({@link UnitPeople}) of the units an email concerns (a campaign's organiser and distribution list,
 * one responsible office, a bloc's members), from the unit projection. A unit merged into another (the 2025
 * reform) is replaced by whoever acts for it now, the end of its chain of successors: a campaign drafted
 * before the merger reaches the successor's contacts. Used by the campaign and bloc features.
 */
@Component
public class RecipientResolver {

    private final UnitDirectory directory;
    private final UnitPeople people;

    public RecipientResolver(UnitDirectory directory, UnitPeople people) {
        this.directory = directory;
        this.people = people;
    }

    /** The contacts of the organiser and of every unit listed, organiser first. */
    public Recipients resolve(String organiserUnitCode, List<String> recipientUnitCodes) {
        return resolve(organiserUnitCode, recipientUnitCodes, true);
    }

    /**
     * The contacts of the units listed only; the organiser must be known too (the email names it) but its
     * contacts are not included unless it is listed itself.
     */
    public Recipients resolveOnly(String organiserUnitCode, List<String> unitCodes) {
        return resolve(organiserUnitCode, unitCodes, false);
    }

    /**
     * The code of the unit that acts now for each code given (itself, or the end of its successor chain).
     *
     * @throws UnitsNotYetKnownException if a unit or a successor is not projected yet
     */
    public Map<String, String> currentCodes(List<String> unitCodes) {
        Map<String, DirectoryUnit> units = directory.findAll(new LinkedHashSet<>(unitCodes));
        Set<String> missing = new LinkedHashSet<>(unitCodes.stream().filter(code -> !units.containsKey(code)).toList());
        Map<String, String> current = new LinkedHashMap<>();
        units.values().forEach(unit -> currentOf(unit, missing).ifPresent(now -> current.put(unit.code(), now.code())));
        if (!missing.isEmpty()) {
            throw new UnitsNotYetKnownException(missing);
        }
        return current;
    }

    /** The name of each unit known (codes unknown are left out): for a bloc's ranking table. */
    public Map<String, String> namesOf(List<String> unitCodes) {
        Map<String, String> names = new LinkedHashMap<>();
        directory.findAll(new LinkedHashSet<>(unitCodes)).forEach((code, unit) -> names.put(code, unit.name()));
        return names;
    }

    private Recipients resolve(String organiserUnitCode, List<String> recipientUnitCodes, boolean withOrganiser) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(organiserUnitCode);
        codes.addAll(recipientUnitCodes);
        Map<String, DirectoryUnit> units = directory.findAll(codes);
        Set<String> missing = new LinkedHashSet<>(codes.stream().filter(code -> !units.containsKey(code)).toList());
        Map<String, DirectoryUnit> current = new LinkedHashMap<>();
        units.values().stream()
                .filter(unit -> withOrganiser || !unit.code().equals(organiserUnitCode)
                        || recipientUnitCodes.contains(organiserUnitCode))
                .forEach(unit -> currentOf(unit, missing).ifPresent(now -> current.putIfAbsent(now.code(), now)));
        if (!missing.isEmpty()) {
            throw new UnitsNotYetKnownException(missing);
        }
        // An address listed by several units belongs to the first: the organiser, then the list's order.
        Map<String, List<String>> emails = new LinkedHashMap<>();
        Map<String, String> officers = people.officersOf(current.keySet());
        // The parents of the units read above are known: a launch to thousands of communes looks each level up once.
        Map<String, Optional<String>> parents = new HashMap<>();
        java.util.stream.Stream.concat(units.values().stream(), current.values().stream())
                .forEach(unit -> parents.put(unit.code(), Optional.ofNullable(unit.treeParent())));
        current.values().forEach(unit -> java.util.stream.Stream.concat(unit.contactEmails().stream(),
                        java.util.stream.Stream.ofNullable(officers.get(unit.code())))
                .filter(email -> email != null && !email.isBlank())
                .map(email -> email.strip().toLowerCase(Locale.ROOT))
                .forEach(email -> emails.computeIfAbsent(email, ignored -> path(unit.code(), parents))));
        return new Recipients(units.get(organiserUnitCode), emails);
    }

    /**
     * The unit that acts for {@code unit} now: itself, or the end of its chain of successors. A successor
     * not projected yet is added to {@code missing} (the event waits for it); a chain that comes back to a
     * unit already seen stops there instead of looping.
     */
    private Optional<DirectoryUnit> currentOf(DirectoryUnit unit, Set<String> missing) {
        Set<String> seen = new HashSet<>();
        DirectoryUnit now = unit;
        while (now.merged() && seen.add(now.code()) && seen.size() <= UnitTree.MAX_DEPTH) {
            String successor = now.successorCode();
            if (seen.contains(successor)) {
                return Optional.of(now);
            }
            Optional<DirectoryUnit> next = directory.find(successor);
            if (next.isEmpty()) {
                missing.add(successor);
                return Optional.empty();
            }
            now = next.get();
        }
        return Optional.of(now);
    }

    /**
     * Whom to escalate an ignored deadline of {@code unitCode} to: its leader's address if one is named, otherwise
     * the contacts of its parent unit (nobody if it has neither). Each address with the path of the unit it is for.
     */
    public Map<String, List<String>> escalationOf(String unitCode) {
        Map<String, List<String>> to = new LinkedHashMap<>(leaderOf(unitCode));
        if (!to.isEmpty()) {
            return to;
        }
        directory.tree().parentOf(unitCode).flatMap(directory::find).ifPresent(parent -> parent.contactEmails().stream()
                .filter(email -> email != null && !email.isBlank())
                .map(email -> email.strip().toLowerCase(Locale.ROOT))
                .forEach(email -> to.putIfAbsent(email, path(parent.code()))));
        return to;
    }

    /** The leader's address of the unit, with the unit's path, if its unit events name one. */
    public Map<String, List<String>> leaderOf(String unitCode) {
        String leader = people.leadersOf(List.of(unitCode)).get(unitCode);
        return leader == null ? Map.of() : Map.of(leader, path(unitCode));
    }

    /** The unit and every unit above it that this service knows, nearest first. */
    private List<String> path(String unitCode) {
        return path(unitCode, new HashMap<>());
    }

    /** As {@link #path(String)}, with the parents already known (others are read once and added). */
    private List<String> path(String unitCode, Map<String, Optional<String>> parents) {
        List<String> path = new ArrayList<>();
        UnitTree tree = directory.tree();
        for (String code = unitCode; code != null && !path.contains(code) && path.size() < UnitTree.MAX_DEPTH;
             code = parents.computeIfAbsent(code, tree::parentOf).orElse(null)) {
            path.add(code);
        }
        return path;
    }

    /**
     * @param emails de-duplicated, lower-case, in the order organiser first, then the distribution list;
     *               each with the path (its unit, then the units above) of the unit whose contact it is:
     *               the address is personal data of that unit, readable only within its subtree
     */
    public record Recipients(DirectoryUnit organiser, Map<String, List<String>> emails) {

        public Recipients {
            emails = Collections.unmodifiableMap(new LinkedHashMap<>(emails));
        }
    }
}
