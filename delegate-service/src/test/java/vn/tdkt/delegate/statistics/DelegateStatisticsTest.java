package vn.tdkt.delegate.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tdkt.delegate.statistics.StatisticsRepository.CongressRow;
import vn.tdkt.delegate.statistics.StatisticsRepository.DelegateRow;
import vn.tdkt.support.statistics.ReportPeriod;

/** The counting of congresses and their delegates (seed 002: Chi Lăng's congress and its communes' lists). */
class DelegateStatisticsTest {

    static final ReportPeriod YEAR = ReportPeriod.parse("2025-01-01", "2025-12-31");
    static final CongressRow DISTRICT = new CongressRow("k-cl", "Hội nghị điển hình tiên tiến huyện Chi Lăng", "LS-CL",
            "DISTRICT", "DELEGATE", "PLANNED", "2025-04-15", 300, 210L);
    static final CongressRow COMMUNE = new CongressRow("k-nl", "Hội nghị điển hình tiên tiến xã Nhân Lý", "LS-CL-NL",
            "COMMUNE", "PLENARY", "PLANNED", "2025-02-20", 0, null);

    @Test
    void delegatesAreCountedByListStatusCategoryWomenAndEthnicMinorities() {
        DelegateStatistics.Delegates counts = DelegateStatistics.count(List.of(
                new DelegateRow("k-cl", "APPROVED", "EXEMPLARY", "MALE", "Nùng"),
                new DelegateRow("k-cl", "APPROVED", "EXEMPLARY", "FEMALE", "Kinh"),
                new DelegateRow("k-cl", "APPROVED", "LEADER", "FEMALE", "Tày"),
                new DelegateRow("k-cl", "PROPOSED", "GUEST", "MALE", " KINH "),
                new DelegateRow("k-cl", "DRAFT", "EXEMPLARY", "FEMALE", "Dao")));

        assertThat(counts.approved()).isEqualTo(3);
        assertThat(counts.proposed()).isEqualTo(1);
        assertThat(counts.drafting()).as("a draft list counts apart, in nothing else").isEqualTo(1);
        assertThat(counts.approvedByCategory()).containsExactly(Map.entry("EXEMPLARY", 2L), Map.entry("GUEST", 0L),
                Map.entry("LEADER", 1L));
        assertThat(counts.proposedByCategory()).containsEntry("GUEST", 1L);
        assertThat(counts.women()).isEqualTo(2);
        assertThat(counts.ethnicMinorities()).as("Nùng and Tày; Kinh is the majority however written").isEqualTo(2);
    }

    @Test
    void eachCongressHasItsOwnDelegatesAndTheTotalsAddThemUp() {
        DelegateStatistics figures = DelegateStatistics.of("LS-CL", YEAR, 4, List.of(COMMUNE, DISTRICT), List.of(
                new DelegateRow("k-cl", "APPROVED", "EXEMPLARY", "FEMALE", "Nùng"),
                new DelegateRow("k-nl", "PROPOSED", "EXEMPLARY", "MALE", "Kinh")));

        assertThat(figures.congresses()).isEqualTo(2);
        assertThat(figures.byCongress()).extracting(DelegateStatistics.CongressLine::congressId)
                .containsExactly("k-nl", "k-cl");
        assertThat(figures.byCongress().get(1).seatsAllocated()).isEqualTo(210);
        assertThat(figures.byCongress().get(1).maxDelegates()).isEqualTo(300);
        assertThat(figures.byCongress().get(1).delegates().approved()).isEqualTo(1);
        assertThat(figures.byCongress().get(0).seatsAllocated()).as("not allocated yet").isNull();
        assertThat(figures.totals().approved() + figures.totals().proposed()).isEqualTo(2);
        assertThat(figures.totals().women()).isEqualTo(1);
        assertThat(figures.counts()).isNotBlank();
    }

    @Test
    void noEthnicityGivenIsNotCountedAsAMinority() {
        assertThat(DelegateStatistics.ethnicMinority(null)).isFalse();
        assertThat(DelegateStatistics.ethnicMinority(" ")).isFalse();
        assertThat(DelegateStatistics.ethnicMinority("H'Mông")).isTrue();
    }
}
