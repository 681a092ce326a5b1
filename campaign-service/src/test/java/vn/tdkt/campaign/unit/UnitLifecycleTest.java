package vn.tdkt.campaign.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.campaign.unit.HistoryEntry.Change;
import vn.tdkt.events.unit.UnitRegistered;
import vn.tdkt.events.unit.UnitUpdated;
import vn.tdkt.support.problem.ConflictException;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.RuleViolationException;

/** Deactivation, moves, mergers and the history they leave, on the aggregate alone. */
class UnitLifecycleTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T01:00:00Z"), ZoneOffset.UTC);
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    static Unit unit(String code, String parent) {
        Unit unit = Unit.register(new UnitCode(code), "UBND xã " + code, UnitLevel.COMMUNE,
                parent == null ? null : new UnitCode(parent), 20, List.of("thidua@" + code.toLowerCase() + ".gov.vn"),
                CLOCK).unit();
        unit.stored(2);
        return unit;
    }

    static UnitCode code(String value) {
        return new UnitCode(value);
    }

    @Test
    void registrationCarriesContactsStatusAndTheFirstHistoryEntry() {
        Contact officer = Contact.of("officer", "Hoàng Thị Lan", "Cán bộ thi đua", "Lan@NhanLy.gov.vn", "0205 3870 123");
        Unit.Registration registration = Unit.register(code("LS-CL-NL"), "UBND xã Nhân Lý", UnitLevel.COMMUNE,
                code("LS-CL"), 18, List.of(), officer, null, CLOCK);

        assertThat(registration.unit().status()).isEqualTo(UnitStatus.ACTIVE);
        assertThat(registration.unit().history()).extracting(HistoryEntry::change).containsExactly(Change.REGISTERED);
        assertThat(registration.events()).singleElement().asInstanceOf(type(UnitRegistered.class)).satisfies(e -> {
            assertThat(e.status()).isEqualTo("ACTIVE");
            assertThat(e.officer().email()).isEqualTo("lan@nhanly.gov.vn");
            assertThat(e.officer().title()).isEqualTo("Cán bộ thi đua");
            assertThat(e.leader()).isNull();
        });
    }

    @Test
    void aContactNeedsANameAndAWellFormedEmailAndPhone() {
        assertThatThrownBy(() -> Contact.of("leader", " ", null, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("leader.name"));
        assertThatThrownBy(() -> Contact.of("leader", "Ông Bình", null, "không-email", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("leader.email"));
        assertThatThrownBy(() -> Contact.of("leader", "Ông Bình", null, null, "gọi tôi"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("leader.phone"));
    }

    @Test
    void renamingIsRecordedWithTheOldAndNewName() {
        Unit unit = unit("LS-CL-NL", "LS-CL");

        unit.update("UBND xã Nhân Lý (mới)", 20, unit.contactEmails(), CLOCK);

        assertThat(unit.history()).last().satisfies(entry -> {
            assertThat(entry.change()).isEqualTo(Change.RENAMED);
            assertThat(entry.from()).isEqualTo("UBND xã LS-CL-NL");
            assertThat(entry.to()).isEqualTo("UBND xã Nhân Lý (mới)");
        });
    }

    @Test
    void deactivationIsAnEventAndEndsAllChanges() {
        Unit unit = unit("LS-CL-DM", "LS-CL");

        assertThat(unit.deactivate(REFORM, CLOCK)).singleElement().asInstanceOf(type(UnitUpdated.class))
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo("INACTIVE");
                    assertThat(e.statusEffectiveDate()).isEqualTo(REFORM);
                    assertThat(e.aggregateVersion()).isEqualTo(3);
                });
        assertThatThrownBy(() -> unit.deactivate(REFORM, CLOCK)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> unit.update("Tên mới", 1, List.of(), CLOCK)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> unit.moveTo(code("LS-HL"), List.of(code("LS")), REFORM, CLOCK))
                .isInstanceOf(ConflictException.class);
        assertThat(unit.history()).extracting(HistoryEntry::change).containsExactly(Change.REGISTERED, Change.DEACTIVATED);
    }

    @Test
    void aMoveChangesTheParentAndIsRecorded() {
        Unit unit = unit("LS-CL-DM", "LS-CL");

        assertThat(unit.moveTo(code("LS-HL"), List.of(code("LS")), REFORM, CLOCK)).singleElement()
                .asInstanceOf(type(UnitUpdated.class)).satisfies(e -> assertThat(e.parentCode()).isEqualTo("LS-HL"));
        assertThat(unit.history()).last().satisfies(entry -> {
            assertThat(entry.change()).isEqualTo(Change.MOVED);
            assertThat(entry.from()).isEqualTo("LS-CL");
            assertThat(entry.to()).isEqualTo("LS-HL");
            assertThat(entry.effectiveDate()).isEqualTo(REFORM);
        });
    }

    @Test
    void aMoveUnderItselfOrBelowItselfIsACycle() {
        Unit district = unit("LS-CL", "LS");

        assertThatThrownBy(() -> district.moveTo(code("LS-CL"), List.of(code("LS")), REFORM, CLOCK))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("newParentCode");
                            assertThat(error.message()).contains("cycle");
                        }));
        // LS-CL-NL-T1 lies below LS-CL: its ancestors are LS-CL-NL, LS-CL, LS
        assertThatThrownBy(() -> district.moveTo(code("LS-CL-NL-T1"),
                List.of(code("LS-CL-NL"), code("LS-CL"), code("LS")), REFORM, CLOCK))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("under itself");
        assertThat(district.parentCode()).isEqualTo(code("LS"));
    }

    @Test
    void aMoveToTheSameParentIsRefused() {
        Unit unit = unit("LS-CL-DM", "LS-CL");

        assertThatThrownBy(() -> unit.moveTo(code("LS-CL"), List.of(code("LS")), REFORM, CLOCK))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already");
    }

    @Test
    void aMergedUnitKeepsItsCodeAndHistoryAndNamesItsSuccessor() {
        Unit unit = unit("LS-CL-NL", "LS-CL");

        assertThat(unit.mergeInto(code("LS-NL"), REFORM, CLOCK)).singleElement().asInstanceOf(type(UnitUpdated.class))
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo("MERGED");
                    assertThat(e.successorCode()).isEqualTo("LS-NL");
                    assertThat(e.statusEffectiveDate()).isEqualTo(REFORM);
                });
        assertThat(unit.history()).extracting(HistoryEntry::change).containsExactly(Change.REGISTERED, Change.MERGED);
        assertThatThrownBy(() -> unit.mergeInto(code("LS-X"), REFORM, CLOCK)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> unit.followMergedParent(code("LS-X"), REFORM, CLOCK)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aNewSuccessorIsRegisteredWithItsPredecessorsInOneEvent() {
        Unit.Registration registration = Unit.succeed(code("LS-NL"), "UBND xã Nhân Lý", UnitLevel.COMMUNE, code("LS"),
                35, List.of("thidua@nhanly.gov.vn"), List.of(code("LS-CL-NL"), code("LS-CL-DM")), REFORM, CLOCK);

        assertThat(registration.events()).singleElement().asInstanceOf(type(UnitRegistered.class)).satisfies(e ->
                assertThat(e.predecessorCodes()).containsExactly("LS-CL-NL", "LS-CL-DM"));
        assertThat(registration.unit().history()).extracting(HistoryEntry::change)
                .containsExactly(Change.REGISTERED, Change.SUCCEEDED);
        assertThat(registration.unit().succeeds(List.of(code("LS-CL-NL"), code("LS-CL-DM")))).isTrue();
    }

    @Test
    void aKeptSourceAbsorbsTheOthersAndMayMoveAndRename() {
        Unit kept = unit("LS-CL-NL", "LS-CL");

        kept.succeed("UBND xã Nhân Lý", code("LS"), 40, List.of("vp@nhanly.gov.vn"), List.of(code("LS-CL-DM")), REFORM,
                CLOCK);

        assertThat(kept.predecessorCodes()).containsExactly(code("LS-CL-DM"));
        assertThat(kept.parentCode()).isEqualTo(code("LS"));
        assertThat(kept.status()).isEqualTo(UnitStatus.ACTIVE);
        assertThat(kept.history()).extracting(HistoryEntry::change)
                .containsExactly(Change.REGISTERED, Change.RENAMED, Change.MOVED, Change.SUCCEEDED);
    }

    @Test
    void childrenOfAMergedUnitFollowItsSuccessorEvenWhenInactive() {
        Unit office = unit("LS-CL-NL-VP", "LS-CL-NL");
        office.deactivate(REFORM, CLOCK);

        assertThat(office.followMergedParent(code("LS-NL"), REFORM, CLOCK)).singleElement()
                .asInstanceOf(type(UnitUpdated.class)).satisfies(e -> {
                    assertThat(e.parentCode()).isEqualTo("LS-NL");
                    assertThat(e.status()).isEqualTo("INACTIVE");
                });
    }
}
