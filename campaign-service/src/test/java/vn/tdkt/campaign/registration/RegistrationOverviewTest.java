package vn.tdkt.campaign.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.campaign.registration.RegistrationStatus.MISSING;
import static vn.tdkt.campaign.registration.RegistrationStatus.REGISTERED;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who has and has not registered, one row per unit by code, filtered by status. */
class RegistrationOverviewTest {

    private static final List<String> SENT_TO = List.of("LS-STC-VP", "LS-STC-TTRA", "LS-SNV");
    private static final Set<String> REGISTERED_UNITS = Set.of("LS-STC-VP", "LS-STC-QLG");

    @Test
    void everyUnitOfTheListAndEveryOtherRegistrantByCode() {
        assertThat(RegistrationOverview.rows(SENT_TO, REGISTERED_UNITS, null)).containsExactly(
                new RegistrationOverview.Row("LS-SNV", true, MISSING),
                new RegistrationOverview.Row("LS-STC-QLG", false, REGISTERED),
                new RegistrationOverview.Row("LS-STC-TTRA", true, MISSING),
                new RegistrationOverview.Row("LS-STC-VP", true, REGISTERED));
    }

    @Test
    void filteredByStatus() {
        assertThat(RegistrationOverview.rows(SENT_TO, REGISTERED_UNITS, MISSING))
                .extracting(RegistrationOverview.Row::unitCode).containsExactly("LS-SNV", "LS-STC-TTRA");
        assertThat(RegistrationOverview.rows(SENT_TO, REGISTERED_UNITS, REGISTERED))
                .extracting(RegistrationOverview.Row::unitCode).containsExactly("LS-STC-QLG", "LS-STC-VP");
        assertThat(RegistrationOverview.rows(List.of(), Set.of(), null)).isEmpty();
    }
}
