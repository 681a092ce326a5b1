package vn.tdkt.localstack;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code ./tdkt up}'s build step: a class data sharing archive for every service whose jar has none yet
 * (see {@link ClassDataSharing#train}), so that even the first start of a fresh clone maps its classes.
 * The training runs need MongoDB, so they run against a temporary infrastructure on free ports (its data
 * is deleted afterwards), two at a time on this 2-core budget. A failed training is reported, not fatal:
 * the service then starts without an archive and writes one when it stops.
 */
final class CdsTraining {

    private static final Duration TIMEOUT = Duration.ofSeconds(180);
    private static final int PARALLEL = 2;

    private CdsTraining() {
    }

    static int run(Path root, PrintStream out) {
        ClassDataSharing sharing = new ClassDataSharing(root.resolve(".data").resolve("cds"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Service> untrained = Arrays.stream(Service.values())
                .filter(s -> Files.isRegularFile(s.jar(root)))
                .filter(s -> {
                    sharing.launchArguments(s, s.jar(root), java); // re-extracts (dropping the archive) if the jar changed
                    return sharing.writesArchiveOnExit(s);
                })
                .toList();
        if (untrained.isEmpty()) {
            return 0;
        }
        long begin = System.nanoTime();
        out.println("Training the class data sharing archives of " + untrained + " ...");
        List<String> failures = new ArrayList<>();
        try (Infrastructure infra = Infrastructure.builder().build().start();
                ExecutorService pool = Executors.newFixedThreadPool(PARALLEL, Thread.ofPlatform().daemon().factory())) {
            List<CompletableFuture<Boolean>> runs = untrained.stream()
                    .map(s -> CompletableFuture.supplyAsync(() -> {
                        try {
                            return sharing.train(s, s.jar(root), java, ServiceProcess.DEFAULT_JVM_OPTIONS,
                                    infra.environment(s.database()), TIMEOUT);
                        } catch (Exception e) {
                            throw new CompletionException(e);
                        }
                    }, pool))
                    .toList();
            for (int i = 0; i < runs.size(); i++) {
                try {
                    if (!runs.get(i).join()) {
                        failures.add(untrained.get(i) + ": the jar could not be extracted");
                    }
                } catch (CompletionException e) {
                    failures.add(untrained.get(i) + ": " + (e.getCause() == null ? e : e.getCause()).getMessage());
                }
            }
        } catch (RuntimeException e) {
            failures.add("the temporary infrastructure did not start: " + e.getMessage());
        }
        failures.forEach(f -> out.println("No class data sharing archive for " + f));
        out.println("Trained in " + (System.nanoTime() - begin) / 1_000_000_000 + " s.");
        return 0;
    }
}
