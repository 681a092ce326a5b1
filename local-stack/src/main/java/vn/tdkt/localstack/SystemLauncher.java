package vn.tdkt.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Runs the auth server and then the four services as separate processes against an
 * {@link Infrastructure}: what {@code ./tdkt up} does, reusable by the system tests. The services get
 * the auth server's address ({@code TDKT_AUTH_ISSUER}, {@code TDKT_AUTH_JWK_SET_URI}) in their environment.
 *
 * <pre>{@code
 * try (Infrastructure infra = Infrastructure.builder().build().start();
 *      SystemLauncher system = SystemLauncher.builder(infra).projectRoot(root).build().startAll()) {
 *     system.instance(Service.NOTIFICATION).kill();
 *     system.instance(Service.NOTIFICATION).start().awaitReady(Duration.ofSeconds(120));
 * }
 * }</pre>
 */
public final class SystemLauncher implements AutoCloseable {

    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(120);

    private final Infrastructure infrastructure;
    private final Path projectRoot;
    private final Path logDirectory;
    private final Map<Service, Integer> ports;
    private final List<String> jvmOptions;
    private final Duration readyTimeout;
    private final ClassDataSharing classDataSharing;
    private final int authServerPort;
    private final Path authKeyDirectory;
    private AuthServerProcess authServer;
    /** The port the console will listen on, fixed when built (the auth server must know it); -1: no console. */
    private final int consolePort;
    private final List<String> consoleJvmOptions;
    private ConsoleProcess console;
    private final Map<Service, ServiceProcess> primaries = new EnumMap<>(Service.class);
    private final List<ServiceProcess> instances = new CopyOnWriteArrayList<>();

    private SystemLauncher(Builder b) {
        this.infrastructure = b.infrastructure;
        this.projectRoot = b.projectRoot != null ? b.projectRoot : findProjectRoot(Path.of(""));
        this.logDirectory = b.logDirectory != null ? b.logDirectory : projectRoot.resolve(".data").resolve("logs");
        this.ports = Map.copyOf(b.ports);
        this.jvmOptions = b.jvmOptions;
        this.readyTimeout = b.readyTimeout;
        this.classDataSharing = b.classDataSharing == null ? null : new ClassDataSharing(b.classDataSharing);
        this.authServerPort = b.authServerPort;
        this.authKeyDirectory = b.authKeyDirectory != null ? b.authKeyDirectory
                : projectRoot.resolve(".data").resolve("auth");
        this.consolePort = b.withConsole ? Ports.orFree(b.consolePort) : -1;
        this.consoleJvmOptions = b.consoleJvmOptions;
    }

    public static Builder builder(Infrastructure infrastructure) {
        return new Builder(infrastructure);
    }

    /**
     * Starts the auth server and waits until it is ready, then every service at once and waits until all
     * are ready; on failure stops them all again.
     */
    public SystemLauncher startAll() {
        List<String> missing = new ArrayList<>();
        if (!Files.isRegularFile(AuthServerProcess.jar(projectRoot))) {
            missing.add(AuthServerProcess.jar(projectRoot).toString());
        }
        for (Service s : Service.values()) {
            if (!Files.isRegularFile(s.jar(projectRoot))) {
                missing.add(s.jar(projectRoot).toString());
            }
        }
        if (consolePort > 0 && !Files.isRegularFile(ConsoleProcess.jar(projectRoot))) {
            missing.add(ConsoleProcess.jar(projectRoot).toString());
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("not built yet: " + String.join(", ", missing)
                    + ". Build with `./mvnw -DskipTests package` (or `./tdkt up`, which builds what is needed).");
        }
        try {
            // First, so that a service never meets a token it cannot check yet.
            authServer = AuthServerProcess.builder()
                    .projectRoot(projectRoot)
                    .port(authServerPort)
                    .keyDirectory(authKeyDirectory)
                    .logFile(logDirectory.resolve(AuthServerProcess.MODULE + ".log"))
                    .environment(consolePort > 0 ? ConsoleProcess.authServerEnvironment(consolePort) : Map.of())
                    .build();
            authServer.start().awaitReady(readyTimeout);
            for (Service s : Service.values()) {
                primaries.put(s, newInstance(s, ports.getOrDefault(s, 0), logDirectory.resolve(s.moduleName() + ".log")));
            }
            startInParallel(List.copyOf(primaries.values()));
            awaitAll(List.copyOf(primaries.values()));
            if (consolePort > 0) {
                // Last: it discovers the issuer at start and reads the services as soon as a page is opened.
                console = ConsoleProcess.builder()
                        .projectRoot(projectRoot)
                        .port(consolePort)
                        .logFile(logDirectory.resolve(ConsoleProcess.MODULE + ".log"))
                        .environment(consoleEnvironment())
                        .jvmOptions(consoleJvmOptions)
                        .build();
                console.start().awaitReady(readyTimeout);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        return this;
    }

    /** The web console, started last by {@link #startAll()} when the builder asked for it ({@link Builder#withConsole(int)}). */
    public ConsoleProcess console() {
        if (console == null) {
            throw new IllegalStateException(ConsoleProcess.MODULE + " was not started");
        }
        return console;
    }

    boolean consoleStarted() {
        return console != null && console.isAlive();
    }

    /** The issuer and the first instance of each service: what the console reads. */
    private Map<String, String> consoleEnvironment() {
        Map<String, String> env = new java.util.LinkedHashMap<>();
        env.put("TDKT_AUTH_ISSUER", authServer().issuer());
        env.put("TDKT_CAMPAIGN_URL", instance(Service.CAMPAIGN).baseUrl());
        env.put("TDKT_NOMINATION_URL", instance(Service.NOMINATION).baseUrl());
        env.put("TDKT_DELEGATE_URL", instance(Service.DELEGATE).baseUrl());
        env.put("TDKT_NOTIFICATION_URL", instance(Service.NOTIFICATION).baseUrl());
        return env;
    }

    /** The first instance of a service, started by {@link #startAll()}. */
    public ServiceProcess instance(Service service) {
        ServiceProcess p = primaries.get(service);
        if (p == null) {
            throw new IllegalStateException(service + " was not started");
        }
        return p;
    }

    /** The auth server, started by {@link #startAll()}. */
    public AuthServerProcess authServer() {
        if (authServer == null) {
            throw new IllegalStateException(AuthServerProcess.MODULE + " was not started");
        }
        return authServer;
    }

    boolean authServerStarted() {
        return authServer != null && authServer.isAlive();
    }

    /** Every instance, primaries and extra ones. */
    public List<ServiceProcess> instances() {
        return List.copyOf(instances);
    }

    /**
     * One more instance of a service on another port with the same environment, so the same
     * consumer group: Kafka shares the partitions between the instances. Waits until it is ready.
     */
    public ServiceProcess scale(Service service, int port) {
        int actualPort = Ports.orFree(port);
        ServiceProcess extra = newInstance(service, actualPort,
                logDirectory.resolve(service.moduleName() + "-" + actualPort + ".log"));
        try {
            extra.start().awaitReady(readyTimeout);
            return extra;
        } catch (RuntimeException e) {
            extra.stop();
            instances.remove(extra);
            throw e;
        }
    }

    /** Stops the instance of a service listening on a port; false if there is none. */
    public boolean stopInstance(Service service, int port) {
        for (ServiceProcess p : instances) {
            if (p.service() == service && p.port() == port) {
                p.stop();
                instances.remove(p);
                primaries.remove(service, p);
                return true;
            }
        }
        return false;
    }

    public Path projectRoot() {
        return projectRoot;
    }

    public Path logDirectory() {
        return logDirectory;
    }

    /** Stops the console, then every instance in parallel, each with its graceful shutdown, then the auth server. */
    @Override
    public void close() {
        if (console != null) {
            console.stop();
        }
        // A platform thread per instance: the common pool has one worker on 2 cores, and
        // stop() waits inside a synchronized method, which would pin a virtual thread on JDK 21.
        try (ExecutorService pool = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().daemon().factory())) {
            CompletableFuture.allOf(instances.stream()
                    .map(p -> CompletableFuture.runAsync(p::stop, pool))
                    .toArray(CompletableFuture[]::new)).join();
        }
        instances.clear();
        if (authServer != null) {
            authServer.stop();
        }
    }

    /** Walks up from {@code start} to the reactor root: the directory with pom.xml and local-stack/. */
    public static Path findProjectRoot(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("pom.xml")) && Files.isDirectory(d.resolve("local-stack"))
                    && Files.isDirectory(d.resolve("campaign-service"))) {
                return d;
            }
        }
        throw new IllegalStateException("no tdkt project root (pom.xml with local-stack/ and campaign-service/) above " + dir);
    }

    private ServiceProcess newInstance(Service service, int port, Path log) {
        ServiceProcess p = ServiceProcess.builder(service)
                .projectRoot(projectRoot)
                .port(port)
                // Through its own proxies when the infrastructure has some for it (fault injection).
                .environment(infrastructure.hasProxies(service.moduleName())
                        ? infrastructure.environment(service.database(), service.moduleName())
                        : infrastructure.environment(service.database()))
                .environment(authServer().clientEnvironment())
                .jvmOptions(jvmOptions)
                .logFile(log)
                .classDataSharing(classDataSharing)
                .build();
        instances.add(p);
        return p;
    }

    /** In parallel, because a start may first extract the jar for class data sharing. */
    private static void startInParallel(List<ServiceProcess> processes) {
        try (ExecutorService pool = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().daemon().factory())) {
            List<CompletableFuture<ServiceProcess>> starts = processes.stream()
                    .map(p -> CompletableFuture.supplyAsync(p::start, pool))
                    .toList();
            List<String> failures = new ArrayList<>();
            collectFailures(starts, failures);
            if (!failures.isEmpty()) {
                throw new IllegalStateException(String.join("\n", failures));
            }
        }
    }

    private void awaitAll(List<ServiceProcess> starting) {
        List<String> failures = new ArrayList<>();
        try (ExecutorService pool = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().daemon().factory())) {
            collectFailures(starting.stream()
                    .map(p -> CompletableFuture.supplyAsync(() -> p.awaitReady(readyTimeout), pool))
                    .toList(), failures);
        }
        if (!failures.isEmpty()) {
            throw new ServiceNotReadyException(failures.stream().collect(Collectors.joining("\n\n")));
        }
    }

    private static void collectFailures(List<CompletableFuture<ServiceProcess>> waits, List<String> failures) {
        for (CompletableFuture<ServiceProcess> w : waits) {
            try {
                w.join();
            } catch (CompletionException e) {
                failures.add(Objects.requireNonNullElse(e.getCause(), e).getMessage());
            }
        }
    }

    /** Where and how to run the services; ports default to free ones (tests), see {@link #conventionalPorts()}. */
    public static final class Builder {
        private final Infrastructure infrastructure;
        private Path projectRoot;
        private Path logDirectory;
        private final Map<Service, Integer> ports = new EnumMap<>(Service.class);
        private List<String> jvmOptions = ServiceProcess.DEFAULT_JVM_OPTIONS;
        private Duration readyTimeout = DEFAULT_READY_TIMEOUT;
        private Path classDataSharing;
        private int authServerPort;
        private Path authKeyDirectory;
        private boolean withConsole;
        private int consolePort;
        private List<String> consoleJvmOptions = ConsoleProcess.DEFAULT_JVM_OPTIONS;

        private Builder(Infrastructure infrastructure) {
            this.infrastructure = Objects.requireNonNull(infrastructure, "infrastructure");
        }

        public Builder projectRoot(Path root) {
            this.projectRoot = root.toAbsolutePath().normalize();
            return this;
        }

        /** Default {@code <root>/.data/logs}; one {@code <service>.log} per service. */
        public Builder logDirectory(Path directory) {
            this.logDirectory = directory.toAbsolutePath();
            return this;
        }

        /** The services' ports 8081..8084 and 9000 for the auth server (docs/conventions.md). */
        public Builder conventionalPorts() {
            for (Service s : Service.values()) {
                ports.put(s, s.defaultPort());
            }
            authServerPort = AuthServerProcess.DEFAULT_PORT;
            return this;
        }

        /** 0 (the default) picks a free port; the services are told the address either way. */
        public Builder authServerPort(int port) {
            this.authServerPort = port;
            return this;
        }

        /** Where the auth server keeps its signing key; default {@code <projectRoot>/.data/auth}. */
        public Builder authKeyDirectory(Path directory) {
            this.authKeyDirectory = directory.toAbsolutePath();
            return this;
        }

        /**
         * Also runs the web console, after the services, on this port (0: a free one); the auth server is
         * told its address. Off by default: only {@code ./tdkt up} and the browser tests need it.
         */
        public Builder withConsole(int port) {
            this.withConsole = true;
            this.consolePort = port;
            return this;
        }

        public Builder consoleJvmOptions(List<String> options) {
            this.consoleJvmOptions = List.copyOf(options);
            return this;
        }

        public Builder port(Service service, int port) {
            ports.put(service, port);
            return this;
        }

        public Builder jvmOptions(List<String> options) {
            this.jvmOptions = List.copyOf(options);
            return this;
        }

        public Builder readyTimeout(Duration timeout) {
            this.readyTimeout = timeout;
            return this;
        }

        /** See {@link ServiceProcess.Builder#classDataSharing(Path)}; off by default. */
        public Builder classDataSharing(Path cacheDirectory) {
            this.classDataSharing = cacheDirectory == null ? null : cacheDirectory.toAbsolutePath();
            return this;
        }

        public SystemLauncher build() {
            return new SystemLauncher(this);
        }
    }
}
