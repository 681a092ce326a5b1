package vn.tdkt.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tdkt.localstack.auth.AuthServerUnavailableException;
import vn.tdkt.localstack.auth.DemoTokens;
import vn.tdkt.localstack.auth.SignInRefusedException;

/**
 * {@code ./tdkt audit-verify}: asks every running service to walk its audit chain, as the operator
 * ({@code vanhanh}), and prints per service whether it is intact or the first record that is not.
 * Exit 0 when every chain holds, 1 when one is broken or a service cannot be asked. The services are
 * asked on their usual ports (8081–8084), where {@code ./tdkt up} runs them.
 */
final class AuditVerifyCommand {

    private static final String OPERATOR = "vanhanh";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditVerifyCommand() {
    }

    static int run(PrintStream out, PrintStream err) throws InterruptedException {
        DemoTokens tokens = DemoTokens.fromEnvironment();
        String token;
        try {
            token = tokens.accessToken(OPERATOR);
        } catch (AuthServerUnavailableException e) {
            err.println("tdkt audit-verify: " + e.getMessage() + ". Is tdkt running? Start it with ./tdkt up.");
            return 1;
        } catch (SignInRefusedException e) {
            err.println("tdkt audit-verify: the operator " + OPERATOR + " could not sign in (" + e.getMessage()
                    + "); the password is TDKT_DEMO_PASSWORD as the auth server was started with.");
            return 1;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        boolean allIntact = true;
        for (Service service : Service.values()) {
            int port = service.defaultPort();
            URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/audit/verification");
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    out.printf("%-22s could not verify: HTTP %d %s%n", service, response.statusCode(), response.body());
                    allIntact = false;
                    continue;
                }
                JsonNode verification = JSON.readTree(response.body());
                if (verification.path("intact").asBoolean()) {
                    out.printf("%-22s intact (%d records)%n", service, verification.path("checked").asLong());
                } else {
                    out.printf("%-22s BROKEN at record %d: %s%n", service,
                            verification.path("firstBrokenSeq").asLong(), verification.path("reason").asString());
                    allIntact = false;
                }
            } catch (IOException e) {
                out.printf("%-22s not reachable on port %d: %s%n", service, port, e.getMessage());
                allIntact = false;
            }
        }
        return allIntact ? 0 : 1;
    }
}
