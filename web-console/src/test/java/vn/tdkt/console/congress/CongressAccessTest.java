package vn.tdkt.console.congress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tdkt.console.support.CurrentUser;

class CongressAccessTest {

    private static CurrentUser officer(String unit) {
        return new CurrentUser("thiduakt", "Cán bộ thi đua", Set.of(CurrentUser.EMULATION_OFFICER), unit);
    }

    @Test
    void aUnitProposesForItselfAndBelowButApprovesOnlyItsOwnList() {
        CurrentUser district = officer("LS-CL");

        assertThat(CongressAccess.proposes(district, "LS-CL-NL")).isTrue();
        assertThat(CongressAccess.approves(district, "LS-CL-NL")).as("the commune's congress passes its list").isFalse();
        assertThat(CongressAccess.approves(district, "LS-CL")).isTrue();
        assertThat(CongressAccess.approves(officer("LS-CL-NL"), "LS-CL-NL")).isTrue();
        assertThat(CongressAccess.approves(officer("LS-CL-NL"), "LS-CL")).as("never upwards").isFalse();
    }

    @Test
    void theAdministratorApprovesAnyListAndTheOperatorNone() {
        CurrentUser admin = new CurrentUser("admin", "Quản trị", Set.of(CurrentUser.ADMINISTRATOR), null);
        CurrentUser operator = new CurrentUser("vanhanh", "Vận hành", Set.of(CurrentUser.OPERATOR), "LS");

        assertThat(CongressAccess.approves(admin, "LS-CL-NL")).isTrue();
        assertThat(CongressAccess.approves(operator, "LS")).isFalse();
    }
}
