package vn.tdkt.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for a Spring Boot service in launcher tests: listens on SERVER_PORT, answers the
 * readiness probe with UP and echoes MONGODB_URI on /env. FAKE_EXIT makes it exit at once.
 */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws IOException {
        String exit = System.getenv("FAKE_EXIT");
        if (exit != null) {
            System.out.println("fake service failing on purpose");
            System.exit(Integer.parseInt(exit));
        }
        int port = Integer.parseInt(System.getenv("SERVER_PORT"));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 8);
        server.createContext("/actuator/health/readiness", ex -> reply(ex, "{\"status\":\"UP\"}"));
        server.createContext("/env", ex -> reply(ex, System.getenv("MONGODB_URI")));
        server.start();
        System.out.println("fake service listening on " + port);
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
