package vn.tdkt.support.audit;

import java.time.Instant;
import java.util.List;

/** What happened, before it is numbered and chained into the trail. */
record AuditEntry(Instant at, String actor, String actingUnit, List<String> roles, String action, String method,
                  String path, String target, Long versionBefore, Long versionAfter, Outcome outcome, int status,
                  String traceId) {

    enum Outcome {
        SUCCEEDED, REJECTED, DENIED, FAILED;

        static Outcome of(int status) {
            if (status < 400) {
                return SUCCEEDED;
            }
            if (status == 401 || status == 403) {
                return DENIED;
            }
            return status < 500 ? REJECTED : FAILED;
        }
    }
}
