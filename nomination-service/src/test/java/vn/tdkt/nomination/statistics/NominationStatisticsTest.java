package vn.tdkt.nomination.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import vn.tdkt.nomination.statistics.StatisticsRepository.Row;
import vn.tdkt.support.statistics.ReportPeriod;

/** The assembly of the counted rows into the report's figures: totals, zeros, order, names and forms. */
class NominationStatisticsTest {

    static final ReportPeriod FIRST_HALF = ReportPeriod.parse("2025-01-01", "2025-06-30");

    static Row row(long count, String... keyValues) {
        Document key = new Document();
        for (int i = 0; i < keyValues.length; i += 2) {
            key.put(keyValues[i], keyValues[i + 1]);
        }
        return new Row(key, count);
    }

    @Test
    void nominationsByAwardAndOutcomeKeepEveryStatusAndTheWorkflowsOrder() {
        NominationStatistics.Nominations figures = NominationStatistics.nominations(List.of(
                row(3, "awardCode", "LAO_DONG_TIEN_TIEN", "status", "DECIDED"),
                row(1, "awardCode", "LAO_DONG_TIEN_TIEN", "status", "NOT_APPROVED"),
                row(2, "awardCode", "CSTD_CO_SO", "status", "SUBMITTED"),
                row(2, "awardCode", "CSTD_CO_SO", "status", "DECIDED")));

        assertThat(figures.total()).isEqualTo(8);
        assertThat(figures.byStatus()).containsExactly(java.util.Map.entry("DRAFT", 0L),
                java.util.Map.entry("SUBMITTED", 2L), java.util.Map.entry("RETURNED", 0L),
                java.util.Map.entry("APPRAISED", 0L), java.util.Map.entry("APPROVED", 0L),
                java.util.Map.entry("NOT_APPROVED", 1L), java.util.Map.entry("DECIDED", 5L),
                java.util.Map.entry("FORWARDED", 0L));
        assertThat(figures.byAward()).extracting(NominationStatistics.AwardLine::awardName, NominationStatistics.AwardLine::total)
                .as("most first, then by code").containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Chiến sĩ thi đua cơ sở", 4L),
                        org.assertj.core.groups.Tuple.tuple("Lao động tiên tiến", 4L));
        assertThat(figures.byAward().get(1).byStatus()).containsEntry("DECIDED", 3L).containsEntry("DRAFT", 0L);
        assertThat(figures.counts()).contains("created in the period");
    }

    @Test
    void honoursAreCountedByFormAndGrantorLevelWithIndividualsAndCollectivesApart() {
        NominationStatistics.Honours figures = NominationStatistics.honours(List.of(
                row(5, "awardCode", "LAO_DONG_TIEN_TIEN", "grantorLevel", "COMMUNE", "recipientKind", "INDIVIDUAL"),
                row(2, "awardCode", "TAP_THE_LDTT", "grantorLevel", "DISTRICT", "recipientKind", "COLLECTIVE"),
                row(1, "awardCode", "GIAY_KHEN", "grantorLevel", "DISTRICT", "recipientKind", "INDIVIDUAL"),
                row(1, "awardCode", "GIAY_KHEN", "grantorLevel", "DISTRICT", "recipientKind", "COLLECTIVE"),
                row(1, "awardCode", "BANG_KHEN_TINH", "grantorLevel", "PROVINCE", "recipientKind", "INDIVIDUAL")));

        assertThat(figures.total()).isEqualTo(10);
        assertThat(figures.individuals()).isEqualTo(7);
        assertThat(figures.collectives()).isEqualTo(3);
        assertThat(figures.byForm()).extracting(NominationStatistics.FormLine::form, NominationStatistics.FormLine::label,
                NominationStatistics.FormLine::total).containsExactly(
                org.assertj.core.groups.Tuple.tuple("EMULATION_TITLE", "Danh hiệu thi đua", 7L),
                org.assertj.core.groups.Tuple.tuple("COMMENDATION", "Hình thức khen thưởng", 3L));
        assertThat(figures.byGrantorLevel()).extracting(NominationStatistics.LevelLine::grantorLevel,
                NominationStatistics.LevelLine::total).containsExactly(
                org.assertj.core.groups.Tuple.tuple("COMMUNE", 5L), org.assertj.core.groups.Tuple.tuple("DISTRICT", 4L),
                org.assertj.core.groups.Tuple.tuple("PROVINCE", 1L));
        assertThat(figures.byAward()).filteredOn(line -> line.awardCode().equals("GIAY_KHEN")).singleElement()
                .satisfies(line -> {
                    assertThat(line.individuals()).isEqualTo(1);
                    assertThat(line.collectives()).isEqualTo(1);
                    assertThat(line.awardName()).isEqualTo("Giấy khen");
                });
    }

    @Test
    void exemplarsAreCountedForEveryMonthOfThePeriodZerosIncluded() {
        NominationStatistics.Exemplars figures = NominationStatistics.exemplars(FIRST_HALF, List.of(
                        row(4, "month", "2025-02", "recipientKind", "INDIVIDUAL"),
                        row(1, "month", "2025-02", "recipientKind", "COLLECTIVE"),
                        row(2, "month", "2025-06", "recipientKind", "INDIVIDUAL")),
                List.of(row(2, "month", "2025-02"), row(1, "month", "2025-06")));

        assertThat(figures.byMonth()).extracting(NominationStatistics.MonthLine::month)
                .containsExactly("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06");
        assertThat(figures.byMonth().get(0).total()).isZero();
        assertThat(figures.byMonth().get(1)).isEqualTo(new NominationStatistics.MonthLine("2025-02", 2, 4, 1, 5));
        assertThat(figures.total()).isEqualTo(7);
        assertThat(figures.collectives()).isEqualTo(1);
    }

    @Test
    void sessionsHeldAreThoseOpenedClosedOnesCountTheirDossiers() {
        NominationStatistics.Sessions figures = NominationStatistics.sessions(List.of(row(3, "status", "CLOSED"),
                row(1, "status", "OPEN")), 11);

        assertThat(figures).isEqualTo(new NominationStatistics.Sessions(figures.counts(), 4, 3, 11));
    }

    @Test
    void nothingCountedIsAllZerosNotMissingRows() {
        NominationStatistics all = NominationStatistics.of("LS-CL", FIRST_HALF, 3, List.of(), List.of(), List.of(),
                List.of(), List.of(), 0);

        assertThat(all.nominations().total()).isZero();
        assertThat(all.nominations().byStatus()).hasSize(NominationStatistics.STATUS_ORDER.size());
        assertThat(all.honoursConferred().byForm()).hasSize(2).allSatisfy(f -> assertThat(f.total()).isZero());
        assertThat(all.exemplarsRegistered().byMonth()).hasSize(6);
        assertThat(all.councilSessions().held()).isZero();
        assertThat(all.unitsInSubtree()).isEqualTo(3);
    }
}
