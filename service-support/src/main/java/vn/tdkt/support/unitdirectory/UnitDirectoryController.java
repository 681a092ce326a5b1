package vn.tdkt.support.unitdirectory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.support.audit.Audit;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.NotFoundException;
import vn.tdkt.support.security.Action;
import vn.tdkt.support.security.Authorizer;
import vn.tdkt.support.security.PersonalData;

/**
 * Read side of the projection: which units this service knows and at which version. Contact emails
 * are personal data, shown only to those who may read them for that unit.
 */
@RestController
@RequestMapping("/api/v1/units")
class UnitDirectoryController {

    private final UnitDirectory directory;
    private final Authorizer authorizer;

    UnitDirectoryController(UnitDirectory directory, Authorizer authorizer) {
        this.directory = directory;
        this.authorizer = authorizer;
    }

    @GetMapping
    PageResponse<UnitResponse> list(@RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        authorizer.require(Action.READ_DIRECTORY, null);
        List<String> disclosed = new ArrayList<>();
        PageResponse<UnitResponse> listed = directory.page(PageQuery.of(page, size)).map(unit -> view(unit, disclosed));
        Audit.unitDataDisclosed("unit.list", disclosed);
        return listed;
    }

    @GetMapping("/{code}")
    UnitResponse get(@PathVariable String code) {
        authorizer.require(Action.READ_DIRECTORY, null);
        List<String> disclosed = new ArrayList<>();
        UnitResponse unit = directory.find(code).map(found -> view(found, disclosed))
                .orElseThrow(() -> new NotFoundException("Unit " + code + " is not known here (yet)"));
        Audit.unitDataDisclosed("unit.read", disclosed);
        return unit;
    }

    /** Whole contact emails only for readers who may see them for this unit (noted for the audit trail). */
    private UnitResponse view(DirectoryUnit unit, List<String> disclosed) {
        boolean shown = authorizer.allows(Action.READ_PERSONAL_DATA, unit.code());
        if (shown && !unit.contactEmails().isEmpty()) {
            disclosed.add(unit.code());
        }
        return new UnitResponse(unit.code(), unit.name(), unit.level(), unit.parentCode(), unit.staffCount(),
                shown ? unit.contactEmails() : PersonalData.maskEmails(unit.contactEmails()), unit.status(),
                unit.successorCode(), unit.predecessorCodes(), unit.statusEffectiveDate(), unit.version(),
                unit.updatedAt());
    }

    record UnitResponse(String code, String name, String level, String parentCode, Integer staffCount,
                        List<String> contactEmails, String status, String successorCode,
                        List<String> predecessorCodes, LocalDate statusEffectiveDate, long version, Instant updatedAt) {
    }
}
