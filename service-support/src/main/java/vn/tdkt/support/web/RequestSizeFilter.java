package vn.tdkt.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.tdkt.support.problem.ProblemResponses;

/**
 * Refuses a body larger than the limit (413) before anything reads it, and a body of unknown length
 * (411), which could otherwise grow without bound while it is parsed.
 */
class RequestSizeFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final ProblemResponses problems;

    RequestSizeFilter(long maxBytes, ProblemResponses problems) {
        this.maxBytes = maxBytes;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
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
