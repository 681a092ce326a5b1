package vn.tdkt.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code .data/tdkt.pid}: the launcher's pid, then one line per child process (auth server, services, web console)
 * ({@code <pid> <jar>}). Lets {@code ./tdkt stop} and the next {@code ./tdkt up} clean up service
 * JVMs that outlived a launcher killed with SIGKILL; the jar path guards against reused pids.
 */
final class PidFile {

    record Entry(long pid, String command) {
    }

    private final Path file;

    PidFile(Path file) {
        this.file = file;
    }

    void write(long launcherPid, List<ServiceProcess> instances, AuthServerProcess authServer) {
        write(launcherPid, instances, authServer, null);
    }

    void write(long launcherPid, List<ServiceProcess> instances, AuthServerProcess authServer, ConsoleProcess console) {
        StringBuilder out = new StringBuilder().append(launcherPid).append('\n');
        if (console != null && console.isAlive()) {
            out.append(console.pid()).append(' ').append(console.jar().getFileName()).append('\n');
        }
        if (authServer != null && authServer.isAlive()) {
            out.append(authServer.pid()).append(' ').append(authServer.jar().getFileName()).append('\n');
        }
        for (ServiceProcess p : instances) {
            if (p.isAlive()) {
                out.append(p.pid()).append(' ').append(p.service().jar(Path.of("")).getFileName()).append('\n');
            }
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, out, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    /** The launcher's process, if the file names one that is still alive. */
    Optional<ProcessHandle> launcher() {
        List<String> lines = lines();
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        return parse(lines.getFirst()).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
    }

    /** Service JVMs from the file that still run and still run one of our jars. */
    List<ProcessHandle> orphans() {
        List<ProcessHandle> alive = new ArrayList<>();
        List<String> lines = lines();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] parts = line.split(" ", 2);
            if (parts.length < 2) {
                continue;
            }
            parse(parts[0]).flatMap(ProcessHandle::of)
                    .filter(ProcessHandle::isAlive)
                    .filter(h -> h.info().commandLine().map(c -> c.contains(parts[1])).orElse(false))
                    .ifPresent(alive::add);
        }
        return alive;
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> lines() {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Optional<Long> parse(String s) {
        try {
            return Optional.of(Long.parseLong(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
