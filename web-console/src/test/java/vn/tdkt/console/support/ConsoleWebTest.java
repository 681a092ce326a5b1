package vn.tdkt.console.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A web slice of the console: the named controllers with the real layout, security, messages, problem
 * handling and formats, and the four service clients mocked ({@link MockitoBean} them in the test:
 * {@code @MockitoBean CampaignApi campaigns;}). The issuer is a fixed test provider, so nothing is
 * discovered over the network; sign in with {@link TestUsers}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@Import({SecurityConfiguration.class, WebConfiguration.class, Formats.class, ClockConfiguration.class,
        LayoutAdvice.class, ProblemAdvice.class, TestUsers.Navigation.class})
@TestPropertySource(properties = {
        "spring.security.oauth2.client.registration.tdkt.provider=test",
        "spring.security.oauth2.client.provider.test.authorization-uri=http://issuer.test/oauth2/authorize",
        "spring.security.oauth2.client.provider.test.token-uri=http://issuer.test/oauth2/token",
        "spring.security.oauth2.client.provider.test.jwk-set-uri=http://issuer.test/oauth2/jwks",
        "spring.security.oauth2.client.provider.test.user-name-attribute=preferred_username",
        "tdkt.console.url=http://localhost", "logging.structured.format.console="})
public @interface ConsoleWebTest {

    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};
}
