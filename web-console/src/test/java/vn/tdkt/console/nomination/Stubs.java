package vn.tdkt.console.nomination;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.web.util.UriBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import vn.tdkt.console.support.Json;
import vn.tdkt.console.support.ServiceClient;

/**
 * Answers a mocked service client's {@code get(uri -> …)} by the path the controller built, and remembers
 * every URI asked, so a test can say what the screen asked for (filters, paging) as well as what it shows.
 */
public final class Stubs {

    private final Map<String, JsonNode> byPath = new LinkedHashMap<>();
    private final List<URI> asked = new ArrayList<>();

    private Stubs() {
    }

    @SuppressWarnings("unchecked")
    public static Stubs gets(ServiceClient api) {
        Stubs stubs = new Stubs();
        when(api.get(any(Function.class))).thenAnswer(call -> {
            Function<UriBuilder, URI> f = call.getArgument(0);
            URI uri = f.apply(UriComponentsBuilder.newInstance());
            stubs.asked.add(uri);
            JsonNode answer = stubs.byPath.get(uri.getPath());
            if (answer == null) {
                throw new AssertionError("no stub for GET " + uri);
            }
            return answer;
        });
        return stubs;
    }

    public Stubs on(String path, String json) {
        byPath.put(path, json(json));
        return this;
    }

    public List<URI> asked() {
        return asked;
    }

    /** The query of the last URI asked for the path. */
    public String queryOf(String path) {
        for (int i = asked.size() - 1; i >= 0; i--) {
            if (asked.get(i).getPath().equals(path)) {
                return asked.get(i).getQuery();
            }
        }
        throw new AssertionError("never asked " + path + " in " + asked);
    }

    public static JsonNode json(String text) {
        return Json.mapper().readTree(text);
    }

    public static String page(String... items) {
        return "{\"items\":[" + String.join(",", items) + "],\"page\":0,\"size\":20,\"totalItems\":" + items.length + "}";
    }
}
