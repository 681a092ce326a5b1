package vn.tdkt.console.operations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tdkt.console.support.CurrentUser;
import vn.tdkt.console.support.NavItem;

/** The operators' screens in the main navigation, for operators and administrators only. */
@Configuration(proxyBeanMethods = false)
class OperationsNavigation {

    @Bean
    NavItem operationsNav() {
        return NavItem.forRoles(90, "nav.operations", "/operations", CurrentUser.OPERATOR, CurrentUser.ADMINISTRATOR);
    }
}
