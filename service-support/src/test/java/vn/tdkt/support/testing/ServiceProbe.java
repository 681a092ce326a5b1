package vn.tdkt.support.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tdkt.events.DomainEvent;

/**
 * What a consuming service's integration test needs to look at the service it started: its HTTP API
 * and whether its inbox has handled an event. Shared through service-support's test-jar
 * ({@code <type>test-jar</type>}, scope test) so each service keeps only its own scenario.
 */
public final class ServiceProbe {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final MongoOperations mongo;
    private final String group;
    private final HttpClient http = HttpClient.newHttpClient();

    /** @param group the service's consumer group, the prefix of its {@code processed_events} ids */
    public ServiceProbe(int port, MongoOperations mongo, String group) {
        this.port = port;
        this.mongo = mongo;
        this.group = group;
    }

    /** {@code GET path} as the administrator. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", TestTokens.admin()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Any request as anyone: {@code authorization} is the whole header value, or null for none. */
    public HttpResponse<String> send(String method, String path, String jsonBody, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The JSON body of {@code GET path}, asserting a 200 (the body is in the failure message). */
    public JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** The inbox records an event once its handler ran: after that the projection reflects it (or ignored it). */
    public void awaitHandled(DomainEvent event, Duration timeout) {
        await().atMost(timeout).until(() -> mongo.exists(
                Query.query(Criteria.where("_id").is(group + ":" + event.eventId())), "processed_events"));
    }
}
