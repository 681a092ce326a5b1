package vn.tdkt.campaign.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.problem.FieldError;

/** What features are told when a plan, a registration or a bloc names a unit that does not act. */
class UnitLookupTest {

    private static final UnitCode NHAN_LY = new UnitCode("LS-CL-NL");
    private static final UnitCode DONG_MO = new UnitCode("LS-CL-DM");
    private static final UnitCode SUCCESSOR = new UnitCode("LS-XNL");
    private static final UnitCode CLOSED = new UnitCode("LS-CL-BQL");
    private static final UnitCode ACTING = new UnitCode("LS-CL");

    /** Nhân Lý merged into LS-XNL on 1 July 2025, the management board closed; Đồng Mỏ was never registered. */
    private static final UnitLookup REGISTRY = new UnitLookup() {
        @Override
        public Set<UnitCode> unknown(Collection<UnitCode> codes) {
            Set<UnitCode> unknown = new LinkedHashSet<>(codes);
            unknown.removeAll(List.of(NHAN_LY, CLOSED, ACTING, SUCCESSOR));
            return unknown;
        }

        @Override
        public Map<UnitCode, Standing> retired(Collection<UnitCode> codes) {
            Map<UnitCode, Standing> retired = new LinkedHashMap<>();
            if (codes.contains(NHAN_LY)) {
                retired.put(NHAN_LY, new Standing(NHAN_LY, true, SUCCESSOR, LocalDate.of(2025, 7, 1)));
            }
            if (codes.contains(CLOSED)) {
                retired.put(CLOSED, new Standing(CLOSED, false, null, LocalDate.of(2025, 6, 30)));
            }
            return retired;
        }
    };

    @Test
    void everyUnitThatCannotBeNamedIsAReasonNamingTheFieldAndTheSuccessor() {
        List<FieldError> refusals = UnitLookup.refusals(REGISTRY, "recipientUnitCodes",
                List.of(ACTING, NHAN_LY, DONG_MO, CLOSED));

        assertThat(refusals).extracting(FieldError::field).containsOnly("recipientUnitCodes");
        assertThat(refusals).extracting(FieldError::message).containsExactly(
                "no unit LS-CL-DM is registered",
                "đơn vị LS-CL-NL đã sáp nhập vào LS-XNL (2025-07-01): unit LS-CL-NL was merged into LS-XNL;"
                        + " name LS-XNL instead",
                "đơn vị LS-CL-BQL đã ngừng hoạt động (2025-06-30): unit LS-CL-BQL is inactive and has no successor;"
                        + " name an acting unit");
    }

    @Test
    void actingUnitsAndNothingAtAllAreNoReason() {
        assertThat(UnitLookup.refusals(REGISTRY, "organiserUnitCode", List.of(ACTING, SUCCESSOR))).isEmpty();
        assertThat(UnitLookup.refusals(REGISTRY, "organiserUnitCode", List.of())).isEmpty();
    }
}
