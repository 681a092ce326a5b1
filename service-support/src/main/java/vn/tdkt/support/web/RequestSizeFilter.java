package vn.tdkt.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.tdkt.support.problem.ProblemResponses;

/**
 * Refuses a body larger than the limit (413) before anything reads it, and a body of unknown length
 * (411), which could otherwise grow without bound while it is parsed.
 */
class RequestSizeFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final List<WebHardeningProperties.PathLimit> pathLimits;
    private final ProblemResponses problems;

    RequestSizeFilter(long maxBytes, ProblemResponses problems) {
        this(maxBytes, List.of(), problems);
    }

    /** {@code pathLimits}: larger (or smaller) limits for some path prefixes; the longest match wins. */
    RequestSizeFilter(long maxBytes, List<WebHardeningProperties.PathLimit> pathLimits, ProblemResponses problems) {
        this.maxBytes = maxBytes;
        this.pathLimits = pathLimits.stream()
                .sorted(Comparator.comparingInt((WebHardeningProperties.PathLimit limit) -> limit.pathPrefix().length())
                        .reversed())
                .toList();
        this.problems = problems;
    }

    /** The limit for this request: a path prefix matches the path itself or a path below it, not a sibling. */
    long limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (WebHardeningProperties.PathLimit limit : pathLimits) {
            String prefix = limit.pathPrefix();
            if (path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/")) {
                return limit.maxRequestBody().toBytes();
            }
        }
        return maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        long maxBytes = limitFor(request);
        if (length > maxBytes) {
            String detail = "The request body is " + length + " bytes; at most " + maxBytes + " are accepted";
            problems.write(response, HttpStatus.CONTENT_TOO_LARGE, detail, "body", detail);
            return;
        }
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            problems.write(response, HttpStatus.LENGTH_REQUIRED, "Send the request body with a Content-Length", "body",
                    "the length of the body must be given");
            return;
        }
        chain.doFilter(request, response);
    }
}
