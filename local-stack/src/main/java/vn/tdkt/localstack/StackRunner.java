package vn.tdkt.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.localstack.auth.DemoTokens;

/**
 * {@code ./tdkt up}: infrastructure on the fixed ports with data under {@code .data/}, the control
 * endpoint, the auth server, the four services, the demo units; then waits until Ctrl-C, SIGTERM or {@code ./tdkt stop}, and stops
 * the services before the infrastructure they depend on.
 */
final class StackRunner {

    static final int KAFKA_PORT = 9092;
    static final int MONGO_PORT = 27017;
    static final int SMTP_PORT = 2525;

    private static final Logger log = LoggerFactory.getLogger(StackRunner.class);

    private final Path root;
    private final Path data;
    private final boolean withServices;
    private final PrintStream out;
    private final PidFile pidFile;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private Infrastructure infrastructure;
    private SystemLauncher system;
    private ControlServer control;

    StackRunner(Path root, boolean withServices, PrintStream out) {
        this.root = root;
        this.data = root.resolve(".data");
        this.withServices = withServices;
        this.out = out;
        this.pidFile = new PidFile(data.resolve("tdkt.pid"));
    }

    /** Runs until the JVM is asked to stop; returns the exit code when startup fails. */
    int run() throws InterruptedException {
        long begin = System.nanoTime();
        if (Ports.inUse(ControlServer.DEFAULT_PORT)) {
            out.println("tdkt is already running (http://127.0.0.1:" + ControlServer.DEFAULT_PORT
                    + "/status). Stop it with ./tdkt stop.");
            return 1;
        }
        killOrphans();
        List<String> problems = preflight();
        if (!problems.isEmpty()) {
            problems.forEach(p -> out.println("tdkt up: " + p));
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "tdkt-stop"));
        try {
            out.println("Starting Kafka (KRaft), MongoDB (embedded-mongo) and SMTP (GreenMail) with data in " + data + " ...");
            infrastructure = Infrastructure.builder()
                    .kafkaPort(KAFKA_PORT).mongoPort(MONGO_PORT).smtpPort(SMTP_PORT)
                    .dataDirectory(data)
                    .build().start();
            if (withServices) {
                system = SystemLauncher.builder(infrastructure)
                        .projectRoot(root)
                        .logDirectory(data.resolve("logs"))
                        .conventionalPorts()
                        .readyTimeout(readyTimeout())
                        .classDataSharing(data.resolve("cds"))
                        .withConsole(ConsoleProcess.DEFAULT_PORT)
                        .build();
            }
            control = ControlServer.start(ControlServer.DEFAULT_PORT, infrastructure, system,
                    () -> System.exit(0), this::recordPids);
            pidFile.write(ProcessHandle.current().pid(), List.of(), null);
            if (withServices) {
                out.println("Starting the auth server, the four services, then the web console (logs in " + data.resolve("logs") + ") ...");
                system.startAll();
                recordPids();
                seedDemoUnits();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            out.println();
            out.println("tdkt up failed: " + e.getMessage());
            log.debug("startup failure", e);
            return 1; // the shutdown hook stops whatever did start
        }
        printUrls(Duration.ofNanos(System.nanoTime() - begin));
        stopped.await();
        return 0;
    }

    /** 120 s unless TDKT_READY_TIMEOUT (seconds) says otherwise, e.g. on a machine busy with other builds. */
    private static Duration readyTimeout() {
        String seconds = System.getenv("TDKT_READY_TIMEOUT");
        return seconds == null || seconds.isBlank()
                ? SystemLauncher.DEFAULT_READY_TIMEOUT : Duration.ofSeconds(Long.parseLong(seconds.strip()));
    }

    private void recordPids() {
        pidFile.write(ProcessHandle.current().pid(), system == null ? List.of() : system.instances(),
                system == null ? null : system.authServer(), system != null && system.consoleStarted() ? system.console() : null);
    }

    /**
     * The demo unit tree, through campaign-service's API as the demo administrator. A failure is reported
     * and the system keeps running: the units can still be created by hand.
     */
    private void seedDemoUnits() {
        String token;
        try {
            token = new DemoTokens(URI.create(system.authServer().issuer())).accessToken("admin");
        } catch (RuntimeException e) {
            out.println("Demo units not seeded: no token for admin: " + e.getMessage());
            return;
        }
        List<DemoUnits.Outcome> outcomes = DemoUnits.seed(system.instance(Service.CAMPAIGN).baseUrl(), token);
        long created = outcomes.stream().filter(DemoUnits.Outcome::created).count();
        long existed = outcomes.stream().filter(DemoUnits.Outcome::existed).count();
        out.println("Demo units: " + created + " created, " + existed + " already there"
                + (created + existed == outcomes.size() ? "." : ", " + (outcomes.size() - created - existed) + " failed:"));
        for (DemoUnits.Outcome o : outcomes) {
            if (o.failed()) {
                out.println("  " + o.unit().code() + ": " + (o.status() < 0 ? "" : o.status() + " ") + o.problem());
            }
        }
    }

    /** Ports in use and missing jars, all reported at once before anything starts. */
    private List<String> preflight() {
        List<String> problems = new ArrayList<>();
        List<Integer> ports = new ArrayList<>(List.of(KAFKA_PORT, MONGO_PORT, SMTP_PORT));
        if (withServices) {
            ports.add(AuthServerProcess.DEFAULT_PORT);
            ports.add(ConsoleProcess.DEFAULT_PORT);
            Path consoleJar = ConsoleProcess.jar(root);
            if (!consoleJar.toFile().isFile()) {
                problems.add(ConsoleProcess.MODULE + " is not built: " + consoleJar + " is missing (build with ./mvnw -DskipTests package, or run ./tdkt up)");
            }
            Path authJar = AuthServerProcess.jar(root);
            if (!authJar.toFile().isFile()) {
                problems.add(AuthServerProcess.MODULE + " is not built: " + authJar + " is missing (build with ./mvnw -DskipTests package, or run ./tdkt up)");
            }
            for (Service s : Service.values()) {
                ports.add(s.defaultPort());
                Path jar = s.jar(root);
                if (!jar.toFile().isFile()) {
                    problems.add(s + " is not built: " + jar + " is missing (build with ./mvnw -DskipTests package, or run ./tdkt up)");
                }
            }
        }
        for (int port : ports) {
            if (Ports.inUse(port)) {
                problems.add("port " + port + " on 127.0.0.1 is already in use; stop what uses it (is tdkt already running? ./tdkt stop)");
            }
        }
        return problems;
    }

    private void killOrphans() {
        for (ProcessHandle orphan : pidFile.orphans()) {
            out.println("Stopping service process " + orphan.pid() + " left over from a previous run");
            orphan.destroy();
            orphan.onExit().completeOnTimeout(null, 30, TimeUnit.SECONDS).join();
            if (orphan.isAlive()) {
                orphan.destroyForcibly();
            }
        }
    }

    private void printUrls(Duration took) {
        out.println();
        out.printf("tdkt is up (%.1f s).%n", took.toMillis() / 1000.0);
        if (system != null) {
            if (system.consoleStarted()) {
                out.printf("  %-21s %s/   (open it in a browser; sign in as a demo user, password demo: ./tdkt users)%n",
                        ConsoleProcess.MODULE, system.console().publicUrl());
            }
            out.printf("  %-21s %s   (./tdkt token <user>; ./tdkt users)%n", AuthServerProcess.MODULE, system.authServer().baseUrl());
            for (ServiceProcess p : system.instances()) {
                out.printf("  %-21s %s   (API with a token: -H \"Authorization: Bearer $(./tdkt token admin)\")%n",
                        p.service(), p.baseUrl());
            }
        }
        out.printf("  %-21s http://127.0.0.1:%d/mails   (./tdkt mails; SMTP on 127.0.0.1:%d)%n",
                "mails", control.port(), infrastructure.smtpPort());
        out.printf("  %-21s %s%n", "Kafka", infrastructure.kafkaBootstrapServers());
        out.printf("  %-21s %s%n", "MongoDB", infrastructure.mongoConnectionString());
        out.printf("  %-21s %s%n", "data and logs", data);
        out.println("Stop with Ctrl-C or ./tdkt stop. Another instance: ./tdkt scale notification-service 8094");
        out.flush();
    }

    /** Services first (they flush to Kafka and MongoDB on the way out), then the infrastructure. */
    private void shutdown() {
        out.println("Stopping tdkt ...");
        try {
            if (system != null) {
                system.close();
            }
            if (infrastructure != null) {
                infrastructure.close();
            }
            if (control != null) {
                control.close();
            }
            pidFile.delete();
        } catch (RuntimeException e) {
            log.warn("error while stopping", e);
        } finally {
            out.println("tdkt stopped.");
            out.flush();
            stopped.countDown();
        }
    }
}
