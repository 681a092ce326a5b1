package vn.tdkt.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceProcessTest {

    private static final List<String> SMALL_JVM = List.of("-Xmx32m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    @TempDir
    static Path dir;

    static Path jar;

    @BeforeAll
    static void buildFakeServiceJar() throws IOException {
        jar = dir.resolve("fake-service.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        String entry = FakeService.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
             var classFile = FakeService.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            classFile.transferTo(out);
            out.closeEntry();
        }
    }

    @Test
    void startsWaitsForReadinessKillsAndRestartsOnTheSamePort() throws Exception {
        ServiceProcess p = ServiceProcess.builder(Service.NOTIFICATION)
                .jar(jar).logFile(dir.resolve("notification.log")).jvmOptions(SMALL_JVM)
                .environment(Map.of("MONGODB_URI", "mongodb://127.0.0.1:1/tdkt_notification"))
                .build();
        try (p) {
            p.start().awaitReady(Duration.ofSeconds(30));
            assertThat(get(p.baseUrl() + "/env")).isEqualTo("mongodb://127.0.0.1:1/tdkt_notification");
            assertThat(p.environment()).containsEntry("SERVER_PORT", String.valueOf(p.port()));

            p.kill();
            assertThat(p.isAlive()).isFalse();
            assertThat(Ports.inUse(p.port())).isFalse();

            p.start().awaitReady(Duration.ofSeconds(30));
            assertThat(Readiness.isUp(p.baseUrl())).isTrue();
            p.stop();
            assertThat(p.isAlive()).isFalse();
        }
        assertThat(Files.readString(dir.resolve("notification.log"))).contains("fake service listening on " + p.port());
    }

    @Test
    void aServiceThatDiesIsReportedWithItsNameAndLog() {
        ServiceProcess p = ServiceProcess.builder(Service.DELEGATE)
                .jar(jar).logFile(dir.resolve("delegate.log")).jvmOptions(SMALL_JVM)
                .environment(Map.of("FAKE_EXIT", "3"))
                .build();
        assertThatThrownBy(() -> p.start().awaitReady(Duration.ofSeconds(30)))
                .isInstanceOf(ServiceNotReadyException.class)
                .hasMessageContaining("delegate-service")
                .hasMessageContaining("exited with code 3")
                .hasMessageContaining(dir.resolve("delegate.log").toString())
                .hasMessageContaining("fake service failing on purpose");
    }

    @Test
    void aJarThatCannotBeExtractedForClassDataSharingRunsAsIs() {
        ServiceProcess p = ServiceProcess.builder(Service.NOMINATION)
                .jar(jar).logFile(dir.resolve("nomination.log")).jvmOptions(SMALL_JVM)
                .classDataSharing(dir.resolve("cds"))
                .build();
        try (p) {
            p.start().awaitReady(Duration.ofSeconds(30));
            assertThat(Readiness.isUp(p.baseUrl())).isTrue();
        }
    }

    @Test
    void aMissingJarSaysHowToBuildIt() {
        ServiceProcess p = ServiceProcess.builder(Service.CAMPAIGN).projectRoot(dir).build();
        assertThatThrownBy(p::start)
                .isInstanceOf(MissingJarException.class)
                .hasMessageContaining("campaign-service is not built")
                .hasMessageContaining("campaign-service/target/campaign-service-" + BuildInfo.version() + ".jar")
                .hasMessageContaining("./mvnw -DskipTests package");
    }

    @Test
    void findsServicesByTheirUsualNames() {
        assertThat(Service.byName("notification-service")).isEqualTo(Service.NOTIFICATION);
        assertThat(Service.byName("notification")).isEqualTo(Service.NOTIFICATION);
        assertThatThrownBy(() -> Service.byName("billing")).hasMessageContaining("campaign-service");
    }

    private static String get(String url) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
