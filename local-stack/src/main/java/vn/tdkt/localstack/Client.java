package vn.tdkt.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The commands that talk to a running {@code ./tdkt up} through its control endpoint. */
final class Client {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(180); // services may take 90 s to write their CDS archive

    private final Path root;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String base = "http://127.0.0.1:" + ControlServer.DEFAULT_PORT;

    Client(Path root, PrintStream out) {
        this.root = root;
        this.out = out;
    }

    /** Asks the launcher to stop (falling back to SIGTERM by pid) and waits until it has. */
    int stop() throws InterruptedException {
        PidFile pidFile = new PidFile(root.resolve(".data").resolve("tdkt.pid"));
        Optional<ProcessHandle> launcher = pidFile.launcher();
        boolean asked = send("POST", "/shutdown", Duration.ofSeconds(5)).map(r -> r.statusCode() == 202).orElse(false);
        if (!asked && launcher.isPresent()) {
            launcher.get().destroy(); // SIGTERM runs the same shutdown hook
            asked = true;
        }
        if (launcher.isPresent()) {
            out.println("Stopping tdkt (pid " + launcher.get().pid() + ") ...");
            launcher.get().onExit().completeOnTimeout(null, STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
            if (launcher.get().isAlive()) {
                out.println("tdkt (pid " + launcher.get().pid() + ") did not stop within " + STOP_TIMEOUT.toSeconds() + " s");
                return 1;
            }
        } else if (asked) {
            while (Ports.inUse(ControlServer.DEFAULT_PORT)) {
                Thread.sleep(200);
            }
        }
        List<ProcessHandle> orphans = pidFile.orphans();
        for (ProcessHandle orphan : orphans) {
            out.println("Stopping leftover service process " + orphan.pid());
            orphan.destroy();
            orphan.onExit().completeOnTimeout(null, 30, TimeUnit.SECONDS).join();
            orphan.destroyForcibly();
        }
        if (!asked && orphans.isEmpty()) {
            out.println("tdkt is not running.");
            return 0;
        }
        pidFile.delete();
        out.println("tdkt stopped.");
        return 0;
    }

    /** Stops, then deletes {@code .data/}: Kafka topics and offsets, MongoDB databases, logs. */
    int reset() throws InterruptedException {
        int stopped = stop();
        if (stopped != 0) {
            return stopped;
        }
        Path data = root.resolve(".data");
        if (Files.exists(data)) {
            Files2.deleteRecursively(data);
            out.println("Deleted " + data);
        }
        return 0;
    }

    int scale(String service, String port) {
        out.println("Starting another " + Service.byName(service) + " on port " + port + " ...");
        return print(send("POST", "/instances?service=" + Service.byName(service).moduleName() + "&port=" + port,
                SystemLauncher.DEFAULT_READY_TIMEOUT.plusSeconds(30)));
    }

    int unscale(String service, String port) {
        return print(send("DELETE", "/instances?service=" + Service.byName(service).moduleName() + "&port=" + port,
                Duration.ofSeconds(60)));
    }

    int mails(List<String> options) {
        if (options.contains("--clear")) {
            return print(send("DELETE", "/mails", Duration.ofSeconds(10)));
        }
        return print(send("GET", options.contains("--json") ? "/mails" : "/mails?format=text", Duration.ofSeconds(10)));
    }

    int status() {
        return print(send("GET", "/status", Duration.ofSeconds(10)));
    }

    private int print(Optional<HttpResponse<String>> response) {
        if (response.isEmpty()) {
            out.println("tdkt is not running (nothing on " + base + "). Start it with ./tdkt up.");
            return 1;
        }
        HttpResponse<String> r = response.get();
        if (!r.body().isEmpty()) {
            out.print(r.body().endsWith("\n") ? r.body() : r.body() + "\n");
        }
        return r.statusCode() < 300 ? 0 : 1;
    }

    private Optional<HttpResponse<String>> send(String method, String path, Duration timeout) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(timeout)
                    .method(method, HttpRequest.BodyPublishers.noBody())
                    .build();
            return Optional.of(http.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
