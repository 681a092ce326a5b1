package vn.tdkt.localstack;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The four services: module name, default port and database, as in docs/conventions.md. */
public enum Service {
    CAMPAIGN("campaign-service", 8081, "tdkt_campaign"),
    NOMINATION("nomination-service", 8082, "tdkt_nomination"),
    DELEGATE("delegate-service", 8083, "tdkt_delegate"),
    NOTIFICATION("notification-service", 8084, "tdkt_notification");

    private final String moduleName;
    private final int defaultPort;
    private final String database;

    Service(String moduleName, int defaultPort, String database) {
        this.moduleName = moduleName;
        this.defaultPort = defaultPort;
        this.database = database;
    }

    /** Maven module and process name, e.g. {@code notification-service}. */
    public String moduleName() {
        return moduleName;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public String database() {
        return database;
    }

    /** The Spring Boot jar {@code <module>/target/<module>-<version>.jar} under the project root. */
    public Path jar(Path projectRoot) {
        return projectRoot.resolve(moduleName).resolve("target")
                .resolve(moduleName + "-" + BuildInfo.version() + ".jar");
    }

    /** Accepts {@code notification-service}, {@code notification} or {@code NOTIFICATION}. */
    public static Service byName(String name) {
        for (Service s : values()) {
            if (s.moduleName.equalsIgnoreCase(name) || s.name().equalsIgnoreCase(name)
                    || s.moduleName.equalsIgnoreCase(name + "-service")) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown service '" + name + "'; one of: "
                + Arrays.stream(values()).map(Service::moduleName).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return moduleName;
    }
}
