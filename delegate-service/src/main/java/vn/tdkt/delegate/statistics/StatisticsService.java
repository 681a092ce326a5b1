package vn.tdkt.delegate.statistics;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.statistics.ReportPeriod;
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

    /** The unit's subtree; 400 naming {@code unit} when this service does not know the unit. */
    Set<String> subtree(String unit) {
        Set<String> subtree = unit == null || unit.isBlank() ? Set.of() : units.subtree(unit.strip());
        if (subtree.isEmpty()) {
            throw new InvalidInputException("unit", unit == null || unit.isBlank() ? "is required, a unit code"
                    : "no unit " + unit + " is known here");
        }
        return subtree;
    }

    DelegateStatistics of(String unit, Set<String> subtree, ReportPeriod period) {
        List<StatisticsRepository.CongressRow> congresses = reads.congresses(subtree, period);
        return DelegateStatistics.of(unit, period, subtree.size(), congresses, congresses.isEmpty() ? List.of()
                : reads.delegates(congresses.stream().map(StatisticsRepository.CongressRow::id).toList()));
    }
}
