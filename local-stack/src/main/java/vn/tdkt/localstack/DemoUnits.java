package vn.tdkt.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo unit tree of the security contract (Lạng Sơn province, a department, two districts, two
 * communes under Chi Lăng), registered through campaign-service's REST API, parents first, with an
 * administrator's token. Every other service learns the units from its events, as with any unit.
 * Idempotent: a 409 means the unit exists already (a restart), which is what we want.
 */
public final class DemoUnits {

    /** One unit to register ({@code parentCode} null for the province). */
    public record DemoUnit(String code, String name, String level, String parentCode, List<String> contactEmails) {
        public DemoUnit {
            contactEmails = List.copyOf(contactEmails);
        }
    }

    /** What happened to one unit: its HTTP status, and the body when it was neither created nor there already. */
    public record Outcome(DemoUnit unit, int status, String problem) {
        public boolean created() {
            return status >= 200 && status < 300;
        }

        public boolean existed() {
            return status == 409;
        }

        public boolean failed() {
            return !created() && !existed();
        }
    }

    /** Parents before children. The mail addresses exist only in the local SMTP server. */
    public static final List<DemoUnit> TREE = List.of(
            new DemoUnit("LS", "UBND tỉnh Lạng Sơn", "PROVINCE", null, List.of("vanphong@ubnd.langson.gov.vn")),
            new DemoUnit("LS-STC", "Sở Tài chính tỉnh Lạng Sơn", "DEPARTMENT", "LS", List.of("thiduakhenthuong@stc.langson.gov.vn")),
            new DemoUnit("LS-CL", "UBND huyện Chi Lăng", "DISTRICT", "LS", List.of("thidua@chilang.langson.gov.vn")),
            new DemoUnit("LS-HL", "UBND huyện Hữu Lũng", "DISTRICT", "LS", List.of("thidua@huulung.langson.gov.vn")),
            new DemoUnit("LS-CL-NL", "UBND xã Nhân Lý", "COMMUNE", "LS-CL", List.of("vanphong@nhanly.chilang.langson.gov.vn")),
            new DemoUnit("LS-CL-DM", "UBND thị trấn Đồng Mỏ", "COMMUNE", "LS-CL", List.of("vanphong@dongmo.chilang.langson.gov.vn")));

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DemoUnits() {
    }

    /**
     * Registers every unit of {@link #TREE} at {@code campaignBaseUrl} ({@code POST /api/v1/units}) with
     * {@code Authorization: Bearer <token>}. Goes on after a failure, so the result names every unit
     * that could not be registered (a child of a failed parent fails too, with its own answer).
     */
    public static List<Outcome> seed(String campaignBaseUrl, String bearerToken) {
        List<Outcome> outcomes = new ArrayList<>();
        for (DemoUnit unit : TREE) {
            outcomes.add(register(campaignBaseUrl, bearerToken, unit));
        }
        return outcomes;
    }

    private static Outcome register(String base, String token, DemoUnit unit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", unit.code());
        body.put("name", unit.name());
        body.put("level", unit.level());
        if (unit.parentCode() != null) {
            body.put("parentCode", unit.parentCode());
        }
        body.put("contactEmails", unit.contactEmails());
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/units"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            int status = response.statusCode();
            boolean fine = status >= 200 && status < 300 || status == 409;
            return new Outcome(unit, status, fine ? null : response.body().strip());
        } catch (IOException e) {
            return new Outcome(unit, -1, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(unit, -1, "interrupted");
        }
    }
}
