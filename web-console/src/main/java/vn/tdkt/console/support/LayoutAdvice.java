package vn.tdkt.console.support;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the signed-in user ({@code me}), the navigation they may see, no errors yet. */
@ControllerAdvice
class LayoutAdvice {

    private final List<NavItem> items;

    LayoutAdvice(List<NavItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
    }

    @ModelAttribute("me")
    CurrentUser me(Authentication authentication) {
        return CurrentUser.of(authentication);
    }

    @ModelAttribute("nav")
    List<NavItem> nav(Authentication authentication) {
        CurrentUser me = CurrentUser.of(authentication);
        return me == null ? List.of() : items.stream().filter(i -> i.visibleTo().test(me)).toList();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute(FormErrors.ATTRIBUTE)
    FormErrors formErrors() {
        return FormErrors.none();
    }
}
