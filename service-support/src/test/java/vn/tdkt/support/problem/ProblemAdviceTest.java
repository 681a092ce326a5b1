package vn.tdkt.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tdkt.support.testing.TestTokens;

@SpringBootTest(classes = ProblemTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.autoconfigure.exclude=org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration,"
                        + "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
                "tdkt.dead-letters.enabled=false"})
class ProblemAdviceTest {

    private static final String VALID = """
            {"title":"Thi đua yêu nước","kind":"THEMATIC","startDate":"2026-02-01","staffCount":3,
             "legalBasis":[{"number":"12/KH-UBND","date":"2026-01-15"}]}""";

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    @Test
    void aNumberWhereTextIsExpectedIsRefusedNamingTheField() throws Exception {
        Problem problem = problem(post("/api/v1/things", VALID.replace("\"Thi đua yêu nước\"", "123")));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.fields()).containsExactly("title");
    }

    @Test
    void textWhereANumberIsExpectedIsRefusedNamingTheField() throws Exception {
        Problem problem = problem(post("/api/v1/things", VALID.replace("\"staffCount\":3", "\"staffCount\":\"3\"")));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.fields()).containsExactly("staffCount");
    }

    @Test
    void anUnknownFieldIsRefusedNamingIt() throws Exception {
        Problem problem = problem(post("/api/v1/things", VALID.replace("{\"title\"", "{\"colour\":\"red\",\"title\"")));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.fields()).containsExactly("colour");
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        String huge = VALID.replace("Thi đua yêu nước", "x".repeat(600 * 1024));

        Problem problem = problem(post("/api/v1/things", huge));

        assertThat(problem.status()).isEqualTo(413);
        assertThat(problem.fields()).containsExactly("body");
    }

    @Test
    void validBodyPasses() throws Exception {
        assertThat(post("/api/v1/things", VALID).statusCode()).isEqualTo(200);
    }

    @Test
    void beanValidationNamesEveryField() throws Exception {
        Problem problem = problem(post("/api/v1/things",
                "{\"title\":\" \",\"kind\":\"REGULAR\",\"staffCount\":-1,\"legalBasis\":[{\"number\":\"\"}]}"));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.fields()).containsExactly("legalBasis[0].date", "legalBasis[0].number", "staffCount",
                "startDate", "title");
    }

    @Test
    void unknownEnumConstantNamesTheFieldAndTheAllowedValues() throws Exception {
        Problem problem = problem(post("/api/v1/things", VALID.replace("THEMATIC", "WEEKLY")));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.fields()).containsExactly("kind");
        assertThat(problem.messages().getFirst()).contains("WEEKLY").contains("REGULAR, PERIODIC, THEMATIC");
    }

    @Test
    void wrongTypeDeepInTheBodyNamesItsPath() throws Exception {
        Problem badDate = problem(post("/api/v1/things", VALID.replace("2026-01-15", "15/01/2026")));
        Problem textForNumber = problem(post("/api/v1/things", VALID.replace("\"staffCount\":3", "\"staffCount\":\"ba\"")));
        Problem objectForList = problem(post("/api/v1/things", VALID.replace("[{\"number\":\"12/KH-UBND\",\"date\":\"2026-01-15\"}]", "{}")));

        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.fields()).containsExactly("legalBasis[0].date");
        assertThat(textForNumber.fields()).containsExactly("staffCount");
        assertThat(objectForList.status()).isEqualTo(400);
        assertThat(objectForList.fields()).containsExactly("legalBasis");
    }

    @Test
    void malformedOrMissingBodyIs400() throws Exception {
        Problem malformed = problem(post("/api/v1/things", "{\"title\": "));
        Problem missing = problem(post("/api/v1/things", ""));
        Problem notAnObject = problem(post("/api/v1/things", "[1,2]"));

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.fields()).containsExactly("body");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.fields()).containsExactly("body");
        assertThat(notAnObject.status()).isEqualTo(400);
    }

    @Test
    void domainExceptionsMapToTheirStatus() throws Exception {
        assertThat(problem(get("/api/v1/things/nope")).status()).isEqualTo(404);
        assertThat(problem(get("/api/v1/things/conflict")).status()).isEqualTo(409);
        assertThat(problem(get("/api/v1/things/duplicate")).status()).isEqualTo(409);
        assertThat(problem(get("/api/v1/things/stale")).status()).isEqualTo(409);
        Problem rule = problem(get("/api/v1/things/rule"));
        assertThat(rule.status()).isEqualTo(422);
        assertThat(rule.fields()).containsExactly("seats");
        Problem invalid = problem(get("/api/v1/things/invalid"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.fields()).containsExactly("endDate");
    }

    @Test
    void unexpectedFailuresAre500ProblemsWithoutInternals() throws Exception {
        HttpResponse<String> bug = get("/api/v1/things/bug");

        assertThat(problem(bug).status()).isEqualTo(500);
        assertThat(bug.body()).doesNotContain("secret internals");
        assertThat(problem(get("/api/v1/things/gone")).status()).as("@ResponseStatus kept").isEqualTo(410);
    }

    @Test
    void badParametersAre400NamingTheParameter() throws Exception {
        Problem page = problem(get("/api/v1/things?page=abc"));
        Problem kind = problem(get("/api/v1/things?kind=DAILY"));
        Problem missing = problem(get("/api/v1/search"));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.fields()).containsExactly("page");
        assertThat(kind.fields()).containsExactly("kind");
        assertThat(kind.messages().getFirst()).contains("REGULAR, PERIODIC, THEMATIC");
        assertThat(missing.fields()).containsExactly("q");
    }

    @Test
    void mvcErrorsAreProblemsToo() throws Exception {
        HttpResponse<String> xml = http.send(HttpRequest.newBuilder(uri("/api/v1/things"))
                .header("Content-Type", "application/xml").header("Authorization", TestTokens.admin()).POST(HttpRequest.BodyPublishers.ofString("<a/>")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> delete = http.send(HttpRequest.newBuilder(uri("/api/v1/things"))
                        .header("Authorization", TestTokens.admin()).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(problem(xml).status()).isEqualTo(415);
        assertThat(problem(delete).status()).isEqualTo(405);
        assertThat(problem(get("/api/v1/nothing-here")).status()).isEqualTo(404);
    }

    record Problem(int status, List<String> fields, List<String> messages) {
    }

    private Problem problem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(response.statusCode());
        assertThat(body.has("errors")).as("errors in %s", response.body()).isTrue();
        List<String> fields = body.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        List<String> messages = body.get("errors").valueStream().map(e -> e.get("message").asString()).toList();
        return new Problem(response.statusCode(), fields, messages);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Authorization", TestTokens.admin())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
                        .header("Authorization", TestTokens.admin()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

}
