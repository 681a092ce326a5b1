package vn.tdkt.nomination.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.nomination.award.AuthorityLookup;

/** Within, beyond or unknown: the rule pack's grants against the addressed unit's level, as a table. */
class AuthorityTest {

    static final AuthorityLookup.Grant DISTRICT = new AuthorityLookup.Grant("DISTRICT", "Chủ tịch UBND cấp huyện",
            "Điều 80 khoản 2 Luật 06/2022/QH15");
    static final AuthorityLookup.Grant DEPARTMENT = new AuthorityLookup.Grant("DEPARTMENT", "Thủ trưởng sở",
            "Điều 80 khoản 1 Luật 06/2022/QH15");

    @ParameterizedTest(name = "{0} grants, unconfirmed={1}, unit {2} → {3}")
    @CsvSource({
            "DISTRICT+DEPARTMENT, false, DISTRICT,   WITHIN",
            "DISTRICT+DEPARTMENT, false, DEPARTMENT, WITHIN",
            "DISTRICT+DEPARTMENT, false, COMMUNE,    BEYOND",
            "DISTRICT+DEPARTMENT, false, PROVINCE,   BEYOND",
            "DEPARTMENT,          true,  DEPARTMENT, WITHIN",
            "DEPARTMENT,          true,  COMMUNE,    UNKNOWN",
            "NONE,                true,  PROVINCE,   UNKNOWN",
            "NONE,                false, PROVINCE,   UNKNOWN",
            "DISTRICT,            false, ,           BEYOND"})
    void decides(String grants, boolean unconfirmed, String level, Authority.Kind expected) {
        List<AuthorityLookup.Grant> list = switch (grants) {
            case "DISTRICT+DEPARTMENT" -> List.of(DISTRICT, DEPARTMENT);
            case "DEPARTMENT" -> List.of(DEPARTMENT);
            case "DISTRICT" -> List.of(DISTRICT);
            default -> List.of();
        };
        Authority authority = Authority.of(new AuthorityLookup.Authority("vn-2025-07", list,
                unconfirmed ? "the commune's powers are not confirmed" : null), level);
        assertThat(authority.kind()).isEqualTo(expected);
        assertThat(authority.reason()).contains("vn-2025-07");
        if (expected == Authority.Kind.UNKNOWN) {
            assertThat(authority.reason()).startsWith("authority UNKNOWN");
        }
    }
}
