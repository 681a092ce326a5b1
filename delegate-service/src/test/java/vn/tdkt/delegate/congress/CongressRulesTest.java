package vn.tdkt.delegate.congress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Every congress rule of seed 002, one test each. */
class CongressRulesTest {

    @Test
    void underTwoHundredStaffHoldAPlenaryConference() {
        assertThat(CongressRules.formFor(199).form()).isEqualTo(CongressForm.PLENARY);
        assertThat(CongressRules.formFor(0).form()).isEqualTo(CongressForm.PLENARY);
    }

    @Test
    void overTwoHundredStaffHoldADelegateConference() {
        assertThat(CongressRules.formFor(201).form()).isEqualTo(CongressForm.DELEGATE);
    }

    @Test
    void exactlyTwoHundredIsLeftToTheOrganiser() {
        assertThat(CongressRules.formFor(200)).isEqualTo(CongressRules.FormRule.ORGANISER_DECIDES);
        assertThat(CongressRules.formFor(200).form()).isNull();
        assertThat(CongressRules.formFor(null)).isEqualTo(CongressRules.FormRule.UNKNOWN_STAFF);
    }

    @Test
    void theDistrictConferenceHasAtMostThreeHundredDelegates() {
        assertThat(CongressRules.levelMaximum("DISTRICT")).isEqualTo(300);
        assertThat(CongressRules.levelMaximum("COMMUNE")).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void seventyPercentAreExemplaryByDefault() {
        assertThat(CongressRules.DEFAULT_EXEMPLARY_PERCENT).isEqualTo(70);
        assertThat(CongressRules.exemplarySeats(300, 70)).isEqualTo(210);
        assertThat(CongressRules.exemplarySeats(125, 70)).as("87.5 rounds down").isEqualTo(87);
    }

    @Property
    void exemplarySeatsNeverTakeMoreThanTheirShare(@ForAll @IntRange(min = 1, max = 100_000) int delegates,
                                                   @ForAll @IntRange(min = 0, max = 100) int percent) {
        long seats = CongressRules.exemplarySeats(delegates, percent);
        assertThat(seats * 100).isLessThanOrEqualTo((long) delegates * percent);
        assertThat((seats + 1) * 100).isGreaterThan((long) delegates * percent);
    }

    @Test
    void documentsAreDueFifteenDaysBeforeTheCongress() {
        Congress district = CongressFixtures.district();
        assertThat(CongressRules.DOCUMENT_LEAD_DAYS).isEqualTo(15);
        assertThat(district.documentsDueOn()).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void theDefaultAgendaFollowsTheSeedAndEndsWithTheDelegateList() {
        assertThat(CongressRules.DEFAULT_AGENDA).first().isEqualTo("Chào cờ");
        assertThat(CongressRules.DEFAULT_AGENDA).last()
                .isEqualTo("Thông qua danh sách đại biểu đi dự Đại hội cấp trên");
        assertThat(CongressRules.DEFAULT_AGENDA).contains("Phát động phong trào thi đua giai đoạn 2025 - 2030");
    }

    @Test
    void aDocumentIsDueLateReceivedOrReceivedLate() {
        LocalDate due = LocalDate.of(2025, 2, 5);
        assertThat(DocumentState.of(due, null, due)).isEqualTo(DocumentState.DUE);
        assertThat(DocumentState.of(due, null, due.plusDays(1))).isEqualTo(DocumentState.LATE);
        assertThat(DocumentState.of(due, due, due.plusDays(9))).isEqualTo(DocumentState.RECEIVED);
        assertThat(DocumentState.of(due, due.plusDays(1), due.plusDays(9))).isEqualTo(DocumentState.RECEIVED_LATE);
    }
}
