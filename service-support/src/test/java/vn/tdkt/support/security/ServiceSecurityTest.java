package vn.tdkt.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tdkt.support.testing.TestTokens;

/** The resource-server chain every service gets, through the real servlet stack and real signed tokens. */
@SpringBootTest(classes = SecuredTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.autoconfigure.exclude=org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration,"
                        + "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
                "tdkt.dead-letters.enabled=false",
                "management.endpoints.web.exposure.include=health",
                "tdkt.security.public-paths=/public/v1/boards/*"})
class ServiceSecurityTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    static Stream<Arguments> badTokensOnEveryEndpoint() {
        return TestTokens.badTokens().stream().flatMap(token -> Stream.of(
                Arguments.of(token, "GET", "/api/v1/me"),
                Arguments.of(token, "POST", "/api/v1/units/LS-CL/things"),
                Arguments.of(token, "GET", "/api/v1/nothing-here"),
                // Public means GET only, and only the paths named: the rest of /public/ is as closed as /api/.
                Arguments.of(token, "POST", "/public/v1/boards/LS"),
                Arguments.of(token, "GET", "/public/v1/other")));
    }

    @ParameterizedTest(name = "{0} token: {1} {2} → 401")
    @MethodSource("badTokensOnEveryEndpoint")
    void refusesEveryBadTokenWith401(TestTokens.BadToken token, String method, String path) throws Exception {
        HttpResponse<String> response = send(method, path, token.header());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer"));
        assertProblem(response, 401, "Authorization");
    }

    @Autowired
    JwtDecoder decoder;

    @Test
    void theServicesDecoderRemembersWhatItVerifiedAndStillRefusesBadTokens() throws Exception {
        assertThat(decoder).isInstanceOf(VerifiedTokens.class);
        String officer = TestTokens.officer("LS-CL");
        assertThat(send("GET", "/api/v1/me", officer).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/v1/me", officer).statusCode()).isEqualTo(200);
        for (TestTokens.BadToken bad : TestTokens.badTokens()) {
            assertThat(send("GET", "/api/v1/me", bad.header()).statusCode()).as(bad.toString()).isEqualTo(401);
        }
    }

    @Test
    void healthAnswersWithoutAToken() throws Exception {
        assertThat(send("GET", "/actuator/health", null).statusCode()).isEqualTo(200);
    }

    @Test
    void theCallerIsWhatTheTokenSays() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/me", TestTokens.officer("LS-CL"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode me = json.readTree(response.body());
        assertThat(me.get("username").asString()).isEqualTo("thiduakt.ls-cl");
        assertThat(me.get("unit").asString()).isEqualTo("LS-CL");
        assertThat(me.get("roles").get(0).asString()).isEqualTo("EMULATION_OFFICER");
    }

    @Test
    void anOfficerActsUnderItsUnitOnly() throws Exception {
        assertThat(send("POST", "/api/v1/units/LS-CL-NL/things", TestTokens.officer("LS-CL")).statusCode())
                .isEqualTo(200);

        HttpResponse<String> elsewhere = send("POST", "/api/v1/units/LS-HL/things", TestTokens.officer("LS-CL"));

        assertProblem(elsewhere, 403, "authorization");
        assertThat(json.readTree(elsewhere.body()).get("errors").get(0).get("message").asString())
                .contains("LS-HL").contains("LS-CL");
    }

    @Test
    void anOperatorManagesNoUnit() throws Exception {
        assertProblem(send("POST", "/api/v1/units/LS-CL/things", TestTokens.operator()), 403, "authorization");
    }

    @Test
    void answersCarrySecurityHeaders() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/me", TestTokens.admin());

        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'none'"));
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                cache -> assertThat(cache).contains("no-store"));
    }

    @ParameterizedTest(name = "public GET with {0}")
    @MethodSource("noneOrBadTokens")
    void aPublicPathAnswersAGetWithoutLookingAtTheToken(String authorization) throws Exception {
        HttpResponse<String> response = send("GET", "/public/v1/boards/LS", authorization);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("LS");
        assertThat(response.headers().firstValue("Cache-Control")).as("the controller's own caching stands")
                .hasValue("max-age=300, public");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    static Stream<String> noneOrBadTokens() {
        return Stream.concat(Stream.of((String) null), TestTokens.badTokens().stream().map(TestTokens.BadToken::header));
    }

    @Test
    void aPublicPathMayBeReadFromAnyPageWithoutCredentials() throws Exception {
        HttpResponse<String> call = http.send(HttpRequest.newBuilder(uri("/public/v1/boards/LS"))
                .header("Origin", "https://xanhiy.gov.vn").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(call.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(call.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void aPublicPathMustLieUnderPublic() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WebSecurityProperties(null, null,
                java.util.List.of("/api/v1/units"), null, null, null)).hasMessageContaining("/public/");
    }

    @Test
    void crossOriginCallsAreClosedByDefault() throws Exception {
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(uri("/api/v1/units/LS-CL/things"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());

        HttpResponse<String> call = http.send(HttpRequest.newBuilder(uri("/api/v1/me"))
                .header("Origin", "https://evil.example").header("Authorization", TestTokens.admin()).build(),
                HttpResponse.BodyHandlers.ofString());

        // Without Access-Control-Allow-Origin a browser keeps the answer from the foreign page.
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
        assertThat(call.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private void assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    private HttpResponse<String> send(String method, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
