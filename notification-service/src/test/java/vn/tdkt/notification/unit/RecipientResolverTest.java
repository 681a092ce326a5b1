package vn.tdkt.notification.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.unitdirectory.DirectoryUnit;
import vn.tdkt.support.unitdirectory.UnitDirectory;

class RecipientResolverTest {

    private final Map<String, DirectoryUnit> known = new LinkedHashMap<>();
    private final UnitDirectory directory = mock(UnitDirectory.class);
    private final UnitPeople people = mock(UnitPeople.class);
    private final RecipientResolver resolver = new RecipientResolver(directory, people);

    @BeforeEach
    void directoryAnswersFromKnownUnits() {
        when(directory.findAll(any())).thenAnswer(call -> {
            Collection<String> codes = call.getArgument(0);
            Map<String, DirectoryUnit> found = new LinkedHashMap<>();
            codes.stream().filter(known::containsKey).forEach(code -> found.put(code, known.get(code)));
            return found;
        });
        when(directory.tree()).thenReturn(code -> Optional.ofNullable(known.get(code)).map(DirectoryUnit::treeParent));
        when(directory.find(any())).thenAnswer(call -> Optional.ofNullable(known.get(call.<String>getArgument(0))));
    }

    private void unit(String code, String name, String... emails) {
        unitUnder(null, code, name, emails);
    }

    private void unitUnder(String parent, String code, String name, String... emails) {
        known.put(code, new DirectoryUnit(code, name, "DEPARTMENT", parent, 10, List.of(emails), 1, Instant.now()));
    }

    private void mergedInto(String successor, String code, String... emails) {
        known.put(code, new DirectoryUnit(code, "Xã " + code, "COMMUNE", "LS-CL", 10, List.of(emails), 3, Instant.now(),
                "MERGED", successor, List.of(), LocalDate.of(2025, 7, 1)));
    }

    @Test
    void theEmulationOfficerIsMailedWithTheContactsOnce() {
        unitUnder(null, "LS", "UBND tỉnh", "vanphong@ubnd.gov.vn");
        unitUnder("LS", "LS-CL", "UBND xã Chi Lăng", "vanphong@chilang.gov.vn", "thidua@chilang.gov.vn");
        when(people.officersOf(any())).thenReturn(Map.of("LS-CL", "thidua@chilang.gov.vn", "LS", "canbo@ubnd.gov.vn"));

        RecipientResolver.Recipients recipients = resolver.resolve("LS", List.of("LS-CL"));

        assertThat(recipients.emails()).containsExactly(
                Map.entry("vanphong@ubnd.gov.vn", List.of("LS")), Map.entry("canbo@ubnd.gov.vn", List.of("LS")),
                Map.entry("vanphong@chilang.gov.vn", List.of("LS-CL", "LS")),
                Map.entry("thidua@chilang.gov.vn", List.of("LS-CL", "LS")));
    }

    @Test
    void anIgnoredDeadlineEscalatesToTheLeaderOrElseToTheParentUnit() {
        unitUnder(null, "LS", "UBND tỉnh", "vanphong@ubnd.gov.vn", "thidua@ubnd.gov.vn");
        unitUnder("LS", "LS-CL", "UBND xã Chi Lăng", "vanphong@chilang.gov.vn");
        unitUnder("LS", "LS-HL", "UBND xã Hữu Lũng", "vanphong@huulung.gov.vn");
        when(people.leadersOf(List.of("LS-CL"))).thenReturn(Map.of("LS-CL", "chutich@chilang.gov.vn"));

        assertThat(resolver.escalationOf("LS-CL")).containsExactly(
                Map.entry("chutich@chilang.gov.vn", List.of("LS-CL", "LS")));
        assertThat(resolver.escalationOf("LS-HL")).as("no leader named: the parent unit's contacts").containsExactly(
                Map.entry("vanphong@ubnd.gov.vn", List.of("LS")), Map.entry("thidua@ubnd.gov.vn", List.of("LS")));
        assertThat(resolver.escalationOf("LS")).as("neither").isEmpty();
    }

    @Test
    void aMergedRecipientIsReplacedByItsSuccessorsContacts() {
        unitUnder(null, "LS", "UBND tỉnh", "vanphong@ubnd.gov.vn");
        unitUnder("LS", "LS-NL", "UBND xã Nhân Lý mới", "thidua@nhanly-moi.gov.vn");
        mergedInto("LS-NL", "LS-CL-NL", "cu@nhanly.gov.vn");
        mergedInto("LS-NL", "LS-CL-DM", "cu@dongmo.gov.vn");

        RecipientResolver.Recipients recipients = resolver.resolve("LS", List.of("LS-CL-NL", "LS-CL-DM"));

        assertThat(recipients.emails()).containsExactly(
                Map.entry("vanphong@ubnd.gov.vn", List.of("LS")),
                Map.entry("thidua@nhanly-moi.gov.vn", List.of("LS-NL", "LS")));
    }

    @Test
    void theChainOfSuccessorsIsFollowedToTheEnd() {
        unit("LS", "UBND tỉnh");
        mergedInto("B", "A", "a@x.gov.vn");
        mergedInto("C", "B", "b@x.gov.vn");
        unitUnder("LS", "C", "Xã C", "c@x.gov.vn");

        assertThat(resolver.resolve("LS", List.of("A")).emails().keySet()).containsExactly("c@x.gov.vn");
    }

    @Test
    void aSuccessorNotProjectedYetMakesTheEventWaitForIt() {
        unit("LS", "UBND tỉnh");
        mergedInto("NEW", "A", "a@x.gov.vn");

        assertThatThrownBy(() -> resolver.resolve("LS", List.of("A")))
                .isInstanceOfSatisfying(UnitsNotYetKnownException.class,
                        e -> assertThat(e.unitCodes()).containsExactly("NEW"));
    }

    @Test
    void aCycleOfSuccessorsStopsInsteadOfLooping() {
        unit("LS", "UBND tỉnh");
        mergedInto("B", "A", "a@x.gov.vn");
        mergedInto("A", "B", "b@x.gov.vn");

        assertThat(resolver.resolve("LS", List.of("A")).emails().keySet()).containsExactly("b@x.gov.vn");
    }

    @Test
    void unionOfOrganiserAndRecipientContactsDeduplicatedAndLowerCase() {
        unit("SNV", "Sở Nội vụ", "ThiDua@SNV.gov.vn", "vanthu@snv.gov.vn");
        unit("PGD", "Phòng Giáo dục", "thidua@snv.gov.vn", "pgd@pgd.gov.vn ");
        unit("UBX", "UBND xã", "PGD@pgd.gov.vn");

        RecipientResolver.Recipients recipients = resolver.resolve("SNV", List.of("PGD", "UBX", "SNV"));

        assertThat(recipients.organiser().name()).isEqualTo("Sở Nội vụ");
        assertThat(recipients.emails().keySet())
                .containsExactly("thidua@snv.gov.vn", "vanthu@snv.gov.vn", "pgd@pgd.gov.vn");
    }

    @Test
    void eachAddressBelongsToTheSubtreeOfTheFirstUnitListingIt() {
        unitUnder(null, "LS", "UBND tỉnh", "vanphong@ubnd.gov.vn");
        unitUnder("LS", "LS-CL", "UBND huyện Chi Lăng", "thidua@chilang.gov.vn");
        unitUnder("LS-CL", "LS-CL-NL", "UBND xã Nhân Lý", "vanphong@nhanly.gov.vn", "THIDUA@chilang.gov.vn");
        unitUnder("LS", "LS-HL", "UBND huyện Hữu Lũng", "thidua@huulung.gov.vn");

        RecipientResolver.Recipients recipients = resolver.resolve("LS-CL", List.of("LS-CL-NL", "LS-HL"));

        assertThat(recipients.emails()).containsExactly(
                Map.entry("thidua@chilang.gov.vn", List.of("LS-CL", "LS")),
                Map.entry("vanphong@nhanly.gov.vn", List.of("LS-CL-NL", "LS-CL", "LS")),
                Map.entry("thidua@huulung.gov.vn", List.of("LS-HL", "LS")));
    }

    @Test
    void unitsWithoutContactsContributeNobody() {
        unit("SNV", "Sở Nội vụ");
        unit("PGD", "Phòng Giáo dục", "pgd@pgd.gov.vn");

        assertThat(resolver.resolve("SNV", List.of("PGD")).emails().keySet()).containsExactly("pgd@pgd.gov.vn");
    }

    @Test
    void aUnitNotYetProjectedFailsSoThatTheBinderRetries() {
        unit("SNV", "Sở Nội vụ", "a@snv.gov.vn");

        assertThatThrownBy(() -> resolver.resolve("SNV", List.of("PGD", "UBX")))
                .isInstanceOfSatisfying(UnitsNotYetKnownException.class,
                        e -> assertThat(e.unitCodes()).containsExactly("PGD", "UBX"));
    }

    @Test
    void anUnknownOrganiserFailsToo() {
        unit("PGD", "Phòng Giáo dục", "pgd@pgd.gov.vn");

        assertThatThrownBy(() -> resolver.resolve("SNV", List.of("PGD")))
                .isInstanceOf(UnitsNotYetKnownException.class).hasMessageContaining("SNV");
    }

    @Test
    void resolveOnlyLeavesTheOrganisersContactsOutButStillNeedsItKnown() {
        unit("SNV", "Sở Nội vụ", "thidua@snv.gov.vn");
        unit("PGD", "Phòng Giáo dục", "pgd@pgd.gov.vn");

        RecipientResolver.Recipients recipients = resolver.resolveOnly("SNV", List.of("PGD"));

        assertThat(recipients.organiser().name()).isEqualTo("Sở Nội vụ");
        assertThat(recipients.emails().keySet()).containsExactly("pgd@pgd.gov.vn");
        assertThat(resolver.resolveOnly("SNV", List.of("SNV")).emails().keySet()).containsExactly("thidua@snv.gov.vn");
        assertThatThrownBy(() -> resolver.resolveOnly("UBT", List.of("PGD")))
                .isInstanceOf(UnitsNotYetKnownException.class).hasMessageContaining("UBT");
    }

    @Test
    void currentCodesFollowMergers() {
        unit("LS-NL", "UBND xã Nhân Lý mới", "a@x.gov.vn");
        mergedInto("LS-NL", "LS-CL-NL");
        unit("PGD", "Phòng Giáo dục");

        assertThat(resolver.currentCodes(List.of("LS-CL-NL", "PGD")))
                .containsExactly(Map.entry("LS-CL-NL", "LS-NL"), Map.entry("PGD", "PGD"));
        assertThatThrownBy(() -> resolver.currentCodes(List.of("UBX")))
                .isInstanceOf(UnitsNotYetKnownException.class);
    }
}
