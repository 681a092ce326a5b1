package vn.tdkt.benchmarks.apportionment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.localstack.AuthServerProcess;
import vn.tdkt.localstack.Infrastructure;
import vn.tdkt.localstack.Service;
import vn.tdkt.localstack.ServiceProcess;
import vn.tdkt.localstack.auth.DemoTokens;

/**
 * delegate-service as it runs for real: the {@link Infrastructure} in this JVM (it consumes Kafka, writes its
 * audit trail to MongoDB), the auth server and the service as separate JVMs from their packaged jars, and a
 * real token of the province's congress organiser (the caller the endpoint is for).
 */
final class DelegateStack implements AutoCloseable {

    private static final Duration READY = Duration.ofSeconds(300);
    static final String CALLER = "bantochuc.tinh";

    final Infrastructure infra;
    final AuthServerProcess auth;
    final ServiceProcess delegate;
    private final DemoTokens tokens;

    private DelegateStack(Infrastructure infra, AuthServerProcess auth, ServiceProcess delegate) {
        this.infra = infra;
        this.auth = auth;
        this.delegate = delegate;
        this.tokens = new DemoTokens(URI.create(auth.issuer()));
    }

    /** The jars this needs, or a message saying how to build them; empty when all are there. */
    static List<String> missingJars(Path root) {
        List<String> missing = new ArrayList<>();
        for (Path jar : List.of(AuthServerProcess.jar(root), Service.DELEGATE.jar(root))) {
            if (!Files.isRegularFile(jar)) {
                missing.add(jar.toString());
            }
        }
        return missing;
    }

    static DelegateStack start(Path root, Path workDir, List<String> jvmOptions) {
        Infrastructure infra = Infrastructure.builder().start();
        AuthServerProcess auth = null;
        ServiceProcess delegate = null;
        try {
            Files.createDirectories(workDir);
            auth = AuthServerProcess.builder().projectRoot(root).keyDirectory(workDir.resolve("auth-keys"))
                    .logFile(workDir.resolve("auth-server.log")).build();
            auth.start().awaitReady(READY);
            delegate = ServiceProcess.builder(Service.DELEGATE).projectRoot(root)
                    .environment(infra.environment(Service.DELEGATE.database()))
                    .environment(auth.clientEnvironment())
                    .jvmOptions(jvmOptions)
                    .logFile(workDir.resolve("delegate-service.log"))
                    .build();
            delegate.start().awaitReady(READY);
            return new DelegateStack(infra, auth, delegate);
        } catch (IOException | RuntimeException e) {
            if (delegate != null) {
                delegate.stop();
            }
            if (auth != null) {
                auth.stop();
            }
            infra.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** A fresh token (a sign-in costs a few ms; taken before each phase, well within its lifetime). */
    String token() {
        return tokens.accessToken(CALLER);
    }

    String baseUrl() {
        return delegate.baseUrl();
    }

    @Override
    public void close() {
        try {
            delegate.stop();
        } finally {
            try {
                auth.stop();
            } finally {
                infra.close();
            }
        }
    }
}
