package vn.tdkt.auth.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * One demo user as listed in {@code demo-users.yml}.
 *
 * @param unit the code of the unit the user acts for; null for users who act for none (admin, operator)
 */
public record DemoUser(@NotBlank String username, @NotEmpty List<@NotNull Role> roles, String unit, @NotBlank String name) {

    public DemoUser {
        roles = List.copyOf(roles);
    }

    public Optional<String> unitCode() {
        return Optional.ofNullable(unit).filter(u -> !u.isBlank());
    }
}
