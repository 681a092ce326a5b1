package vn.tdkt.console.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** One place reads problem+json: what it makes of a service's answer, and how a form shows it. */
class ServiceProblemTest {

    private static ServiceProblem problem(int status, String json) {
        return ServiceClient.problemOf("campaign", status, json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheFieldErrorsOfAProblem() {
        ServiceProblem p = problem(400, """
                {"type":"about:blank","title":"Bad Request","status":400,"detail":"The request has invalid fields",
                 "errors":[{"field":"level","message":"'CITY' is not one of the allowed values"},
                           {"field":"legalBasis[0].date","message":"không phải ngày"}]}""");
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.isInputProblem()).isTrue();
        assertThat(p.errors()).extracting(ServiceProblem.FieldProblem::field).containsExactly("level", "legalBasis[0].date");

        FormErrors form = FormErrors.of(p);
        assertThat(form.has("level")).isTrue();
        assertThat(form.has("legalBasis")).as("a path below the field counts for it").isTrue();
        assertThat(form.message("legalBasis")).isEqualTo("[0].date: không phải ngày");
        assertThat(form.has("code")).isFalse();
        assertThat(form.id("legalBasis[0].date")).isEqualTo("f-legalBasis-0-date");
        assertThat(form.errorId("level")).isEqualTo("f-level-error");
    }

    @Test
    void keepsTheStatusWhenTheBodyIsNoProblem() {
        ServiceProblem p = problem(502, "<html>Bad gateway</html>");
        assertThat(p.status()).isEqualTo(502);
        assertThat(p.errors()).isEmpty();
        assertThat(p.body()).isEmpty();
        assertThat(problem(404, "").detail()).isNull();
    }

    @Test
    void keepsExtraMembersSuchAsTheAllowedMoves() {
        ServiceProblem p = problem(409, """
                {"title":"Conflict","status":409,"detail":"DRAFT → CLOSED is not allowed","from":"DRAFT","to":"CLOSED",
                 "allowed":["LAUNCHED","CANCELLED"],"errors":[]}""");
        assertThat(p.isInputProblem()).isFalse();
        assertThat(p.body().orElseThrow().path("allowed").get(0).asString()).isEqualTo("LAUNCHED");
        assertThat(FormErrors.of(p).getDetail()).isEqualTo("DRAFT → CLOSED is not allowed");
    }
}
