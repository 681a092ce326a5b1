package vn.tdkt.nomination.statistics;

import java.util.Set;
import org.springframework.stereotype.Service;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.statistics.ReportPeriod;
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

    /** The unit's subtree; 400 naming {@code unit} when this service does not know the unit. */
    Set<String> subtree(String unit) {
        Set<String> subtree = unit == null || unit.isBlank() ? Set.of() : units.subtree(unit.strip());
        if (subtree.isEmpty()) {
            throw new InvalidInputException("unit", unit == null || unit.isBlank() ? "is required, a unit code"
                    : "no unit " + unit + " is known here");
        }
        return subtree;
    }

    NominationStatistics of(String unit, Set<String> subtree, ReportPeriod period) {
        return NominationStatistics.of(unit, period, subtree.size(), counts.nominations(subtree, period),
                counts.honoursConferred(subtree, period), counts.exemplars(subtree, period),
                counts.registeringOffices(subtree, period), counts.sessions(subtree, period),
                counts.dossiersVoted(subtree, period));
    }
}
