package vn.tdkt.nomination.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.problem.FieldError;

/** A request is checked field by field and every bad field is named. */
class DecisionDraftTest {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 20);

    static List<FieldError> errorsOf(DecisionDraft.Raw raw) {
        List<FieldError> errors = new ArrayList<>();
        DecisionDraft draft = DecisionDraft.parse(raw, TODAY, errors);
        assertThat(draft == null).isEqualTo(!errors.isEmpty());
        return errors;
    }

    @Test
    void aGoodRequestKeepsItsVietnameseAndTrimsWhitespace() {
        List<FieldError> errors = new ArrayList<>();
        DecisionDraft draft = DecisionDraft.parse(new DecisionDraft.Raw(" 125/QĐ-UBND ", TODAY, "Đoàn Thu Hà",
                "Phó Chủ tịch Ủy ban nhân dân tỉnh", "LS", List.of("DX-1", " DX-2 ")), TODAY, errors);

        assertThat(errors).isEmpty();
        assertThat(draft.number()).isEqualTo("125/QĐ-UBND");
        assertThat(draft.signer().title()).isEqualTo("Phó Chủ tịch Ủy ban nhân dân tỉnh");
        assertThat(draft.nominationIds()).containsExactly("DX-1", "DX-2");
    }

    @Test
    void everyMissingFieldIsNamed() {
        assertThat(errorsOf(new DecisionDraft.Raw(null, null, " ", null, null, null))).extracting(FieldError::field)
                .containsExactlyInAnyOrder("number", "date", "signer.name", "signer.title", "grantorUnitCode",
                        "nominationIds");
    }

    @Test
    void aFutureDateABadUnitAndARepeatedOrBadIdAreNamed() {
        assertThat(errorsOf(new DecisionDraft.Raw("1/QĐ", TODAY.plusDays(1), "A", "B", "LS CL",
                List.of("DX-1", "DX 2", "DX-1")))).extracting(FieldError::field)
                .containsExactlyInAnyOrder("date", "grantorUnitCode", "nominationIds[1]", "nominationIds[2]");
    }

    @Test
    void tooLongTextAndTooManyHonoursAreRefused() {
        String long101 = "x".repeat(101);
        List<String> many = new ArrayList<>(Collections.nCopies(DecisionDraft.MAX_HONOURS + 1, "x"));
        for (int i = 0; i < many.size(); i++) {
            many.set(i, "DX-" + i);
        }
        assertThat(errorsOf(new DecisionDraft.Raw(long101, TODAY, "x".repeat(201), "B", "LS", many)))
                .extracting(FieldError::field).containsExactlyInAnyOrder("number", "signer.name", "nominationIds");
        assertThat(errorsOf(new DecisionDraft.Raw("1/QĐ\u0007", TODAY, "A", "B", "LS", List.of("DX-1"))))
                .extracting(FieldError::field).containsExactly("number");
    }
}
