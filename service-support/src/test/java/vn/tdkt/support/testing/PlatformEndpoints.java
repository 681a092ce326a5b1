package vn.tdkt.support.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import vn.tdkt.support.security.Role;

/**
 * The permission matrix of the endpoints every service gets from service-support (the audit trail,
 * dead letters and their replay, parked outbox events, the directory reads where present), run against a started service:
 * every demo user × every endpoint, and every bad token on every endpoint.
 */
public final class PlatformEndpoints {

    /** A replay of a dead letter that does not exist: the operator gets 404, anyone else 403. */
    private static final String NO_SUCH_DEAD_LETTER = "{\"topic\":\"tdkt.unit.events\",\"partition\":0,\"offset\":999999999}";

    private PlatformEndpoints() {
    }

    /**
     * @param directoryPaths the read endpoints of the service's directories (e.g. {@code /api/v1/units}),
     *                       open to every role
     */
    public static void assertPermissionMatrix(ServiceProbe service, List<String> directoryPaths) throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (DemoUser user : DemoUser.values()) {
            boolean operates = user.role() == Role.ADMINISTRATOR || user.role() == Role.OPERATOR;
            for (String path : directoryPaths) {
                expect(softly, service.send("GET", path, null, user.bearer()), user, "GET " + path, 200);
            }
            expect(softly, service.send("GET", "/api/v1/audit", null, user.bearer()), user, "GET audit",
                    operates ? 200 : 403);
            expect(softly, service.send("GET", "/api/v1/audit/verification", null, user.bearer()), user,
                    "GET audit verification", operates ? 200 : 403);
            expect(softly, service.send("GET", "/api/v1/dead-letters", null, user.bearer()), user,
                    "GET dead letters", operates ? 200 : 403);
            expect(softly, service.send("GET", "/api/v1/outbox/parked", null, user.bearer()), user,
                    "GET parked outbox events", operates ? 200 : 403);
            HttpResponse<String> replay = service.send("POST", "/api/v1/dead-letters/replay", NO_SUCH_DEAD_LETTER,
                    user.bearer());
            expect(softly, replay, user, "POST replay", operates ? 404 : 403);
        }
        softly.assertAll();

        List<String> paths = new ArrayList<>(directoryPaths);
        paths.addAll(List.of("/api/v1/audit", "/api/v1/audit/verification", "/api/v1/dead-letters", "/api/v1/outbox/parked",
                "/v3/api-docs"));
        for (TestTokens.BadToken token : TestTokens.badTokens()) {
            for (String path : paths) {
                assertThat(service.send("GET", path, null, token.header()).statusCode())
                        .as("GET %s with a %s token", path, token).isEqualTo(401);
            }
            assertThat(service.send("POST", "/api/v1/dead-letters/replay", NO_SUCH_DEAD_LETTER, token.header())
                    .statusCode()).as("POST replay with a %s token", token).isEqualTo(401);
        }
        for (String open : List.of("/actuator/health/readiness", "/actuator/prometheus")) {
            assertThat(service.send("GET", open, null, null).statusCode()).as(open + " without a token").isEqualTo(200);
        }
    }

    private static void expect(SoftAssertions softly, HttpResponse<String> response, DemoUser user, String what,
                               int status) {
        softly.assertThat(response.statusCode()).as("%s: %s → %s", user, what, response.body()).isEqualTo(status);
        if (status >= 400) {
            softly.assertThat(response.headers().firstValue("Content-Type")).as("%s: %s", user, what)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
    }
}
