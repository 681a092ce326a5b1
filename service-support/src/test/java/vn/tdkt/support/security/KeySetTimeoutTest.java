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
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import vn.tdkt.support.testing.TestTokens;

/**
 * The issuer's keys are fetched with the configured patience: an authorization server answering its key set in
 * about a second (a busy moment) still lets a valid token through, where the library's default of half a second had
 * answered 401.
 */
class KeySetTimeoutTest {

    @Test
    void aKeySetThatTakesASecondStillVerifiesATokenAndOneThatTakesTooLongDoesNot() throws Exception {
        byte[] keys = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TestTokens.jwkSetUri()))
                .build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        HttpServer slow = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
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
        slow.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        slow.start();
        try {
            String uri = "http://127.0.0.1:" + slow.getAddress().getPort() + "/jwks";
            String token = TestTokens.token("thiduakt.chilang", "LS-CL", Role.EMULATION_OFFICER);

            assertThat(decoder(uri, null).decode(token).getSubject()).isEqualTo("thiduakt.chilang");
            assertThatThrownBy(() -> decoder(uri, Duration.ofMillis(300)).decode(token))
                    .isInstanceOf(JwtException.class);
        } finally {
            slow.stop(0);
        }
    }

    private static NimbusJwtDecoder decoder(String uri, Duration timeout) {
        NimbusJwtDecoder.JwkSetUriJwtDecoderBuilder builder = NimbusJwtDecoder.withJwkSetUri(uri);
        new ServiceSecurityAutoConfiguration().tdktKeySetTimeouts(new WebSecurityProperties(List.of(), List.of(), List.of(),
                timeout)).customize(builder);
        return builder.build();
    }
}
