package vn.tdkt.console.congress;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.web.util.UriBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import vn.tdkt.console.support.Json;
import vn.tdkt.console.support.ServiceClient;
import vn.tdkt.console.support.ServiceProblem;

/**
 * A mocked service client answering GETs from a table of paths (with their query, or the path alone) to JSON, so that
 * a screen's test states what the service holds rather than how each call is made. Unknown paths answer 404.
 */
public final class FakeService {

    private final Map<String, String> answers = new HashMap<>();

    private FakeService() {
    }

    public static FakeService on(ServiceClient api) {
        FakeService fake = new FakeService();
        lenient().when(api.get(anyString(), any(Object[].class))).thenAnswer(call -> {
            Object[] args = call.getArguments();
            Object[] vars = new Object[args.length - 1];
            System.arraycopy(args, 1, vars, 0, vars.length);
            return fake.answer(UriComponentsBuilder.fromUriString((String) args[0]).buildAndExpand(vars).toUriString());
        });
        lenient().when(api.get(any(Function.class))).thenAnswer(call -> {
            @SuppressWarnings("unchecked")
            Function<UriBuilder, URI> f = call.getArgument(0);
            return fake.answer(f.apply(UriComponentsBuilder.newInstance()).toString());
        });
        lenient().when(api.getEntity(anyString(), any(Object[].class))).thenAnswer(call -> {
            Object[] args = call.getArguments();
            Object[] vars = new Object[args.length - 1];
            System.arraycopy(args, 1, vars, 0, vars.length);
            JsonNode body = fake.answer(UriComponentsBuilder.fromUriString((String) args[0]).buildAndExpand(vars).toUriString());
            return org.springframework.http.ResponseEntity.ok().eTag("\"" + body.path("version").asLong(0) + "\"").body(body);
        });
        return fake;
    }

    /** {@code path} with or without its query; the JSON it answers. */
    public FakeService answers(String path, String json) {
        answers.put(path, json);
        return this;
    }

    private JsonNode answer(String uri) {
        String json = answers.get(uri);
        if (json == null) {
            int q = uri.indexOf('?');
            json = answers.get(q < 0 ? uri : uri.substring(0, q));
        }
        if (json == null) {
            throw new ServiceProblem("fake", 404, "Not Found", "no " + uri, List.of(), null);
        }
        return Json.mapper().readTree(json);
    }
}
