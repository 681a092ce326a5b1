package vn.tdkt.nomination.exemplar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.events.nomination.ExemplarsRegistered;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.RuleViolationException;

/** A registration is made once per office and month, revised until the deadline, then closed. */
class RegistrationTest {

    static final RegistrationId JANUARY = new RegistrationId("LS-STC-VP", YearMonth.of(2026, 1));

    static Registration registered(LocalDate today) {
        return Registration.register(JANUARY, "Văn phòng Sở", List.of(Exemplars.ANH), Exemplars.DEADLINES, today,
                "thiduakt.stc", Exemplars.AT);
    }

    @Test
    void theFirstRegistrationCarriesTheWholeState() {
        Registration registration = registered(LocalDate.of(2026, 1, 28));

        ExemplarsRegistered event = registration.registered();
        assertThat(registration.deadline()).isEqualTo(LocalDate.of(2026, 2, 25));
        assertThat(event.aggregateId()).isEqualTo("LS-STC-VP:2026-01");
        assertThat(event.aggregateVersion()).isZero();
        assertThat(event.month()).isEqualTo("2026-01");
        assertThat(event.unitName()).isEqualTo("Văn phòng Sở");
        assertThat(event.entries()).singleElement().satisfies(e -> {
            assertThat(e.recipientKind()).isEqualTo("INDIVIDUAL");
            assertThat(e.name()).isEqualTo("Nguyễn Thị Ánh");
            assertThat(e.field()).isEqualTo("Cải cách hành chính");
        });
    }

    @Test
    void aRevisionUntilTheDeadlineReplacesTheEntriesThenItIsClosed() {
        Registration registration = registered(LocalDate.of(2026, 1, 28));
        registration.storedAs(0);

        ExemplarsRegistered revised = registration.revise(List.of(Exemplars.ANH, Exemplars.GIA),
                LocalDate.of(2026, 2, 25), "thiduakt.stc", Exemplars.AT);

        assertThat(revised.aggregateVersion()).isEqualTo(1);
        assertThat(revised.entries()).extracting(e -> e.recipientKind()).containsExactly("INDIVIDUAL", "COLLECTIVE");
        assertThat(registration.revisedBy()).isEqualTo("thiduakt.stc");
        assertThatThrownBy(() -> registration.revise(List.of(), LocalDate.of(2026, 2, 26), "x", Exemplars.AT))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("month"));
        assertThat(registration.entries()).hasSize(2);
    }

    @Test
    void aMonthNotBegunOrClosedCannotBeRegistered() {
        assertThatThrownBy(() -> registered(LocalDate.of(2025, 12, 31))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("first day");
        assertThatThrownBy(() -> registered(LocalDate.of(2026, 2, 26))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void everyBadEntryFieldIsNamed() {
        List<FieldError> errors = new ArrayList<>();
        ExemplarEntry entry = ExemplarEntry.parse(new ExemplarEntry.Raw("PERSON", " ", "x".repeat(201), null,
                null, "a\u0000b"), "entries[2].", errors);

        assertThat(entry).isNull();
        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("entries[2].recipientKind",
                "entries[2].name", "entries[2].position", "entries[2].achievement", "entries[2].field");
        assertThat(ExemplarEntry.parse(new ExemplarEntry.Raw("COLLECTIVE", " Tổ Một cửa ", null, null,
                "Giải quyết 100% hồ sơ đúng hạn\nkhông có phản ánh", null), "", new ArrayList<>()).name())
                .isEqualTo("Tổ Một cửa");
    }
}
