package vn.tdkt.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

class DemoUnitsTest {

    record Received(String method, String path, String authorization, String body) {
    }

    @Test
    void registersParentsFirstWithTheTokenAndReportsOnlyRealFailures() throws IOException {
        List<Received> received = new CopyOnWriteArrayList<>();
        HttpServer campaign = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
        campaign.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"), body));
            // LS exists already (a restart), LS-HL is refused, everything else is created
            int status = body.contains("\"code\":\"LS\"") ? 409 : body.contains("\"code\":\"LS-HL\"") ? 403 : 201;
            byte[] answer = (status == 403 ? "{\"title\":\"Forbidden\"}" : "{}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        campaign.start();
        try {
            List<DemoUnits.Outcome> outcomes = DemoUnits.seed("http://127.0.0.1:" + campaign.getAddress().getPort(), "t0k3n");

            assertThat(received).extracting(Received::method).containsOnly("POST");
            assertThat(received).extracting(Received::path).containsOnly("/api/v1/units");
            assertThat(received).extracting(Received::authorization).containsOnly("Bearer t0k3n");
            assertThat(received).extracting(r -> r.body().replaceAll(".*\"code\":\"([^\"]+)\".*", "$1"))
                    .containsExactly("LS", "LS-STC", "LS-CL", "LS-HL", "LS-CL-NL", "LS-CL-DM");
            assertThat(received.get(4).body()).contains("\"name\":\"UBND xã Nhân Lý\"", "\"level\":\"COMMUNE\"",
                    "\"parentCode\":\"LS-CL\"", "\"contactEmails\":[");
            assertThat(received.getFirst().body()).doesNotContain("parentCode");

            assertThat(outcomes.getFirst().existed()).isTrue();
            assertThat(outcomes).filteredOn(DemoUnits.Outcome::created).hasSize(4);
            assertThat(outcomes).filteredOn(DemoUnits.Outcome::failed).singleElement().satisfies(failed -> {
                assertThat(failed.unit().code()).isEqualTo("LS-HL");
                assertThat(failed.status()).isEqualTo(403);
                assertThat(failed.problem()).contains("Forbidden");
            });
        } finally {
            campaign.stop(0);
        }
    }

    @Test
    void anUnreachableServiceIsAFailurePerUnitNotAnException() {
        List<DemoUnits.Outcome> outcomes = DemoUnits.seed("http://127.0.0.1:" + Ports.free(), "t");

        assertThat(outcomes).hasSize(DemoUnits.TREE.size()).allSatisfy(o -> {
            assertThat(o.failed()).isTrue();
            assertThat(o.status()).isEqualTo(-1);
        });
    }
}
