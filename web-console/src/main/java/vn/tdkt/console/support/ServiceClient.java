package vn.tdkt.console.support;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A thin client of one service's REST API, with the signed-in user's access token relayed by the
 * RestClient's interceptor (see {@link ServiceClientsConfiguration}). Answers JSON as {@link JsonNode};
 * every error status becomes a {@link ServiceProblem}, so controllers never parse problem+json themselves.
 * Subclassed once per service ({@link CampaignApi}, …) so that a controller states which one it needs
 * and a test can mock exactly that one.
 */
public abstract class ServiceClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final RestClient rest;

    protected ServiceClient(String name, RestClient rest) {
        this.name = name;
        this.rest = rest;
    }

    /** {@code campaign}, {@code nomination}, {@code delegate} or {@code notification}. */
    public String name() {
        return name;
    }

    public JsonNode get(String path, Object... uriVariables) {
        return call(() -> rest.get().uri(path, uriVariables).retrieve().onStatus(HttpStatusCode::isError, this::fail)
                .body(JsonNode.class));
    }

    /** For query parameters: {@code api.get(u -> u.path("/api/v1/units").queryParam("parentCode", code).build())}. */
    public JsonNode get(Function<UriBuilder, URI> uri) {
        return call(() -> rest.get().uri(uri).retrieve().onStatus(HttpStatusCode::isError, this::fail).body(JsonNode.class));
    }

    /** The body with its {@code ETag} (campaign plans, dossiers: a replacement must send it back as If-Match). */
    public ResponseEntity<JsonNode> getEntity(String path, Object... uriVariables) {
        return call(() -> rest.get().uri(path, uriVariables).retrieve().onStatus(HttpStatusCode::isError, this::fail)
                .toEntity(JsonNode.class));
    }

    public JsonNode post(String path, Object body, Object... uriVariables) {
        return call(() -> rest.post().uri(path, uriVariables).contentType(MediaType.APPLICATION_JSON).body(body == null ? JSON.createObjectNode() : body)
                .retrieve().onStatus(HttpStatusCode::isError, this::fail).body(JsonNode.class));
    }

    public JsonNode post(Function<UriBuilder, URI> uri, Object body) {
        return call(() -> rest.post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(body == null ? JSON.createObjectNode() : body)
                .retrieve().onStatus(HttpStatusCode::isError, this::fail).body(JsonNode.class));
    }

    /** A replacement; {@code ifMatch} is the ETag read (with its quotes), or null when the endpoint does not need one. */
    public JsonNode put(String path, Object body, String ifMatch, Object... uriVariables) {
        return call(() -> rest.put().uri(path, uriVariables).contentType(MediaType.APPLICATION_JSON)
                .headers(h -> {
                    if (ifMatch != null) {
                        h.set(HttpHeaders.IF_MATCH, ifMatch);
                    }
                })
                .body(body).retrieve().onStatus(HttpStatusCode::isError, this::fail).body(JsonNode.class));
    }

    /** A partial change ({@code PATCH}, e.g. a congress's form or size), with the ETag read as If-Match. */
    public JsonNode patch(String path, Object body, String ifMatch, Object... uriVariables) {
        return call(() -> rest.patch().uri(path, uriVariables).contentType(MediaType.APPLICATION_JSON)
                .headers(h -> {
                    if (ifMatch != null) {
                        h.set(HttpHeaders.IF_MATCH, ifMatch);
                    }
                })
                .body(body).retrieve().onStatus(HttpStatusCode::isError, this::fail).body(JsonNode.class));
    }

    /** A removal (a delegate of a list, an honour-board entry); answers the service's body, or null for 204. */
    public JsonNode delete(String path, Object... uriVariables) {
        return call(() -> rest.delete().uri(path, uriVariables).retrieve().onStatus(HttpStatusCode::isError, this::fail)
                .body(JsonNode.class));
    }

    /** A text body of another type, e.g. a CSV import ({@code text/csv}). */
    public JsonNode postText(Function<UriBuilder, URI> uri, MediaType type, String text) {
        return call(() -> rest.post().uri(uri).contentType(type).body(text.getBytes(StandardCharsets.UTF_8))
                .retrieve().onStatus(HttpStatusCode::isError, this::fail).body(JsonNode.class));
    }

    /** A file the service produces (CSV, Excel, PDF), with its headers, to stream on to the browser. */
    public ResponseEntity<byte[]> download(Function<UriBuilder, URI> uri) {
        return call(() -> rest.get().uri(uri).retrieve().onStatus(HttpStatusCode::isError, this::fail).toEntity(byte[].class));
    }

    /** A file in the representation asked for, when the endpoint answers several by {@code Accept} (minutes as HTML or PDF). */
    public ResponseEntity<byte[]> download(Function<UriBuilder, URI> uri, MediaType accept) {
        return call(() -> rest.get().uri(uri).accept(accept).retrieve().onStatus(HttpStatusCode::isError, this::fail)
                .toEntity(byte[].class));
    }

    private void fail(org.springframework.http.HttpRequest request, ClientHttpResponse response) throws java.io.IOException {
        throw problemOf(name, response.getStatusCode().value(), response.getBody().readAllBytes());
    }

    /** Reads a problem+json body; anything else (an HTML error page, nothing) still gives the status. */
    static ServiceProblem problemOf(String service, int status, byte[] body) {
        JsonNode json = null;
        try {
            if (body.length > 0) {
                json = JSON.readTree(body);
            }
        } catch (RuntimeException notJson) {
            json = null;
        }
        if (json == null || !json.isObject()) {
            return new ServiceProblem(service, status, null, null, List.of(), null);
        }
        List<ServiceProblem.FieldProblem> errors = new ArrayList<>();
        for (JsonNode e : json.path("errors")) {
            errors.add(new ServiceProblem.FieldProblem(e.path("field").asString(""), e.path("message").asString("")));
        }
        return new ServiceProblem(service, status, text(json, "title"), text(json, "detail"), errors, json);
    }

    private static String text(JsonNode json, String field) {
        JsonNode v = json.path(field);
        return v.isString() ? v.asString() : null;
    }

    private <T> T call(java.util.function.Supplier<T> request) {
        try {
            return request.get();
        } catch (ResourceAccessException e) {
            throw ServiceProblem.unreachable(name, e);
        }
    }
}
