package vn.tdkt.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A tiny JSON-over-HTTP client for the services' REST APIs: what a user with curl would do. */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /** The token sent when a call names none: the administrator's, set once the system is up. */
    private static volatile String defaultToken;

    private Api() {
    }

    static void signedInAs(String accessToken) {
        defaultToken = accessToken;
    }

    /** One answer: status, Content-Type and body (parsed when it is JSON). */
    record Response(String method, String url, int status, String contentType, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return method + " " + url + " → " + status + " " + contentType + " " + body;
        }
    }

    static Response get(String url) {
        return get(url, defaultToken);
    }

    /** @param token an access token, or null to send the request without one */
    static Response get(String url, String token) {
        return get(url, token, Map.of());
    }

    static Response get(String url, String token, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET().header("Accept", "application/json");
        headers.forEach(request::setHeader);
        return send(request, "GET", url, token);
    }

    static Response post(String url, Object body) {
        return post(url, body, defaultToken);
    }

    static Response post(String url, Object body, String token) {
        return post(url, body, token, Map.of());
    }

    static Response post(String url, Object body, String token, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body),
                        StandardCharsets.UTF_8))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json");
        headers.forEach(request::setHeader);
        return send(request, "POST", url, token);
    }

    static Response postRaw(String url, String body, String contentType) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", contentType)
                .header("Accept", "application/json, application/problem+json"), "POST", url, defaultToken);
    }

    static Response put(String url, Object body, String token) {
        return request("PUT", url, body instanceof String str ? str : JSON.writeValueAsString(body), "application/json", token);
    }

    /** Any method, body and Content-Type as given (null body: none), for requests a client should never send. */
    static Response request(String method, String url, String body, String contentType, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Accept", "application/json, application/problem+json");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request, method, url, token);
    }

    private static Response send(HttpRequest.Builder request, String method, String url, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(method, url, r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + method + " " + url, e);
        }
    }
}
