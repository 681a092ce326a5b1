package vn.tdkt.localstack;

import java.nio.file.Path;

/** A service did not become ready; the message names it and points at its log. */
public final class ServiceNotReadyException extends IllegalStateException {

    ServiceNotReadyException(String message) {
        super(message);
    }

    static ServiceNotReadyException of(String name, int port, String why, Path log) {
        return new ServiceNotReadyException(name + " (port " + port + ") " + why
                + ". See its log: " + log + "\n--- last lines of " + log.getFileName() + " ---\n" + LogTail.of(log, 25));
    }
}
