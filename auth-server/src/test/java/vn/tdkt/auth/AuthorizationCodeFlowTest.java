package vn.tdkt.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole flow a command-line client goes through, over HTTP against the running server: authorize,
 * be sent to the login form, log in with the form's CSRF token, get the code from the Location of the
 * redirect to the callback, exchange it with the PKCE verifier, and check the signed JWT's claims.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthorizationCodeFlowTest {

    private static final String ISSUER = "http://issuer.tdkt.test";
    private static final String CALLBACK = "http://127.0.0.1:8400/callback";
    private static final String VERIFIER = "dBjftJeZ4CVP-mJ92IggZGQZz1LKsYHlZfXB1gJY8W0";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path KEYS = Path.of("target", "flow-test-keys").toAbsolutePath();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.authorizationserver.issuer", () -> ISSUER);
        registry.add("tdkt.auth.key-directory", KEYS::toString);
        registry.add("tdkt.demo.password", () -> "bí mật");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository clients;

    /** The web console's confidential client: its secret, configured plain, is kept only as a bcrypt hash. */
    @Test
    void theConsolesClientSecretIsKeptHashedAndItsRedirectIsTheConsolesAddress() {
        var console = clients.findByClientId("tdkt-console");
        assertThat(console).isNotNull();
        assertThat(console.getClientSecret()).startsWith("{bcrypt}").doesNotContain("tdkt-console-local-secret");
        assertThat(org.springframework.security.crypto.factory.PasswordEncoderFactories.createDelegatingPasswordEncoder()
                .matches("tdkt-console-local-secret", console.getClientSecret())).isTrue();
        assertThat(console.getRedirectUris()).containsExactly("http://localhost:8080/login/oauth2/code/tdkt");
        assertThat(console.getPostLogoutRedirectUris()).containsExactly("http://localhost:8080/signed-out");
        assertThat(console.getAuthorizationGrantTypes()).extracting(t -> t.getValue())
                .containsExactlyInAnyOrder("authorization_code", "refresh_token");
        assertThat(clients.findByClientId("tdkt-cli").getClientSecret()).as("the public client has none").isNull();
    }

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void anOfficerSignsInAndGetsAThirtyMinuteTokenWithTheContractClaims() throws Exception {
        String code = authorize("thiduakt.chilang", "bí mật", challenge(VERIFIER));

        HttpResponse<String> token = post("/oauth2/token", Map.of(
                "grant_type", "authorization_code", "code", code, "redirect_uri", CALLBACK,
                "client_id", "tdkt-cli", "code_verifier", VERIFIER));
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(token.body());
        assertThat(body.path("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.path("expires_in").asLong()).isBetween(1790L, 1800L);
        assertThat(body.path("id_token").asString(null)).isNotNull();

        // Signed by the key the server publishes: what every service checks.
        Jwt jwt = NimbusJwtDecoder.withJwkSetUri(base() + "/oauth2/jwks").build().decode(body.path("access_token").asString());
        assertThat(jwt.getIssuer().toString()).isEqualTo(ISSUER);
        assertThat(jwt.getSubject()).isEqualTo("thiduakt.chilang");
        assertThat(jwt.getAudience()).contains("tdkt-api");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("EMULATION_OFFICER");
        assertThat(jwt.getClaimAsString("unit")).isEqualTo("LS-CL");
        assertThat(jwt.getClaimAsString("name")).isEqualTo("Cán bộ thi đua huyện Chi Lăng");
        assertThat(jwt.getClaimAsString("preferred_username")).isEqualTo("thiduakt.chilang");
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(30));
        assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");

        // The key it was signed with is the one kept on disk, so it is still the key after a restart.
        String kid = (String) jwt.getHeaders().get("kid");
        assertThat(Files.readString(KEYS.resolve("signing-key.jwk.json"))).contains("\"kid\":\"" + kid + "\"");
    }

    @Test
    void theAdministratorsTokenHasNoUnit() throws Exception {
        String code = authorize("admin", "bí mật", challenge(VERIFIER));
        HttpResponse<String> token = post("/oauth2/token", Map.of(
                "grant_type", "authorization_code", "code", code, "redirect_uri", CALLBACK,
                "client_id", "tdkt-cli", "code_verifier", VERIFIER));
        Jwt jwt = NimbusJwtDecoder.withJwkSetUri(base() + "/oauth2/jwks").build()
                .decode(JSON.readTree(token.body()).path("access_token").asString());

        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("ADMINISTRATOR");
        assertThat(jwt.getClaims()).doesNotContainKey("unit");
    }

    @Test
    void aWrongVerifierGetsNoToken() throws Exception {
        String code = authorize("thiduakt.chilang", "bí mật", challenge(VERIFIER));

        HttpResponse<String> token = post("/oauth2/token", Map.of(
                "grant_type", "authorization_code", "code", code, "redirect_uri", CALLBACK,
                "client_id", "tdkt-cli", "code_verifier", "x".repeat(43)));

        assertThat(token.statusCode()).isEqualTo(400);
        assertThat(token.body()).contains("invalid_grant");
    }

    @Test
    void anAuthorizationRequestWithoutPkceIsRefused() throws Exception {
        HttpResponse<String> response = get("/oauth2/authorize?" + form(Map.of(
                "response_type", "code", "client_id", "tdkt-cli", "redirect_uri", CALLBACK,
                "scope", "openid profile", "state", "s1")));

        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(CALLBACK).contains("error=invalid_request");
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIsSentBackToTheLoginForm() throws Exception {
        for (String[] attempt : new String[][] {{"thiduakt.chilang", "demo"}, {"nobody", "bí mật"}}) {
            HttpResponse<String> start = get(authorizeQuery(challenge(VERIFIER)));
            HttpResponse<String> page = get(location(start).toString());
            HttpResponse<String> login = post("/login", Map.of(
                    "username", attempt[0], "password", attempt[1], "_csrf", csrf(page.body())));

            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(location(login).getPath()).isEqualTo("/login");
            assertThat(location(login).getQuery()).contains("error");
        }
    }

    @Test
    void theHealthProbesAnswerWithoutSignIn() throws Exception {
        HttpResponse<String> readiness = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"");
    }

    /** Authorize, log in on the form, and return the code from the redirect to the callback. */
    private String authorize(String username, String password, String challenge) throws Exception {
        HttpResponse<String> start = get(authorizeQuery(challenge));
        assertThat(start.statusCode()).isEqualTo(302);
        URI loginPage = location(start);
        assertThat(loginPage.getPath()).isEqualTo("/login");

        HttpResponse<String> page = get(loginPage.toString());
        assertThat(page.statusCode()).isEqualTo(200);

        HttpResponse<String> login = post("/login", Map.of("username", username, "password", password, "_csrf", csrf(page.body())));
        assertThat(login.statusCode()).isEqualTo(302);
        URI saved = location(login);
        assertThat(saved.getPath()).isEqualTo("/oauth2/authorize"); // back to the request that was interrupted

        HttpResponse<String> granted = get(saved.toString());
        assertThat(granted.statusCode()).isEqualTo(302);
        URI callback = location(granted);
        assertThat(callback.toString()).startsWith(CALLBACK); // no consent page: straight back with the code
        Map<String, String> query = query(callback.getRawQuery());
        assertThat(query).containsEntry("state", "xyz").containsKey("code");
        return query.get("code");
    }

    private static String authorizeQuery(String challenge) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("response_type", "code");
        params.put("client_id", "tdkt-cli");
        params.put("redirect_uri", CALLBACK);
        params.put("scope", "openid profile");
        params.put("state", "xyz");
        params.put("code_challenge", challenge);
        params.put("code_challenge_method", "S256");
        return "/oauth2/authorize?" + form(params);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private URI location(HttpResponse<String> response) {
        return URI.create(base() + "/").resolve(response.headers().firstValue("Location").orElseThrow());
    }

    private HttpResponse<String> get(String pathOrUrl) throws IOException, InterruptedException {
        URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : URI.create(base() + pathOrUrl);
        return http.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a CSRF token in the login form").isTrue();
        return m.group(1);
    }

    private static String challenge(String verifier) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }
}
