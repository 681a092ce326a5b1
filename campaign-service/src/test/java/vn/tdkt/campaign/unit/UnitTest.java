package vn.tdkt.campaign.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tdkt.events.unit.UnitRegistered;
import vn.tdkt.events.unit.UnitUpdated;
import vn.tdkt.support.problem.InvalidInputException;

class UnitTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-02-10T01:00:00Z"), ZoneOffset.UTC);
    private static final String NAME = "Văn phòng Sở Tài chính tỉnh Tây Ninh";

    private static Unit.Registration register(List<String> emails) {
        return Unit.register(new UnitCode("STC-TN.VP"), NAME, UnitLevel.OFFICE, new UnitCode("STC-TN"), 12, emails,
                CLOCK);
    }

    @Test
    void registeringAnnouncesTheUnitWithNormalisedContacts() {
        Unit.Registration registration = register(List.of("VanPhong@TayNinh.gov.vn", " vanphong@tayninh.gov.vn",
                "thiduakhenthuong@tayninh.gov.vn"));

        Unit unit = registration.unit();
        assertThat(unit.name()).isEqualTo(NAME);
        assertThat(unit.contactEmails()).containsExactly("vanphong@tayninh.gov.vn", "thiduakhenthuong@tayninh.gov.vn");
        assertThat(registration.events()).singleElement().asInstanceOf(type(UnitRegistered.class)).satisfies(e -> {
            assertThat(e.aggregateId()).isEqualTo("STC-TN.VP");
            assertThat(e.aggregateVersion()).isZero();
            assertThat(e.code()).isEqualTo("STC-TN.VP");
            assertThat(e.name()).isEqualTo(NAME);
            assertThat(e.level()).isEqualTo("OFFICE");
            assertThat(e.parentCode()).isEqualTo("STC-TN");
            assertThat(e.staffCount()).isEqualTo(12);
            assertThat(e.contactEmails()).isEqualTo(unit.contactEmails());
            assertThat(e.occurredAt()).isEqualTo(CLOCK.instant());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "không-phải-email", "a@b", "a@@b.vn", "hai chữ@b.vn"})
    void contactsMustBeEmailAddresses(String bad) {
        assertThatThrownBy(() -> register(List.of("ok@tdkt.vn", bad)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("contactEmails[1]"));
    }

    @Test
    void staffCannotBeNegativeAndNameCannotBeBlank() {
        assertThatThrownBy(() -> Unit.register(new UnitCode("X"), NAME, UnitLevel.COMMUNE, null, -1, List.of(), CLOCK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("staffCount"));
        assertThatThrownBy(() -> Unit.register(new UnitCode("X"), " ", UnitLevel.COMMUNE, null, 0, List.of(), CLOCK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void aUnitCannotBeItsOwnParent() {
        assertThatThrownBy(() -> Unit.register(new UnitCode("X"), NAME, UnitLevel.COMMUNE, new UnitCode("X"), 0,
                List.of(), CLOCK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("parentCode"));
    }

    @Test
    void changingContactsIsAnEventWithTheNextVersion() {
        Unit unit = register(List.of("a@tdkt.vn")).unit();
        unit.stored(0);
        Clock later = Clock.offset(CLOCK, Duration.ofHours(1));

        var events = unit.update("Văn phòng Sở", null, List.of("B@tdkt.vn"), later);

        assertThat(unit.contactEmails()).containsExactly("b@tdkt.vn");
        assertThat(unit.updatedAt()).isEqualTo(later.instant());
        assertThat(events).singleElement().asInstanceOf(type(UnitUpdated.class)).satisfies(e -> {
            assertThat(e.aggregateVersion()).isEqualTo(1);
            assertThat(e.name()).isEqualTo("Văn phòng Sở");
            assertThat(e.staffCount()).isNull();
            assertThat(e.contactEmails()).containsExactly("b@tdkt.vn");
            assertThat(e.parentCode()).isEqualTo("STC-TN");
            assertThat(e.level()).isEqualTo("OFFICE");
        });
    }

    @Test
    void anUpdateThatChangesNothingIsNoEvent() {
        Unit unit = register(List.of("a@tdkt.vn")).unit();
        unit.stored(0);

        assertThat(unit.update(NAME, 12, List.of("A@tdkt.vn"), CLOCK)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "có dấu", "a/b", "a b", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void codesFollowThePattern(String bad) {
        assertThat(UnitCode.isValid(bad)).isFalse();
        assertThatThrownBy(() -> UnitCode.parse("parentCode", bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("parentCode");
                    assertThat(e.getMessage()).contains("1–64", "letter", "digit");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"STC", "ubnd-tinh_ls.01", "9"})
    void saneCodesAreAccepted(String good) {
        assertThat(new UnitCode(good).value()).isEqualTo(good);
    }
}
