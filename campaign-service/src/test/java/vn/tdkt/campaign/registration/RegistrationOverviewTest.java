package vn.tdkt.campaign.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.campaign.registration.RegistrationStatus.MISSING;
import static vn.tdkt.campaign.registration.RegistrationStatus.REGISTERED;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who has and has not registered, one row per unit by code, filtered by status. */
class RegistrationOverviewTest {

    private static final List<String> SENT_TO = List.of("LS-STC-VP", "LS-STC-TTRA", "LS-SNV");
    private static final Set<String> REGISTERED_UNITS = Set.of("LS-STC-VP", "LS-STC-QLG");

    @Test
    void everyUnitOfTheListAndEveryOtherRegistrantByCode() {
        assertThat(RegistrationOverview.rows(SENT_TO, REGISTERED_UNITS, Map.of(), null)).containsExactly(
                new RegistrationOverview.Row("LS-SNV", true, MISSING, null),
                new RegistrationOverview.Row("LS-STC-QLG", false, REGISTERED, null),
                new RegistrationOverview.Row("LS-STC-TTRA", true, MISSING, null),
                new RegistrationOverview.Row("LS-STC-VP", true, REGISTERED, null));
    }

    @Test
    void filteredByStatus() {
        assertThat(RegistrationOverview.rows(SENT_TO, REGISTERED_UNITS, Map.of(), MISSING))
                .extracting(RegistrationOverview.Row::unitCode).containsExactly("LS-SNV", "LS-STC-TTRA");
        assertThat(RegistrationOverview.rows(SENT_TO, REGISTERED_UNITS, Map.of(), REGISTERED))
                .extracting(RegistrationOverview.Row::unitCode).containsExactly("LS-STC-QLG", "LS-STC-VP");
        assertThat(RegistrationOverview.rows(List.of(), Set.of(), Map.of(), null)).isEmpty();
    }

    @Test
    void aUnitMergedSinceCountsAsRegisteredWhenItsSuccessorHas() {
        // LS-SNV was merged into LS-STC-QLG after the plan was sent; LS-STC-TTRA into LS-STC-KH, which has not registered
        Map<String, String> successors = Map.of("LS-SNV", "LS-STC-QLG", "LS-STC-TTRA", "LS-STC-KH");

        assertThat(RegistrationOverview.rows(SENT_TO, REGISTERED_UNITS, successors, null)).containsExactly(
                new RegistrationOverview.Row("LS-SNV", true, REGISTERED, "LS-STC-QLG"),
                new RegistrationOverview.Row("LS-STC-QLG", false, REGISTERED, null),
                new RegistrationOverview.Row("LS-STC-TTRA", true, MISSING, "LS-STC-KH"),
                new RegistrationOverview.Row("LS-STC-VP", true, REGISTERED, null));
        assertThat(new RegistrationOverview.Row("LS-SNV", true, REGISTERED, "LS-STC-QLG").registrant(REGISTERED_UNITS))
                .as("the successor's registration is shown").isEqualTo("LS-STC-QLG");
    }
}
