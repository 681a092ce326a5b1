package vn.tdkt.support.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.tdkt.support.security.Actor;
import vn.tdkt.support.security.Authorizer;
import vn.tdkt.support.security.Role;

/**
 * Appends one audit record per command (every POST, PUT, PATCH and DELETE under {@code /api/}) and
 * per personal-data read, once the response status is known but before the answer leaves: the
 * response is held back until the record is written, so a client that reads the trail right after
 * its command finds it. Runs inside the security filter chain's scope, so the caller is the verified
 * token's; unauthenticated requests never get this far.
 */
class AuditTrailFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AuditTrailFilter.class);
    private static final Set<String> COMMANDS = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final AuditLog auditLog;
    private final Clock clock;

    AuditTrailFilter(AuditLog auditLog, Clock clock) {
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String traceId = MDC.get("traceId");
        Actor actor = currentActor();
        if (actor == null) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, held);
        } finally {
            boolean command = COMMANDS.contains(request.getMethod()) && request.getRequestURI().startsWith("/api/");
            if (command || Boolean.TRUE.equals(request.getAttribute(Audit.PERSONAL_DATA_READ))) {
                record(request, held.getStatus(), actor, traceId != null ? traceId : MDC.get("traceId"));
            }
            held.copyBodyToResponse();
        }
    }

    private void record(HttpServletRequest request, int status, Actor actor, String traceId) {
        String action = (String) request.getAttribute(Audit.ACTION);
        String target = (String) request.getAttribute(Audit.TARGET);
        AuditEntry entry = new AuditEntry(clock.instant(), actor.username(), actor.unitCode(),
                actor.roles().stream().map(Role::name).sorted().toList(),
                action != null ? action : request.getMethod() + " " + request.getRequestURI(),
                request.getMethod(), request.getRequestURI(), target,
                (Long) request.getAttribute(Audit.VERSION_BEFORE), (Long) request.getAttribute(Audit.VERSION_AFTER),
                AuditEntry.Outcome.of(status), status, traceId);
        try {
            auditLog.append(entry);
        } catch (RuntimeException e) {
            // The command's effect stands; a lost audit line must be loud for the operator.
            log.error("Could not append to the audit trail: {} {} by {} -> {}", entry.method(), entry.path(),
                    entry.actor(), status, e);
        }
    }

    private static Actor currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return Authorizer.actorOf(token.getToken());
        }
        return null;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true;
    }
}
