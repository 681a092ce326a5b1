package vn.tdkt.delegate.statistics;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.tdkt.support.statistics.ReportPeriod;
import vn.tdkt.support.statistics.StatisticsScope;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/** The congress figures of a unit's subtree (as the unit projection knows it today) for a period. */
@Service
class StatisticsService {

    private final StatisticsRepository reads;
    private final UnitDirectory units;

    StatisticsService(StatisticsRepository reads, UnitDirectory units) {
        this.reads = reads;
        this.units = units;
    }

    /** The unit and every unit below it today; empty for a unit this service does not know. */
    Set<String> subtree(String unit) {
        return units.subtree(unit);
    }

    DelegateStatistics of(StatisticsScope scope) {
        String unit = scope.unit();
        Set<String> subtree = scope.subtree();
        ReportPeriod period = scope.period();
        List<StatisticsRepository.CongressRow> congresses = reads.congresses(subtree, period);
        return DelegateStatistics.of(unit, period, subtree.size(), congresses, congresses.isEmpty() ? List.of()
                : reads.delegates(congresses.stream().map(StatisticsRepository.CongressRow::id).toList()));
    }
}
