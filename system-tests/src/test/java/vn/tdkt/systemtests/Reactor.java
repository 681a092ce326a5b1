package vn.tdkt.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the reactor's files are, seen from a test running in {@code system-tests/}. */
final class Reactor {

    private Reactor() {
    }

    /** The reactor root: the nearest folder upward from the working directory whose pom lists system-tests. */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            Path pom = p.resolve("pom.xml");
            if (Files.isRegularFile(pom) && read(pom).contains("<module>system-tests</module>")) {
                return p;
            }
        }
        throw new IllegalStateException("no reactor root (a pom.xml listing system-tests) above " + dir);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
