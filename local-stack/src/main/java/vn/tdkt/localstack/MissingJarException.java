package vn.tdkt.localstack;

import java.nio.file.Path;

/** A service's (or the auth server's) Spring Boot jar has not been built. */
public final class MissingJarException extends IllegalStateException {

    private final transient Path jar;

    MissingJarException(Service service, Path jar) {
        this(service.moduleName(), jar);
    }

    MissingJarException(String module, Path jar) {
        super(module + " is not built: " + jar + " does not exist. Build it with "
                + "`./mvnw -DskipTests package` (or `./tdkt up`, which builds what is needed).");
        this.jar = jar;
    }

    public Path jar() {
        return jar;
    }
}
