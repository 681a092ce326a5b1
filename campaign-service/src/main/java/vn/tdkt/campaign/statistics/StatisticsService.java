package vn.tdkt.campaign.statistics;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.statistics.ReportPeriod;

/** The figures of a unit's subtree (the registry as it is today) for a period. */
@Service
class StatisticsService {

    private final StatisticsRepository reads;

    StatisticsService(StatisticsRepository reads) {
        this.reads = reads;
    }

    /** The unit's subtree; 400 naming {@code unit} when the registry has no such unit. */
    Set<String> subtree(String unit) {
        Set<String> subtree = unit == null || unit.isBlank() ? Set.of() : reads.subtree(unit.strip());
        if (subtree.isEmpty()) {
            throw new InvalidInputException("unit", unit == null || unit.isBlank() ? "is required, a unit code"
                    : "no unit " + unit + " is registered");
        }
        return subtree;
    }

    CampaignStatistics of(String unit, Set<String> subtree, ReportPeriod period) {
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
