package vn.tdkt.localstack.auth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The demo users, read from {@code demo-users.yml}: auth-server's own resource, which this module's build
 * copies (see local-stack/pom.xml), so the list that {@code ./tdkt users} prints is the one the auth server
 * signs in. Their common password is {@link #password()}.
 */
public final class DemoUsers {

    static final String RESOURCE = "demo-users.yml";

    private static final List<DemoUser> ALL = load();

    private DemoUsers() {
    }

    /** In the order of the file. */
    public static List<DemoUser> all() {
        return ALL;
    }

    public static Optional<DemoUser> find(String username) {
        return ALL.stream().filter(u -> u.username().equals(username)).findFirst();
    }

    /** {@code TDKT_DEMO_PASSWORD}, else {@code demo}: the same rule as the auth server's. */
    public static String password() {
        String fromEnvironment = System.getenv("TDKT_DEMO_PASSWORD");
        return fromEnvironment == null || fromEnvironment.isEmpty() ? "demo" : fromEnvironment;
    }

    @SuppressWarnings("unchecked")
    private static List<DemoUser> load() {
        try (InputStream in = DemoUsers.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("vn/tdkt/localstack/auth/" + RESOURCE + " missing from the classpath");
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<String, Object> demo = (Map<String, Object>) ((Map<String, Object>) root.get("tdkt")).get("demo");
            return ((List<Map<String, Object>>) demo.get("users")).stream()
                    .map(u -> new DemoUser(
                            (String) u.get("username"),
                            (List<String>) u.get("roles"),
                            Optional.ofNullable((String) u.get("unit")),
                            (String) u.get("name")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
