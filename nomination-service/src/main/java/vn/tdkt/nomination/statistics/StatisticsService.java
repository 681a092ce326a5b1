package vn.tdkt.nomination.statistics;

import java.util.Set;
import org.springframework.stereotype.Service;
import vn.tdkt.support.statistics.ReportPeriod;
import vn.tdkt.support.statistics.StatisticsScope;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/** The figures of a unit's subtree (as the unit projection knows it today) for a period. */
@Service
class StatisticsService {

    private final StatisticsRepository counts;
    private final UnitDirectory units;

    StatisticsService(StatisticsRepository counts, UnitDirectory units) {
        this.counts = counts;
        this.units = units;
    }

    /** The unit and every unit below it today; empty for a unit this service does not know. */
    Set<String> subtree(String unit) {
        return units.subtree(unit);
    }

    NominationStatistics of(StatisticsScope scope) {
        String unit = scope.unit();
        Set<String> subtree = scope.subtree();
        ReportPeriod period = scope.period();
        return NominationStatistics.of(unit, period, subtree.size(), counts.nominations(subtree, period),
                counts.honoursConferred(subtree, period), counts.exemplars(subtree, period),
                counts.registeringOffices(subtree, period), counts.sessions(subtree, period),
                counts.dossiersVoted(subtree, period));
    }
}
