package vn.tdkt.auth.user;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code tdkt.demo}: the demo users (from {@code demo-users.yml}) and their one password
 * ({@code TDKT_DEMO_PASSWORD}, default {@code demo}).
 */
@Validated
@ConfigurationProperties("tdkt.demo")
public record DemoUsers(@NotBlank String password, @NotEmpty List<@Valid DemoUser> users) {

    public DemoUsers {
        users = List.copyOf(users);
        Set<String> seen = new HashSet<>();
        for (DemoUser user : users) {
            if (!seen.add(user.username())) {
                throw new IllegalArgumentException("demo user " + user.username() + " is listed twice");
            }
        }
    }

    public Optional<DemoUser> find(String username) {
        return users.stream().filter(u -> u.username().equals(username)).findFirst();
    }
}
