package vn.tdkt.auth.user;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The demo users as Spring Security users; the plain password exists only in the environment. */
@Configuration(proxyBeanMethods = false)
class UserConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder(); // bcrypt, prefixed {bcrypt}
    }

    @Bean
    UserDetailsService userDetailsService(DemoUsers demo, PasswordEncoder encoder) {
        String hash = encoder.encode(demo.password()); // one password for all: hash it once, bcrypt is slow on purpose
        List<UserDetails> users = demo.users().stream()
                .map(u -> User.withUsername(u.username())
                        .password(hash)
                        .authorities(u.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList())
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }
}
