package vn.tdkt.localstack.auth;

import java.util.List;
import java.util.Optional;

/**
 * A demo user of the local auth server: what {@code ./tdkt users} lists and what its tokens carry.
 *
 * @param roles role names of the security contract, e.g. {@code EMULATION_OFFICER}
 * @param unit  the code of the unit the user acts for, empty for {@code admin} and {@code vanhanh}
 */
public record DemoUser(String username, List<String> roles, Optional<String> unit, String name) {

    public DemoUser {
        roles = List.copyOf(roles);
    }
}
