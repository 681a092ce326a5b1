package vn.tdkt.console.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The flat form ↔ the service's JSON: what a collective leaves out, numbers that are not numbers, a round trip. */
class NominationFormTest {

    @Test
    void aCollectiveSendsItsRatingAndCountsButNoPersonalFields() {
        JsonNode body = NominationForm.of(Map.of("nominee.kind", "COLLECTIVE", "nominee.name", "Phòng Tài chính – Kế hoạch",
                "nominee.position", "bỏ qua", "nominee.gender", "FEMALE", "evidence.collectiveRating", "HTXSNV",
                "evidence.members", "12", "evidence.membersAdvancedWorkers", "mười")).body(true);
        assertThat(body.path("nominee").has("position")).isFalse();
        assertThat(body.path("nominee").has("gender")).isFalse();
        assertThat(body.path("evidence").path("members").isNumber()).isTrue();
        assertThat(body.path("evidence").path("membersAdvancedWorkers").asString()).as("sent as typed: the service names it").isEqualTo("mười");
        JsonNode facts = NominationForm.of(Map.of("nominee.kind", "COLLECTIVE", "year", "2025", "evidence.collectiveRating", "HTXSNV"))
                .eligibilityQuestion("2025-09-02", false);
        assertThat(facts.path("nominee").path("collectiveRating").asString()).isEqualTo("HTXSNV");
        assertThat(facts.path("nominee").path("year").asInt()).isEqualTo(2025);
        assertThat(facts.path("nominee").has("years")).isFalse();
    }

    @Test
    void aStoredDossierReadsBackIntoTheSameBody() {
        JsonNode stored = Stubs.json(NominationControllerTest.DOSSIER);
        NominationForm form = NominationForm.fromDossier(stored);
        assertThat(form.get("nominee.name")).isEqualTo("Hoàng Thị Lan");
        assertThat(form.get("evidence.taskRatings[1].rating")).isEqualTo("HTXSNV");
        assertThat(form.ratingRows()).hasSize(3);
        JsonNode body = form.body(false);
        assertThat(body.has("nominatingUnitCode")).as("PUT keeps the units").isFalse();
        assertThat(body.path("nominee")).isEqualTo(Stubs.json("""
                {"kind":"INDIVIDUAL","nomineeId":"CB-NL-0007","name":"Hoàng Thị Lan","unitCode":"LS-CL-NL",
                 "position":"Công chức Văn hoá – Xã hội","gender":"FEMALE","ethnicity":"Tày","birthYear":1986}"""));
        assertThat(body.path("evidence").path("taskRatings")).isEqualTo(stored.path("evidence").path("taskRatings"));
        assertThat(body.path("evidence").path("discipline").asString()).isEqualTo("NONE");
    }

    @Test
    void initiativeIdsAreSplitOnCommasSemicolonsAndSpaces() {
        assertThat(NominationForm.of(Map.of("evidence.initiativeIds", "SK-1, SK-2;SK-3  SK-4")).initiativeIds())
                .containsExactly("SK-1", "SK-2", "SK-3", "SK-4");
    }
}
