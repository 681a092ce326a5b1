package vn.tdkt.support.audit;

import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.security.Action;
import vn.tdkt.support.security.Authorizer;

/** The audit trail of this service, for administrators and operators, and its verification. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    private final AuditLog auditLog;
    private final Authorizer authorizer;

    AuditController(AuditLog auditLog, Authorizer authorizer) {
        this.auditLog = auditLog;
        this.authorizer = authorizer;
    }

    @GetMapping
    PageResponse<AuditRecord> list(@RequestParam(required = false) String actor,
                                   @RequestParam(required = false) String action,
                                   @RequestParam(required = false) String target,
                                   @RequestParam(required = false) AuditEntry.Outcome outcome,
                                   @RequestParam(required = false) Instant from,
                                   @RequestParam(required = false) Instant to,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size) {
        authorizer.require(Action.READ_AUDIT, null);
        PageQuery query = PageQuery.of(page, size);
        return auditLog.find(new AuditLog.AuditFilter(actor, action, target, outcome == null ? null : outcome.name(),
                from, to), query);
    }

    @GetMapping("/verification")
    Verification verify() {
        authorizer.require(Action.READ_AUDIT, null);
        return auditLog.verify();
    }
}
