package vn.tdkt.auth;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The local OAuth2 / OpenID Connect authorization server: signs the demo users in (form login) and
 * issues the RS256 JWTs that the services accept, with the claims that the services and the Keycloak realm agree on.
 * docker-compose runs Keycloak with the same users and claims instead.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AuthServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(AuthServerApplication.class, args);
    }
}
