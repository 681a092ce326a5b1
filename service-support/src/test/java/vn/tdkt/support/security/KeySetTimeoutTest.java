package vn.tdkt.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import vn.tdkt.support.testing.TestTokens;

/**
 * The issuer's keys are fetched with the configured patience, in the decoder Spring Boot builds itself: the
 * application context here is made by Boot's resource-server auto-configuration and ours, as in every service, and
 * its {@link JwtDecoder} bean is asked to decode. A key set answered in about a second (a busy moment) lets a valid
 * token through with the default {@code tdkt.security.key-set-timeout} (5 s); with 300 ms the same decoder fails,
 * which it could not unless Boot had applied our customizer (its own decoder waits without a limit).
 */
class KeySetTimeoutTest {

    private static HttpServer slow;
    private static ExecutorService threads;

    private final WebApplicationContextRunner contexts = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ServiceSecurityAutoConfiguration.class,
                    OAuth2ResourceServerAutoConfiguration.class))
            .withPropertyValues("spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:"
                    + slow.getAddress().getPort() + "/jwks");

    @BeforeAll
    static void slowKeySet() throws Exception {
        byte[] keys = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TestTokens.jwkSetUri()))
                .build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        slow = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        slow.createContext("/jwks", exchange -> {
            try {
                Thread.sleep(1_200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, keys.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(keys);
            }
        });
        threads = Executors.newCachedThreadPool();
        slow.setExecutor(threads);
        slow.start();
    }

    @AfterAll
    static void stop() {
        slow.stop(0);
        threads.shutdownNow();
    }

    @Test
    void bootsDecoderWaitsTheDefaultFiveSecondsForASlowKeySet() {
        String token = TestTokens.token("thiduakt.chilang", "LS-CL", Role.EMULATION_OFFICER);

        contexts.run(context -> assertThat(context.getBean(JwtDecoder.class).decode(token).getSubject())
                .isEqualTo("thiduakt.chilang"));
    }

    @Test
    void bootsDecoderGivesUpAfterTheConfiguredTimeout() {
        String token = TestTokens.token("thiduakt.chilang", "LS-CL", Role.EMULATION_OFFICER);

        contexts.withPropertyValues("tdkt.security.key-set-timeout=300ms").run(context ->
                assertThatThrownBy(() -> context.getBean(JwtDecoder.class).decode(token))
                        .isInstanceOf(JwtException.class));
    }
}
