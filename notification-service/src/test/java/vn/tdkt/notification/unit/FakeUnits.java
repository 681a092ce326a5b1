package vn.tdkt.notification.unit;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.support.unitdirectory.DirectoryUnit;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/** A unit projection in memory for the features' tests: units added by code, merged units with successors. */
public final class FakeUnits {

    private final Map<String, DirectoryUnit> known = new LinkedHashMap<>();
    private final UnitDirectory directory = mock(UnitDirectory.class);
    private final Map<String, String> officers = new LinkedHashMap<>();
    private final Map<String, String> leaders = new LinkedHashMap<>();
    private final UnitPeople people = mock(UnitPeople.class);

    public FakeUnits() {
        when(directory.findAll(any())).thenAnswer(call -> {
            Collection<String> codes = call.getArgument(0);
            Map<String, DirectoryUnit> found = new LinkedHashMap<>();
            codes.stream().filter(known::containsKey).forEach(code -> found.put(code, known.get(code)));
            return found;
        });
        when(directory.tree()).thenReturn(code -> Optional.ofNullable(known.get(code)).map(DirectoryUnit::treeParent));
        when(directory.find(any())).thenAnswer(call -> Optional.ofNullable(known.get(call.<String>getArgument(0))));
        when(people.officersOf(any())).thenAnswer(call -> only(officers, call.getArgument(0)));
        when(people.leadersOf(any())).thenAnswer(call -> only(leaders, call.getArgument(0)));
    }

    public FakeUnits unit(String code, String name, String... emails) {
        return unitUnder(null, code, name, emails);
    }

    public FakeUnits unitUnder(String parent, String code, String name, String... emails) {
        known.put(code, new DirectoryUnit(code, name, "DEPARTMENT", parent, 10, List.of(emails), 1, Instant.now()));
        return this;
    }

    public FakeUnits mergedInto(String successor, String code, String... emails) {
        known.put(code, new DirectoryUnit(code, "Xã " + code, "COMMUNE", null, 10, List.of(emails), 3, Instant.now(),
                "MERGED", successor, List.of(), LocalDate.of(2025, 7, 1)));
        return this;
    }

    /** The unit's emulation officer, as its unit events name them. */
    public FakeUnits officer(String code, String email) {
        officers.put(code, email);
        return this;
    }

    /** The unit's leader, as its unit events name them. */
    public FakeUnits leader(String code, String email) {
        leaders.put(code, email);
        return this;
    }

    private static Map<String, String> only(Map<String, String> people, Collection<String> codes) {
        Map<String, String> found = new LinkedHashMap<>();
        codes.stream().filter(people::containsKey).forEach(code -> found.put(code, people.get(code)));
        return found;
    }

    public UnitDirectory directory() {
        return directory;
    }

    public RecipientResolver resolver() {
        return new RecipientResolver(directory, people);
    }
}
