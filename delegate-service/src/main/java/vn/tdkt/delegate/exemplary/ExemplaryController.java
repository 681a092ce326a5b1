package vn.tdkt.delegate.exemplary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.support.audit.Audit;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.security.Action;
import vn.tdkt.support.security.Authorizer;

@RestController
@RequestMapping("/api/v1/exemplary-people")
@Tag(name = "Điển hình tiên tiến – Exemplary people", description = "Honoured and registered exemplars per unit")
class ExemplaryController {

    private final ExemplaryPeople people;
    private final Authorizer authorizer;

    ExemplaryController(ExemplaryPeople people, Authorizer authorizer) {
        this.people = people;
        this.authorizer = authorizer;
    }

    /** Personal data of the unit's subtree: read there only, and audited. */
    @GetMapping
    @Operation(summary = "Người và tập thể tiêu biểu – the exemplary people and collectives of a unit's subtree")
    PageResponse<PersonResponse> list(@RequestParam String unit, @RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size) {
        Audit.personalDataRead("exemplary-people.read", "unit:" + unit);
        authorizer.require(Action.READ_PERSONAL_DATA, unit);
        PageQuery query = PageQuery.of(page, size); // after the check: 403 before any 400
        PageResponse<ExemplaryPerson> found = people.page(unit, query);
        return PageResponse.of(query, found.items().stream().map(PersonResponse::of).toList(), found.totalItems());
    }

    record PersonResponse(String id, String source, String unitCode, String recipientKind, String nomineeId,
                          String name, String position, String achievement, String field, String awardCode,
                          Integer year, String month, String reference, LocalDate decisionDate) {

        static PersonResponse of(ExemplaryPerson p) {
            return new PersonResponse(p.id(), p.source(), p.unitCode(), p.recipientKind(), p.nomineeId(), p.name(),
                    p.position(), p.achievement(), p.field(), p.awardCode(), p.year(), p.month(), p.reference(),
                    p.decisionDate());
        }
    }
}
