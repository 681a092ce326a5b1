package vn.tdkt.support.unitdirectory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tdkt.embeddedmongo.EmbeddedMongoServer;
import vn.tdkt.events.unit.UnitRegistered;
import vn.tdkt.support.testing.TestTokens;

/** {@code GET /api/v1/units[/{code}]} through the real MVC stack and problem details, as a service imports it. */
@SpringBootTest(classes = UnitDirectoryTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "tdkt.dead-letters.enabled=false")
class UnitDirectoryControllerTest {

    static final EmbeddedMongoServer MONGO = EmbeddedMongoServer.builder().bindAddress("127.0.0.1").port(0).build().start();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.connectionString() + "/tdkt_unitdirectory_web");
        TestTokens.register(registry);
    }

    @AfterAll
    static void stop() {
        MONGO.close();
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    UnitDirectory directory;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> get(String path) throws Exception {
        return get(path, TestTokens.admin());
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", authorization).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void listsAndShowsKnownUnits() throws Exception {
        directory.apply(new UnitRegistered(UUID.randomUUID(), Instant.now(), "STC", 4, "STC", "Sở Tài chính",
                "DEPARTMENT", "UBT", 60, List.of("thidua@stc.gov.vn")));

        HttpResponse<String> one = get("/api/v1/units/STC");
        assertThat(one.statusCode()).isEqualTo(200);
        JsonNode unit = json.readTree(one.body());
        assertThat(unit.get("code").asString()).isEqualTo("STC");
        assertThat(unit.get("name").asString()).isEqualTo("Sở Tài chính");
        assertThat(unit.get("level").asString()).isEqualTo("DEPARTMENT");
        assertThat(unit.get("parentCode").asString()).isEqualTo("UBT");
        assertThat(unit.get("staffCount").asInt()).isEqualTo(60);
        assertThat(unit.get("contactEmails").get(0).asString()).isEqualTo("thidua@stc.gov.vn");
        assertThat(unit.get("version").asLong()).isEqualTo(4);
        assertThat(unit.hasNonNull("updatedAt")).isTrue();

        HttpResponse<String> all = get("/api/v1/units?size=200");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(json.readTree(all.body()).get("items").findValuesAsString("code")).contains("STC");
        assertThat(json.readTree(all.body()).get("totalItems").asLong()).isPositive();
    }

    @Test
    void contactEmailsAreShownWithinTheReadersSubtreeAndMaskedOutsideIt() throws Exception {
        directory.apply(new UnitRegistered(UUID.randomUUID(), Instant.now(), "T-ROOT", 1, "T-ROOT", "UBND tỉnh",
                "PROVINCE", null, null, List.of("vanphong@tinh.gov.vn")));
        directory.apply(new UnitRegistered(UUID.randomUUID(), Instant.now(), "T-CL", 1, "T-CL", "UBND huyện Chi Lăng",
                "DISTRICT", "T-ROOT", null, List.of("thidua@chilang.gov.vn")));
        directory.apply(new UnitRegistered(UUID.randomUUID(), Instant.now(), "T-HL", 1, "T-HL", "UBND huyện Hữu Lũng",
                "DISTRICT", "T-ROOT", null, List.of("thidua@huulung.gov.vn")));

        String chiLang = TestTokens.officer("T-CL");
        assertThat(email(get("/api/v1/units/T-CL", chiLang))).isEqualTo("thidua@chilang.gov.vn");
        assertThat(email(get("/api/v1/units/T-HL", chiLang))).isEqualTo("t***@huulung.gov.vn");
        assertThat(email(get("/api/v1/units/T-HL", TestTokens.officer("T-ROOT")))).isEqualTo("thidua@huulung.gov.vn");
        assertThat(email(get("/api/v1/units/T-CL", TestTokens.operator()))).isEqualTo("t***@chilang.gov.vn");
    }

    @Test
    void withoutAValidTokenNothingIsShown() throws Exception {
        for (TestTokens.BadToken bad : TestTokens.badTokens()) {
            HttpResponse<String> response = bad.header() == null
                    ? http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/units")).build(),
                    HttpResponse.BodyHandlers.ofString())
                    : get("/api/v1/units", bad.header());
            assertThat(response.statusCode()).as(bad.name()).isEqualTo(401);
        }
    }

    private String email(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).get("contactEmails").get(0).asString();
    }

    @Test
    void anUnknownUnitIsA404Problem() throws Exception {
        HttpResponse<String> response = get("/api/v1/units/KHONG-CO");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("detail").asString()).contains("KHONG-CO");
    }
}
