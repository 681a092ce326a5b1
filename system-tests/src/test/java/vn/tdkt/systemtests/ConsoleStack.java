package vn.tdkt.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.localstack.AuthServerProcess;
import vn.tdkt.localstack.ConsoleProcess;
import vn.tdkt.localstack.DemoUnits;
import vn.tdkt.localstack.Infrastructure;
import vn.tdkt.localstack.Service;
import vn.tdkt.localstack.SystemLauncher;
import vn.tdkt.localstack.auth.DemoTokens;

/**
 * One running system with the web console for every browser test class of this JVM: started by the
 * first class that asks, stopped after the last (JUnit's root store closes it), so adding a role's
 * workflow test costs no second start. Free ports, temporary data, the demo unit tree of Lạng Sơn
 * registered as {@code ./tdkt up} does. A test class asks with {@code @ExtendWith(ConsoleStack.Extension.class)}
 * and takes it as a parameter: {@code @BeforeAll static void system(ConsoleStack stack)}.
 */
final class ConsoleStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ConsoleStack.class);
    static final Duration READY_TIMEOUT = EndToEndTest.scaled(Duration.ofSeconds(300));

    private final Infrastructure infrastructure;
    private final SystemLauncher system;
    private final DemoTokens tokens;
    private final Path logs;

    private ConsoleStack(Infrastructure infrastructure, SystemLauncher system, Path logs) {
        this.infrastructure = infrastructure;
        this.system = system;
        this.tokens = new DemoTokens(URI.create(system.authServer().issuer()));
        this.logs = logs;
    }

    /**
     * Resolves {@link ConsoleStack} parameters; before that, skips the class (with the reason) when no
     * browser is installed, so no system is started for nothing.
     */
    static final class Extension implements org.junit.jupiter.api.extension.BeforeAllCallback,
            org.junit.jupiter.api.extension.ParameterResolver {

        @Override
        public void beforeAll(ExtensionContext context) {
            Console.assumeBrowser();
        }

        @Override
        public boolean supportsParameter(org.junit.jupiter.api.extension.ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == ConsoleStack.class;
        }

        @Override
        public Object resolveParameter(org.junit.jupiter.api.extension.ParameterContext parameter, ExtensionContext context) {
            return get(context);
        }
    }

    /** The shared stack, started on first use. */
    static ConsoleStack get(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(ConsoleStack.class, key -> start(), ConsoleStack.class);
    }

    private static ConsoleStack start() {
        Path root = Reactor.root();
        Path runRoot = root.resolve("system-tests/target/console-run");
        Path logs = root.resolve("system-tests/target/console-logs");
        try {
            // Copies of the jars, so that a rebuild while the tests run cannot change them.
            List<Path> jars = Stream.concat(Stream.of(Service.values()).map(s -> s.jar(root)),
                    Stream.of(AuthServerProcess.jar(root), ConsoleProcess.jar(root))).toList();
            for (Path jar : jars) {
                if (!Files.isRegularFile(jar)) {
                    throw new IllegalStateException(jar + " is missing: build first (./mvnw -DskipTests package, or ./mvnw verify)");
                }
                Path copy = runRoot.resolve(root.relativize(jar));
                Files.createDirectories(copy.getParent());
                Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long begin = System.nanoTime();
        Infrastructure infra = Infrastructure.builder().start();
        SystemLauncher system = null;
        try {
            system = SystemLauncher.builder(infra)
                    .projectRoot(runRoot)
                    .logDirectory(logs)
                    .jvmOptions(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"))
                    .readyTimeout(READY_TIMEOUT)
                    .withConsole(0)
                    .build()
                    .startAll();
            ConsoleStack stack = new ConsoleStack(infra, system, logs);
            List<DemoUnits.Outcome> seeded = DemoUnits.seed(system.instance(Service.CAMPAIGN).baseUrl(), stack.token("admin"));
            if (seeded.stream().anyMatch(DemoUnits.Outcome::failed)) {
                throw new IllegalStateException("demo units not registered: " + seeded);
            }
            log.info("console stack ready in {} s: {}", (System.nanoTime() - begin) / 1_000_000_000, system.console().publicUrl());
            return stack;
        } catch (RuntimeException e) {
            if (system != null) {
                system.close();
            }
            infra.close();
            throw e;
        }
    }

    /** {@code http://localhost:<port>}: where the browser goes. */
    String consoleUrl() {
        return system.console().publicUrl();
    }

    String serviceUrl(Service service) {
        return system.instance(service).baseUrl();
    }

    /** An access token of a demo user, for arranging data through the APIs. */
    String token(String user) {
        return tokens.accessToken(user);
    }

    Path logs() {
        return logs;
    }

    @Override
    public void close() {
        try {
            system.close();
        } finally {
            infrastructure.close();
        }
    }
}
