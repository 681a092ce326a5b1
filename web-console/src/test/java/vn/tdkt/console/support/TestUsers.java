package vn.tdkt.console.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

/** Signed-in users for MockMvc, with the claims the auth server puts in the ID token. */
public final class TestUsers {

    private TestUsers() {
    }

    public static OidcLoginRequestPostProcessor user(String username, String name, String role, String unit) {
        return oidcLogin()
                .idToken(t -> {
                    t.claim("preferred_username", username).claim("name", name).claim("roles", List.of(role));
                    if (unit != null) {
                        t.claim("unit", unit);
                    }
                })
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    /** thiduakt.chilang: the emulation officer of huyện Chi Lăng (LS-CL). */
    public static OidcLoginRequestPostProcessor chiLangOfficer() {
        return user("thiduakt.chilang", "Cán bộ thi đua huyện Chi Lăng", CurrentUser.EMULATION_OFFICER, "LS-CL");
    }

    public static OidcLoginRequestPostProcessor councilMember() {
        return user("uyvien.1", "Ủy viên Hội đồng 1", CurrentUser.COUNCIL_MEMBER, "LS");
    }

    public static OidcLoginRequestPostProcessor operator() {
        return user("vanhanh", "Vận hành hệ thống", CurrentUser.OPERATOR, null);
    }

    /** The navigation of the features, which slices do not scan. */
    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavItem testHomeNav() {
            return NavItem.forEveryone(0, "nav.home", "/");
        }
    }
}
