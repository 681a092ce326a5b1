package vn.tdkt.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.tdkt.auth.user.DemoUser;
import vn.tdkt.auth.user.DemoUsers;
import vn.tdkt.auth.user.Role;

/** demo-users.yml as the server binds it: the users of the security contract, the password only as a hash. */
@SpringBootTest(properties = "tdkt.auth.key-directory=target/test-keys")
class DemoUsersBindingTest {

    @Autowired
    DemoUsers demo;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void theContractsUsersWithTheirRolesAndUnits() {
        assertThat(demo.users()).extracting(DemoUser::username).containsExactly(
                "admin", "thiduakt.tinh", "thiduakt.chilang", "thiduakt.huulung", "thiduakt.nhanly", "thuky.hoidong",
                "uyvien.1", "uyvien.2", "uyvien.3", "uyvien.4", "uyvien.5", "lanhdao.chilang", "bantochuc.tinh", "vanhanh");
        assertThat(demo.find("thiduakt.nhanly").orElseThrow())
                .isEqualTo(new DemoUser("thiduakt.nhanly", List.of(Role.EMULATION_OFFICER), "LS-CL-NL", "Cán bộ thi đua xã Nhân Lý"));
        assertThat(demo.find("admin").orElseThrow().unitCode()).isEmpty();
        assertThat(demo.find("vanhanh").orElseThrow().unitCode()).isEmpty();
        assertThat(demo.find("vanhanh").orElseThrow().roles()).containsExactly(Role.OPERATOR);
    }

    @Test
    void passwordsAreStoredEncoded() {
        String stored = users.loadUserByUsername("uyvien.3").getPassword();

        assertThat(stored).startsWith("{bcrypt}").doesNotContain("demo");
        assertThat(encoder.matches("demo", stored)).isTrue();
        assertThat(users.loadUserByUsername("uyvien.3").getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_COUNCIL_MEMBER");
    }
}
