package vn.tdkt.console.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a page opened under another name of this server (http://127.0.0.1:8080 for
 * http://localhost:8080) to the configured address before anything else, so that the sign-in starts and
 * ends on the same cookie host. Health probes and other methods than GET are left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CanonicalHostFilter extends OncePerRequestFilter {

    private final ConsoleProperties console;

    CanonicalHostFilter(ConsoleProperties console) {
        this.console = console;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getRequestURI().startsWith("/actuator");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getServerName().equalsIgnoreCase(console.url().getHost()) && request.getServerPort() == console.port()) {
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        String base = console.url().toString().replaceAll("/+$", "");
        response.sendRedirect(base + request.getRequestURI() + (query == null ? "" : "?" + query));
    }
}
