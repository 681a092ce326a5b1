package vn.tdkt.delegate.delegation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.delegate.congress.CongressFacts;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.security.Action;
import vn.tdkt.support.security.Authorizer;

/**
 * A unit's own delegate lists across congresses: what it still has to submit or pass (the console's home page). The
 * summaries carry statuses and counts, never a delegate, so reading them is not a personal-data read. The unit's
 * people ask ({@code PROPOSE_DELEGATES} on the unit); the authorizer is asked before the other parameters are judged.
 */
@RestController
@RequestMapping("/api/v1/delegate-lists")
@Tag(name = "Danh sách đại biểu – Delegate lists", description = "A lower unit's delegates to an upper congress")
class UnitListsController {

    private final DelegateListService lists;
    private final Authorizer authorizer;

    UnitListsController(DelegateListService lists, Authorizer authorizer) {
        this.lists = lists;
        this.authorizer = authorizer;
    }

    @GetMapping
    @Operation(summary = "Danh sách đại biểu của đơn vị – a unit's lists to every congress, newest first, by status")
    PageResponse<UnitListSummary> ofUnit(@RequestParam(required = false) String unit,
                                         @RequestParam(required = false) String status,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        if (unit == null || unit.isBlank()) {
            throw new InvalidInputException("unit", "is required: the unit whose delegate lists are read");
        }
        authorizer.require(Action.PROPOSE_DELEGATES, unit.strip());
        if (!DelegateListController.UNIT_CODE.matcher(unit.strip()).matches()) {
            throw new InvalidInputException("unit", "must be a unit code: 1–64 letters, digits, '.', '_' or '-'");
        }
        ListStatus wanted = status == null || status.isBlank() ? null : Arrays.stream(ListStatus.values())
                .filter(s -> s.name().equals(status.strip())).findFirst()
                .orElseThrow(() -> new InvalidInputException("status", "must be one of "
                        + Arrays.toString(ListStatus.values())));
        return lists.ofUnit(unit.strip(), wanted, PageQuery.of(page, size)).map(UnitListSummary::of);
    }

    /** One list: its congress (when still known), status, number of delegates and the seats the unit has. */
    record UnitListSummary(String congressId, String congressOrganiserUnitCode, LocalDate congressDate,
                           String congressStatus, String unitCode, ListStatus status, int count, Integer seats,
                           Long version, Instant createdAt) {

        static UnitListSummary of(DelegateListService.UnitList found) {
            DelegateList list = found.list();
            CongressFacts congress = found.congress();
            String unit = list.id().unitCode();
            return new UnitListSummary(list.id().congressId(),
                    congress == null ? null : congress.organiserUnitCode(),
                    congress == null ? null : congress.date(),
                    congress == null ? null : congress.status(),
                    unit, list.status(), list.delegates().size(),
                    congress == null ? null : congress.seatsOf(unit).orElse(null),
                    list.version(), list.createdAt());
        }
    }
}
