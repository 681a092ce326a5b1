package vn.tdkt.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/** Polls a service's readiness probe until it says UP. */
final class Readiness {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Readiness() {
    }

    /** The same for any of our JVMs ({@code name} and {@code port} only name it in the error). */
    static void await(String name, int port, String baseUrl, Path logFile, Process process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw ServiceNotReadyException.of(name, port,
                        "exited with code " + process.exitValue() + " before becoming ready", logFile);
            }
            if (isUp(baseUrl)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw ServiceNotReadyException.of(name, port,
                        "was not ready within " + timeout.toSeconds() + " s (GET /actuator/health/readiness)", logFile);
            }
            sleep(250);
        }
    }

    /** UP on the readiness group; a service without probes enabled (404) is judged by /actuator/health. */
    static boolean isUp(String baseUrl) {
        int status = probe(baseUrl + "/actuator/health/readiness");
        if (status == 404) {
            status = probe(baseUrl + "/actuator/health");
        }
        return status == 200;
    }

    private static int probe(String url) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && !response.body().contains("\"UP\"") ? 503 : response.statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for readiness", e);
        }
    }
}
