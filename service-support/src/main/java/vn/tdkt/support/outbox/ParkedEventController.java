package vn.tdkt.support.outbox;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.security.Action;
import vn.tdkt.support.security.Authorizer;

/** Operator API: the events this service's outbox parked because the broker can never take them. */
@RestController
@RequestMapping("/api/v1/outbox/parked")
class ParkedEventController {

    private final ParkedEvents parked;
    private final Authorizer authorizer;

    ParkedEventController(ParkedEvents parked, Authorizer authorizer) {
        this.parked = parked;
        this.authorizer = authorizer;
    }

    @GetMapping
    PageResponse<ParkedEvents.ParkedEvent> list(@RequestParam(required = false) Integer page,
                                                @RequestParam(required = false) Integer size) {
        authorizer.require(Action.OPERATE, null);
        return parked.page(PageQuery.of(page, size));
    }
}
