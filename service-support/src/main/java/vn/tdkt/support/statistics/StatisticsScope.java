package vn.tdkt.support.statistics;

import java.util.Set;
import java.util.function.Function;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.security.Action;
import vn.tdkt.support.security.Authorizer;

/**
 * What a statistics request ({@code GET /api/v1/statistics?unit=&from=&to=}) is about: the unit, its subtree as the
 * service knows it today, and the period. Every service resolves it the same way: {@code READ_STATISTICS} on the unit
 * is asked first (a refused caller learns nothing of its input, nor whether the unit exists), then the period and the
 * unit are judged (400 naming {@code from}, {@code to} or {@code unit}). Without a unit there is nothing to ask
 * about: 400 at once.
 */
public record StatisticsScope(String unit, Set<String> subtree, ReportPeriod period) {

    /**
     * @param subtreeOf the unit and every unit below it today in this service's view; empty for a unit it does not
     *                  know
     */
    public static StatisticsScope resolve(Authorizer authorizer, String unit, String from, String to,
                                          Function<String, Set<String>> subtreeOf) {
        if (unit == null || unit.isBlank()) {
            throw new InvalidInputException("unit", "is required, a unit code");
        }
        String code = unit.strip();
        authorizer.require(Action.READ_STATISTICS, code);
        ReportPeriod period = ReportPeriod.parse(from, to);
        Set<String> subtree = subtreeOf.apply(code);
        if (subtree.isEmpty()) {
            throw new InvalidInputException("unit", "no unit " + code + " is known here");
        }
        return new StatisticsScope(code, Set.copyOf(subtree), period);
    }
}
