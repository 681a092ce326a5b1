package vn.tdkt.localstack.auth;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real tokens for the demo users, by the standard flow a command-line client uses: authorization code
 * with PKCE (S256) for the public client {@code tdkt-cli}. Like a browser it asks to authorize, is sent
 * to the login form, posts the user name and password with the form's CSRF token, follows the redirect
 * back to the authorization endpoint and takes the code from the {@code Location} of the final redirect
 * to {@link #REDIRECT_URI} (nothing listens there), then exchanges code and verifier for the tokens.
 * Behind {@code ./tdkt token USER}; the system tests use it for every demo user.
 *
 * <pre>{@code
 * String bearer = DemoTokens.fromEnvironment().accessToken("thiduakt.chilang");
 * }</pre>
 */
public final class DemoTokens {

    public static final String CLIENT_ID = "tdkt-cli";
    public static final String REDIRECT_URI = "http://127.0.0.1:8400/callback";
    public static final String SCOPES = "openid profile";
    public static final URI DEFAULT_ISSUER = URI.create("http://127.0.0.1:9000");

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_REDIRECTS = 5;
    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The tokens of one sign-in; {@code refreshToken} is null (the server gives none to a public client). */
    public record Tokens(String accessToken, String idToken, String refreshToken, long expiresInSeconds) {
    }

    private final URI issuer;

    /** @param issuer the auth server's base address, e.g. {@code http://127.0.0.1:9000} */
    public DemoTokens(URI issuer) {
        String s = issuer.toString();
        this.issuer = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    }

    /** The auth server at {@code TDKT_AUTH_ISSUER}, else {@link #DEFAULT_ISSUER}. */
    public static DemoTokens fromEnvironment() {
        String issuer = System.getenv("TDKT_AUTH_ISSUER");
        return new DemoTokens(issuer == null || issuer.isBlank() ? DEFAULT_ISSUER : URI.create(issuer.strip()));
    }

    public URI issuer() {
        return issuer;
    }

    /** A bearer token for a demo user with the demo password ({@link DemoUsers#password()}). */
    public String accessToken(String username) {
        return accessToken(username, DemoUsers.password());
    }

    public String accessToken(String username, String password) {
        return signIn(username, password).accessToken();
    }

    /**
     * Signs in and returns the tokens.
     *
     * @throws SignInRefusedException         unknown user or wrong password
     * @throws AuthServerUnavailableException nothing answers at the issuer address
     * @throws IllegalStateException          any other answer the flow does not expect, with that answer
     */
    public Tokens signIn(String username, String password) {
        // A fresh cookie jar per sign-in: the login session is the only state, and it must not leak between users.
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String verifier = randomUrlSafe(32);
        String state = randomUrlSafe(16);
        Map<String, String> authorize = new LinkedHashMap<>();
        authorize.put("response_type", "code");
        authorize.put("client_id", CLIENT_ID);
        authorize.put("redirect_uri", REDIRECT_URI);
        authorize.put("scope", SCOPES);
        authorize.put("state", state);
        authorize.put("code_challenge", challenge(verifier));
        authorize.put("code_challenge_method", "S256");
        URI authorizeUri = URI.create(issuer + "/oauth2/authorize?" + form(authorize));

        HttpResponse<String> toLogin = send(http, get(authorizeUri));
        URI loginPage = redirectTarget(authorizeUri, toLogin, "the authorization request");
        HttpResponse<String> page = send(http, get(loginPage));
        if (page.statusCode() != 200) {
            throw unexpected("the login page " + loginPage, page);
        }
        URI loginAction = loginPage.resolve(loginPage.getRawPath()); // the form posts back to itself (/login)
        HttpResponse<String> loggedIn = send(http, HttpRequest.newBuilder(loginAction).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                        "username", username, "password", password, "_csrf", csrfToken(page.body())))))
                .build());
        URI next = redirectTarget(loginAction, loggedIn, "the login");
        if (next.getPath() != null && next.getPath().equals(loginAction.getPath())) {
            throw new SignInRefusedException("sign-in refused for '" + username + "' by " + issuer
                    + ": unknown user or wrong password");
        }
        for (int hop = 0; !next.toString().startsWith(REDIRECT_URI); hop++) {
            if (hop == MAX_REDIRECTS) {
                throw new IllegalStateException("no redirect to " + REDIRECT_URI + " after " + MAX_REDIRECTS + " hops; last " + next);
            }
            URI from = next;
            next = redirectTarget(from, send(http, get(from)), "the authorization after login");
        }
        Map<String, String> callback = parseQuery(next.getRawQuery());
        if (callback.containsKey("error")) {
            throw new IllegalStateException("authorization refused: " + callback.get("error")
                    + (callback.containsKey("error_description") ? " (" + callback.get("error_description") + ")" : ""));
        }
        if (!state.equals(callback.get("state")) || callback.get("code") == null) {
            throw new IllegalStateException("the redirect to " + REDIRECT_URI + " has no code or a wrong state: " + next);
        }

        Map<String, String> exchange = new LinkedHashMap<>();
        exchange.put("grant_type", "authorization_code");
        exchange.put("code", callback.get("code"));
        exchange.put("redirect_uri", REDIRECT_URI);
        exchange.put("client_id", CLIENT_ID);
        exchange.put("code_verifier", verifier);
        URI tokenUri = URI.create(issuer + "/oauth2/token");
        HttpResponse<String> token = send(http, HttpRequest.newBuilder(tokenUri).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form(exchange)))
                .build());
        if (token.statusCode() != 200) {
            throw unexpected("the token request", token);
        }
        JsonNode body = JSON.readTree(token.body());
        String accessToken = body.path("access_token").asString(null);
        if (accessToken == null) {
            throw unexpected("the token request (no access_token)", token);
        }
        return new Tokens(accessToken, body.path("id_token").asString(null), body.path("refresh_token").asString(null),
                body.path("expires_in").asLong(0));
    }

    private HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AuthServerUnavailableException("no auth server answers at " + issuer + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while talking to " + issuer, e);
        }
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "text/html").GET().build();
    }

    private static URI redirectTarget(URI from, HttpResponse<String> response, String step) {
        String location = response.headers().firstValue("Location").orElse(null);
        if (response.statusCode() / 100 != 3 || location == null) {
            throw unexpected(step, response);
        }
        return from.resolve(location);
    }

    private static String csrfToken(String html) {
        Matcher input = CSRF_INPUT.matcher(html);
        if (input.find()) {
            Matcher value = VALUE.matcher(input.group());
            if (value.find()) {
                return value.group(1);
            }
        }
        throw new IllegalStateException("the login page has no CSRF token (_csrf)");
    }

    private static IllegalStateException unexpected(String step, HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body().strip();
        return new IllegalStateException(step + " answered " + response.statusCode() + " "
                + response.headers().firstValue("Location").map(l -> "(Location " + l + ") ").orElse("")
                + (body.length() > 300 ? body.substring(0, 300) + "…" : body));
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** RFC 7636 S256: BASE64URL(SHA-256(ASCII(verifier))). */
    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> parseQuery(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }
}
