package vn.tdkt.campaign.statistics;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.tdkt.support.statistics.ReportPeriod;
import vn.tdkt.support.statistics.StatisticsScope;

/** The figures of a unit's subtree (the registry as it is today) for a period. */
@Service
class StatisticsService {

    private final StatisticsRepository reads;

    StatisticsService(StatisticsRepository reads) {
        this.reads = reads;
    }

    /** The unit and every unit below it today; empty for a unit this service does not know. */
    Set<String> subtree(String unit) {
        return reads.subtree(unit);
    }

    CampaignStatistics of(StatisticsScope scope) {
        String unit = scope.unit();
        Set<String> subtree = scope.subtree();
        ReportPeriod period = scope.period();
        List<StatisticsRepository.Addressed> addressed = reads.addressedTo(subtree, period);
        List<String> ids = addressed.stream().map(StatisticsRepository.Addressed::id).toList();
        List<String> recipients = addressed.stream().flatMap(a -> a.recipientUnitCodes().stream())
                .filter(subtree::contains).distinct().toList();
        return CampaignStatistics.of(unit, period, subtree, reads.organised(unit, period), addressed,
                ids.isEmpty() ? List.of() : reads.launchedImplementations(ids),
                recipients.isEmpty() ? java.util.Map.of() : reads.successors(recipients),
                ids.isEmpty() ? List.of() : reads.registrations(ids, subtree), reads.blocs(subtree, period));
    }
}
