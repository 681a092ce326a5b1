package vn.tdkt.benchmarks.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tdkt.localstack.AuthServerProcess;
import vn.tdkt.localstack.Infrastructure;
import vn.tdkt.localstack.Service;
import vn.tdkt.localstack.ServiceProcess;
import vn.tdkt.localstack.SystemLauncher;
import vn.tdkt.localstack.auth.DemoTokens;

/**
 * What the system tests run, cut to what one service's benchmark needs: the {@link Infrastructure} in this JVM
 * (embedded-mongo, a Kafka broker with every topic, SMTP), the auth server and the measured service as separate
 * JVMs from their packaged jars ({@link AuthServerProcess}, {@link ServiceProcess}, the pieces
 * {@code SystemLauncher} is made of: it would also start the other services, which here would only take CPU
 * from the one measured), and real tokens signed in by {@link DemoTokens}.
 */
public final class ServiceStack implements AutoCloseable {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    /** The user of the requests that name none: the administrator. */
    public static final String ADMIN = "admin";
    /** How long a JVM may take to become ready; {@code -Dbench.readySeconds} for a machine loaded by others. */
    private static final Duration READY = Duration.ofSeconds(Long.getLong("bench.readySeconds", 300));
    /** A fresh sign-in well within any token lifetime; a sign-in costs a few ms. */
    private static final Duration TOKEN_AGE = Duration.ofMinutes(2);

    /** The jars are not there: the message says how to build them. */
    public static final class MissingJarsException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingJarsException(String message) {
            super(message);
        }
    }

    public record Answer(int status, String body, HttpHeaders headers) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private record Token(String value, long at) {
    }

    public final Infrastructure infra;
    public final AuthServerProcess auth;
    public final ServiceProcess service;
    public final Path gcLog;
    public final List<String> serviceJvmOptions;
    private final DemoTokens tokens;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Token> signedIn = new HashMap<>();

    private ServiceStack(Infrastructure infra, AuthServerProcess auth, ServiceProcess service, Path gcLog,
                         List<String> serviceJvmOptions) {
        this.infra = infra;
        this.auth = auth;
        this.service = service;
        this.gcLog = gcLog;
        this.serviceJvmOptions = serviceJvmOptions;
        this.tokens = new DemoTokens(URI.create(auth.issuer()));
    }

    /**
     * The reactor root, once {@code service}'s and auth-server's jars are built; otherwise says which are
     * missing and how to build them, and exits with 2 (a benchmark's start).
     */
    public static Path rootWithJars(Service service) {
        Path root = SystemLauncher.findProjectRoot(Path.of(""));
        try {
            requireJars(root, service);
        } catch (MissingJarsException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
        return root;
    }

    /** The words of {@code -Dbench.serviceJvm}: the service JVM's options. */
    public static List<String> jvmOptions(String options) {
        return Arrays.stream(options.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    /** Fails fast, before anything starts, when a jar is missing. */
    public static void requireJars(Path root, Service service) {
        List<String> missing = new ArrayList<>();
        for (Path jar : List.of(AuthServerProcess.jar(root), service.jar(root))) {
            if (!Files.isRegularFile(jar)) {
                missing.add(jar.toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingJarsException("The service jars are not built: " + String.join(", ", missing)
                    + ".\nPackage them first:  ./mvnw -o -q -DskipTests package -pl " + service.moduleName()
                    + ",auth-server -am");
        }
    }

    /**
     * @param jvmOptions the service's JVM options; a GC log ({@code -Xlog:gc}) is added to them
     */
    public static ServiceStack start(Path root, Path workDir, Service measured, List<String> jvmOptions) {
        requireJars(root, measured);
        Infrastructure infra = Infrastructure.builder().start();
        AuthServerProcess auth = null;
        ServiceProcess service = null;
        try {
            Files.createDirectories(workDir);
            Path gcLog = workDir.resolve(measured.moduleName() + "-gc.log");
            Files.deleteIfExists(gcLog);
            auth = AuthServerProcess.builder().projectRoot(root).keyDirectory(workDir.resolve("auth-keys"))
                    .logFile(workDir.resolve("auth-server.log")).build();
            auth.start().awaitReady(READY);
            List<String> options = new ArrayList<>(jvmOptions);
            options.add("-Xlog:gc:file=" + gcLog + ":uptime");
            service = ServiceProcess.builder(measured).projectRoot(root)
                    .environment(infra.environment(measured.database()))
                    .environment(auth.clientEnvironment())
                    .jvmOptions(options)
                    .logFile(workDir.resolve(measured.moduleName() + ".log"))
                    .build();
            service.start().awaitReady(READY);
            return new ServiceStack(infra, auth, service, gcLog, List.copyOf(jvmOptions));
        } catch (IOException | RuntimeException e) {
            if (service != null) {
                service.stop();
            }
            if (auth != null) {
                auth.stop();
            }
            infra.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** A demo user's bearer token, signed in again every few minutes. */
    public synchronized String token(String user) {
        Token t = signedIn.get(user);
        if (t == null || System.nanoTime() - t.at() > TOKEN_AGE.toNanos()) {
            t = new Token(tokens.accessToken(user), System.nanoTime());
            signedIn.put(user, t);
        }
        return t.value();
    }

    public String baseUrl() {
        return service.baseUrl();
    }

    public Answer postJson(String path, String json) {
        return postJson(ADMIN, path, json);
    }

    public Answer postJson(String user, String path, String json) {
        return send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /** A POST without a body, {@code If-Match} sent when given. */
    public Answer post(String user, String path, String ifMatch) {
        HttpRequest.Builder request = request(user, path);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request.POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    public Answer putJson(String path, String json) {
        return send(request(ADMIN, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    public Answer get(String user, String path) {
        return send(request(user, path).GET().build());
    }

    /** The CSV file as the body ({@code Content-Length} from the file, as curl sends it). */
    public Answer postCsv(String path, Path csv) {
        return postCsv(ADMIN, path, csv);
    }

    public Answer postCsv(String user, String path, Path csv) {
        try {
            return send(request(user, path).header("Content-Type", "text/csv").timeout(Duration.ofMinutes(60))
                    .POST(HttpRequest.BodyPublishers.ofFile(csv)).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code /actuator/prometheus}, which needs no token. */
    public String prometheus() {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/prometheus"))
                .header("Accept", "text/plain").timeout(Duration.ofSeconds(10)).GET().build()).body();
    }

    /** The collector named by the service's GC log ({@code Using G1}), or "?". */
    public String gcName() {
        try {
            return Files.readAllLines(gcLog, StandardCharsets.UTF_8).stream().filter(l -> l.contains("Using "))
                    .map(l -> l.substring(l.indexOf("Using ") + 6).trim()).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token(user)).header("Accept", "application/json");
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.body(), r.headers());
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
            service.stop();
        } finally {
            try {
                auth.stop();
            } finally {
                infra.close();
            }
        }
    }
}
