package vn.tdkt.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tdkt.localstack.auth.AuthServerUnavailableException;
import vn.tdkt.localstack.auth.DemoTokens;
import vn.tdkt.localstack.auth.DemoUser;
import vn.tdkt.localstack.auth.DemoUsers;
import vn.tdkt.localstack.auth.SignInRefusedException;

/**
 * The real auth-server jar (built before this module in the reactor) on a free port, as SystemLauncher
 * runs it, and real tokens from it for every demo user through DemoTokens.
 */
class AuthServerProcessTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void everyDemoUserGetsATokenWithTheirClaimsAndTheKeySurvivesARestart() {
        Path root = SystemLauncher.findProjectRoot(Path.of(""));
        AuthServerProcess auth = AuthServerProcess.builder()
                .projectRoot(root).keyDirectory(dir.resolve("keys")).logFile(dir.resolve("auth-server.log"))
                .build();
        try (auth) {
            auth.start().awaitReady(Duration.ofSeconds(120));
            assertThat(auth.clientEnvironment())
                    .containsEntry("TDKT_AUTH_ISSUER", "http://127.0.0.1:" + auth.port())
                    .containsEntry("TDKT_AUTH_JWK_SET_URI", "http://127.0.0.1:" + auth.port() + "/oauth2/jwks");
            DemoTokens tokens = new DemoTokens(URI.create(auth.issuer()));

            String kid = null;
            for (DemoUser user : DemoUsers.all()) {
                String token = tokens.accessToken(user.username(), "demo");
                JsonNode claims = part(token, 1);
                assertThat(claims.path("sub").asString()).isEqualTo(user.username());
                assertThat(claims.path("preferred_username").asString()).isEqualTo(user.username());
                assertThat(claims.path("name").asString()).isEqualTo(user.name());
                assertThat(claims.path("iss").asString()).isEqualTo(auth.issuer());
                assertThat(claims.path("aud").values()).extracting(JsonNode::asString).contains("tdkt-api");
                assertThat(claims.path("roles").values()).extracting(JsonNode::asString).containsExactlyElementsOf(user.roles());
                assertThat(claims.path("unit").isMissingNode() ? null : claims.path("unit").asString()).isEqualTo(user.unit().orElse(null));
                kid = part(token, 0).path("kid").asString();
            }

            assertThatThrownBy(() -> tokens.accessToken("thiduakt.chilang", "wrong")).isInstanceOf(SignInRefusedException.class);
            assertThatThrownBy(() -> tokens.accessToken("nobody", "demo")).isInstanceOf(SignInRefusedException.class);

            auth.stop();
            assertThatThrownBy(() -> tokens.accessToken("admin", "demo")).isInstanceOf(AuthServerUnavailableException.class);
            assertThat(Files.exists(dir.resolve("keys").resolve("signing-key.jwk.json"))).isTrue();

            auth.start().awaitReady(Duration.ofSeconds(120));
            assertThat(part(tokens.accessToken("admin", "demo"), 0).path("kid").asString()).isEqualTo(kid);
        }
        assertThat(auth.isAlive()).isFalse();
    }

    @Test
    void aMissingJarSaysHowToBuildIt() {
        AuthServerProcess auth = AuthServerProcess.builder().jar(dir.resolve("auth-server.jar")).keyDirectory(dir).build();

        assertThatThrownBy(auth::start).isInstanceOf(MissingJarException.class).hasMessageContaining("auth-server is not built");
    }

    private static JsonNode part(String jwt, int index) {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]), StandardCharsets.UTF_8));
    }
}
