package vn.tdkt.benchmarks.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tdkt.localstack.AuthServerProcess;
import vn.tdkt.localstack.Infrastructure;
import vn.tdkt.localstack.Service;
import vn.tdkt.localstack.ServiceProcess;
import vn.tdkt.localstack.auth.DemoTokens;

/**
 * What the system tests run, cut to what this benchmark needs: the {@link Infrastructure} in this JVM
 * (embedded-mongo, a Kafka broker with every topic, SMTP), the auth server and campaign-service as separate
 * JVMs from their packaged jars ({@link AuthServerProcess}, {@link ServiceProcess}, the pieces
 * {@code SystemLauncher} is made of: it would also start the three other services, which here would only
 * take CPU from the one measured), and real tokens signed in by {@link DemoTokens}.
 */
final class CampaignStack implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration READY = Duration.ofSeconds(300);
    /** A fresh sign-in well within any token lifetime; a sign-in costs a few ms. */
    private static final Duration TOKEN_AGE = Duration.ofMinutes(2);

    /** The jars are not there: the message says how to build them. */
    static final class MissingJarsException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingJarsException(String message) {
            super(message);
        }
    }

    record Answer(int status, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    final Infrastructure infra;
    final AuthServerProcess auth;
    final ServiceProcess campaign;
    final Path gcLog;
    final List<String> serviceJvmOptions;
    private final DemoTokens tokens;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private String token;
    private long tokenAt;

    private CampaignStack(Infrastructure infra, AuthServerProcess auth, ServiceProcess campaign, Path gcLog,
                          List<String> serviceJvmOptions) {
        this.infra = infra;
        this.auth = auth;
        this.campaign = campaign;
        this.gcLog = gcLog;
        this.serviceJvmOptions = serviceJvmOptions;
        this.tokens = new DemoTokens(URI.create(auth.issuer()));
    }

    /** Fails fast, before anything starts, when a jar is missing. */
    static void requireJars(Path root) {
        List<String> missing = new ArrayList<>();
        for (Path jar : List.of(AuthServerProcess.jar(root), Service.CAMPAIGN.jar(root))) {
            if (!Files.isRegularFile(jar)) {
                missing.add(jar.toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingJarsException("The service jars are not built: " + String.join(", ", missing)
                    + ".\nPackage them first:  ./mvnw -o -q -DskipTests package -pl campaign-service,auth-server -am");
        }
    }

    /**
     * @param jvmOptions campaign-service's JVM options; a GC log ({@code -Xlog:gc}) is added to them
     */
    static CampaignStack start(Path root, Path workDir, List<String> jvmOptions) {
        requireJars(root);
        Infrastructure infra = Infrastructure.builder().start();
        AuthServerProcess auth = null;
        ServiceProcess campaign = null;
        try {
            Files.createDirectories(workDir);
            Path gcLog = workDir.resolve("campaign-service-gc.log");
            Files.deleteIfExists(gcLog);
            auth = AuthServerProcess.builder().projectRoot(root).keyDirectory(workDir.resolve("auth-keys"))
                    .logFile(workDir.resolve("auth-server.log")).build();
            auth.start().awaitReady(READY);
            List<String> options = new ArrayList<>(jvmOptions);
            options.add("-Xlog:gc:file=" + gcLog + ":uptime");
            campaign = ServiceProcess.builder(Service.CAMPAIGN).projectRoot(root)
                    .environment(infra.environment(Service.CAMPAIGN.database()))
                    .environment(auth.clientEnvironment())
                    .jvmOptions(options)
                    .logFile(workDir.resolve("campaign-service.log"))
                    .build();
            campaign.start().awaitReady(READY);
            return new CampaignStack(infra, auth, campaign, gcLog, List.copyOf(jvmOptions));
        } catch (IOException | RuntimeException e) {
            if (campaign != null) {
                campaign.stop();
            }
            if (auth != null) {
                auth.stop();
            }
            infra.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** The administrator's bearer token, signed in again every few minutes. */
    synchronized String token() {
        if (token == null || System.nanoTime() - tokenAt > TOKEN_AGE.toNanos()) {
            token = tokens.accessToken("admin");
            tokenAt = System.nanoTime();
        }
        return token;
    }

    String baseUrl() {
        return campaign.baseUrl();
    }

    Answer postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    Answer putJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /** The CSV file as the body ({@code Content-Length} from the file, as curl sends it). */
    Answer postCsv(String path, Path csv) {
        try {
            return send(request(path).header("Content-Type", "text/csv").timeout(Duration.ofMinutes(60))
                    .POST(HttpRequest.BodyPublishers.ofFile(csv)).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code /actuator/prometheus}, which needs no token. */
    String prometheus() {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/prometheus"))
                .header("Accept", "text/plain").timeout(Duration.ofSeconds(10)).GET().build()).body();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token()).header("Accept", "application/json");
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        try {
            campaign.stop();
        } finally {
            try {
                auth.stop();
            } finally {
                infra.close();
            }
        }
    }
}
