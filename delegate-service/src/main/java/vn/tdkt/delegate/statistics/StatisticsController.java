package vn.tdkt.delegate.statistics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.support.security.Authorizer;
import vn.tdkt.support.statistics.StatisticsScope;

/**
 * The periodic report's figures from this service (issue 16 item 3): the same request in every service, counts
 * only, resolved by service-support's {@link StatisticsScope} (the right asked first, then the dates and the
 * unit judged) and granted to the unit subtree's officers, leaders, council secretaries and organisers.
 */
@RestController
@RequestMapping("/api/v1/statistics")
@Tag(name = "Thống kê – Statistics", description = "Figures of a unit's subtree for a period, for sơ kết and tổng kết")
class StatisticsController {

    private final StatisticsService statistics;
    private final Authorizer authorizer;

    StatisticsController(StatisticsService statistics, Authorizer authorizer) {
        this.statistics = statistics;
        this.authorizer = authorizer;
    }

    @GetMapping
    @Operation(summary = "Số liệu tổng hợp – congresses with their form, date, size and seats, delegates proposed and approved "
            + "by category, women, ethnic minorities, for a unit's subtree and a period (both days included)")
    DelegateStatistics statistics(@RequestParam(required = false) String unit,
                                    @RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to) {
        return statistics.of(StatisticsScope.resolve(authorizer, unit, from, to, statistics::subtree));
    }
}
