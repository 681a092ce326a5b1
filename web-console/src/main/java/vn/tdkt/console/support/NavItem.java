package vn.tdkt.console.support;

import java.util.function.Predicate;

/**
 * An entry of the main navigation. Each feature declares its own as a bean, so a new screen adds its
 * link without touching the layout; the header shows the entries whose {@code visibleTo} accepts the
 * signed-in user, by {@code order}.
 *
 * @param messageKey the label in messages.properties
 * @param path where it leads; also marks the entry current (aria-current) for pages below it
 */
public record NavItem(int order, String messageKey, String path, Predicate<CurrentUser> visibleTo) {

    public static NavItem forEveryone(int order, String messageKey, String path) {
        return new NavItem(order, messageKey, path, user -> true);
    }

    public static NavItem forRoles(int order, String messageKey, String path, String... roles) {
        return new NavItem(order, messageKey, path, user -> user.hasAnyRole(roles));
    }
}
