package vn.tdkt.campaign.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tdkt.campaign.statistics.StatisticsRepository.Addressed;
import vn.tdkt.campaign.statistics.StatisticsRepository.BlocYear;
import vn.tdkt.campaign.statistics.StatisticsRepository.Implementation;
import vn.tdkt.campaign.statistics.StatisticsRepository.KindPhase;

/** The counting of the campaign figures from the rows the repository reads. */
class CampaignStatisticsTest {

    /** Chi Lăng today: the district, Nhân Lý, and Đồng Mỏ – Quang Lang with the old Đồng Mỏ merged into it. */
    static final Set<String> CHI_LANG = Set.of("LS-CL", "LS-CL-NL", "LS-CL-DMQ", "LS-CL-DM");

    /** The province's plan asks both districts; Chi Lăng's own plan asks its communes (the old code too). */
    static final Addressed PROVINCE = new Addressed("c-ls", "Thi đua chào mừng Đại hội tỉnh", "LS",
            List.of("LS-CL", "LS-HL"));
    static final Addressed DISTRICT = new Addressed("c-cl", "Huyện Chi Lăng triển khai", "LS-CL",
            List.of("LS-CL-NL", "LS-CL-DM"));

    @Test
    void organisedCampaignsAreCountedByKindAndPhaseEveryOneListed() {
        CampaignStatistics.Organised figures = CampaignStatistics.organised(List.of(
                new KindPhase("THEMATIC", "LAUNCHED", 2), new KindPhase("THEMATIC", "CLOSED", 1),
                new KindPhase("REGULAR", "LAUNCHED", 1)));

        assertThat(figures.total()).isEqualTo(4);
        assertThat(figures.byKind()).containsExactly(Map.entry("REGULAR", 1L), Map.entry("PERIODIC", 0L),
                Map.entry("THEMATIC", 3L));
        assertThat(figures.byPhase()).containsEntry("LAUNCHED", 3L).containsEntry("CLOSED", 1L)
                .containsEntry("DRAFT", 0L).hasSize(6);
    }

    @Test
    void theCascadeCountsOnlyTheSubtreesUnitsAndAMergedUnitLaunchesThroughItsSuccessor() {
        CampaignStatistics.Cascade cascade = CampaignStatistics.cascade(List.of(PROVINCE, DISTRICT), CHI_LANG,
                List.of(new Implementation("c-ls", "LS-CL"), new Implementation("c-ls", "LS-HL"),
                        new Implementation("c-cl", "LS-CL-DMQ")),
                Map.of("LS-CL-DM", "LS-CL-DMQ"));

        assertThat(cascade.campaigns()).isEqualTo(2);
        assertThat(cascade.recipients()).as("LS-HL is not Chi Lăng's").isEqualTo(3);
        assertThat(cascade.launched()).isEqualTo(2);
        assertThat(cascade.notLaunched()).isEqualTo(1);
        assertThat(cascade.byCampaign().get(1).notLaunchedUnitCodes()).containsExactly("LS-CL-NL");
        assertThat(cascade.byCampaign().get(0).notLaunchedUnitCodes()).isEmpty();
    }

    @Test
    void registrationsAreRegisteredOrMissingForEachUnitAskedAndOthersAreIgnored() {
        CampaignStatistics.Registrations figures = CampaignStatistics.registrations(List.of(PROVINCE, DISTRICT),
                CHI_LANG, List.of(List.of("c-cl", "LS-CL-NL"), List.of("c-ls", "LS-HL"), List.of("c-x", "LS-CL")));

        assertThat(figures.expected()).isEqualTo(3);
        assertThat(figures.byStatus()).containsExactly(Map.entry("REGISTERED", 1L), Map.entry("MISSING", 2L));
    }

    @Test
    void blocsCountTheirScorecardsAndThePublishedOnesAsRanked() {
        CampaignStatistics.Blocs blocs = CampaignStatistics.blocs(List.of(new BlocYear("b-1", "RESULT_PUBLISHED", 12),
                new BlocYear("b-2", "SCORING", 5), new BlocYear("b-3", "DRAFT", 0)));

        assertThat(blocs.total()).isEqualTo(3);
        assertThat(blocs.scorecardsSubmitted()).isEqualTo(17);
        assertThat(blocs.ranked()).isEqualTo(1);
        assertThat(blocs.byPhase()).containsEntry("COVENANT_SIGNING", 0L);
    }

    @Test
    void nothingAtAllIsZerosWithTheirMeaning() {
        CampaignStatistics all = CampaignStatistics.of("LS-CL", vn.tdkt.support.statistics.ReportPeriod.parse(
                "2025-01-01", "2025-12-31"), CHI_LANG, List.of(), List.of(), List.of(), Map.of(), List.of(), List.of());

        assertThat(all.unitsInSubtree()).isEqualTo(4);
        assertThat(all.campaignsOrganised().total()).isZero();
        assertThat(all.cascade().recipients()).isZero();
        assertThat(all.registrations().byStatus()).containsEntry("MISSING", 0L);
        assertThat(all.blocs().counts()).isNotBlank();
    }
}
