package vn.tdkt.campaign.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.support.problem.FieldError;

/** When a unit may register: every combination of phase, deadline and address, with every reason named. */
class RegistrationRulesTest {

    @ParameterizedTest(name = "{0}, deadline {1}, today {2}, addressed {3} → {4}")
    @CsvSource(nullValues = "-", textBlock = """
            LAUNCHED,       2025-01-31, 2025-01-15, true,  -
            LAUNCHED,       2025-01-31, 2025-01-31, true,  -
            LAUNCHED,       2025-01-31, 2025-02-01, true,  registrationDeadline
            LAUNCHED,       -,          2025-12-31, true,  -
            LAUNCHED,       -,          2026-01-01, true,  registrationDeadline
            LAUNCHED,       2025-01-31, 2025-01-15, false, unitCode
            DRAFT,          2025-01-31, 2025-01-15, true,  phase
            MIDTERM_REVIEW, 2025-01-31, 2025-02-01, false, phase registrationDeadline unitCode
            CLOSED,         2025-01-31, 2025-01-15, true,  phase
            """)
    void refusesWithEveryReason(String phase, LocalDate deadline, LocalDate today, boolean addressed, String fields) {
        var campaign = RegistrationFixtures.campaign(phase, phase.equals("LAUNCHED"), deadline);

        assertThat(RegistrationRules.reasonsToRefuse(campaign, addressed, "LS-CL", today))
                .extracting(FieldError::field)
                .containsExactly(fields == null ? new String[0] : fields.split(" "));
    }

    @org.junit.jupiter.api.Test
    void theReasonsSayWhatToDo() {
        var campaign = RegistrationFixtures.campaign("DRAFT", false, LocalDate.of(2025, 1, 31));

        assertThat(RegistrationRules.reasonsToRefuse(campaign, false, "LS-CL", LocalDate.of(2025, 2, 3)))
                .extracting(FieldError::message)
                .containsExactly("the campaign is DRAFT; units register only while it is LAUNCHED",
                        "registrations closed on 2025-01-31; today is 2025-02-03",
                        "unit LS-CL is neither on the campaign's distribution list nor within its participants"
                                + " (LS-STC and the units below it)");
    }
}
