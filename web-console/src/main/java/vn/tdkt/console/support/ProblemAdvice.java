package vn.tdkt.console.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal no form handled: a page (or, for htmx, the fragment {@code problem :: message}) that says
 * in the user's language what happened (403 not allowed for this unit, 404 not found, 409 changed or not
 * allowed in this phase, 503 a service unreachable), with the service's own detail. A 401 from a service
 * (the token is gone, the refresh failed) signs the user in again.
 */
@ControllerAdvice
class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final LayoutAdvice layout;

    ProblemAdvice(LayoutAdvice layout) {
        this.layout = layout;
    }

    @ExceptionHandler(ServiceProblem.class)
    ModelAndView problem(ServiceProblem problem, HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        if (problem.status() == 401) {
            return new ModelAndView("redirect:" + SecurityConfiguration.SIGN_IN);
        }
        if (problem.status() >= 500) {
            log.warn("{} answered {} for {} {}", problem.service(), problem.status(), request.getMethod(), request.getRequestURI());
        }
        boolean htmx = request.getHeader("HX-Request") != null;
        ModelAndView page = new ModelAndView(htmx ? "problem :: message" : "problem");
        page.addObject(FormErrors.ATTRIBUTE, FormErrors.of(problem));
        page.addObject("me", layout.me(authentication));
        page.addObject("nav", layout.nav(authentication));
        page.addObject("currentPath", layout.currentPath(request));
        page.setStatus(org.springframework.http.HttpStatus.valueOf(problem.status() == 400 || problem.status() == 422
                ? 422 : problem.status() >= 500 ? 502 : problem.status()));
        response.setHeader("Cache-Control", "no-store");
        return page;
    }
}
