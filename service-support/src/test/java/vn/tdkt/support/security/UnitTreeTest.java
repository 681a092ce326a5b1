package vn.tdkt.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitTreeTest {

    @ParameterizedTest(name = "{0} within {1}: {2}")
    @CsvSource(nullValues = "-", textBlock = """
            LS-CL-NL, LS-CL-NL, true
            LS-CL-NL, LS-CL,    true
            LS-CL-NL, LS,       true
            LS-CL,    LS-CL-NL, false
            LS-HL,    LS-CL,    false
            UNKNOWN,  LS,       false
            -,        LS,       false
            LS,       -,        false
            """)
    void followsParentsUpwards(String unit, String ancestor, boolean within) {
        assertThat(AccessPolicyTest.TREE.isWithin(unit, ancestor)).isEqualTo(within);
    }

    @ParameterizedTest
    @CsvSource({"A", "B"})
    void aCycleInBadDataEndsTheWalk(String start) {
        UnitTree cyclic = UnitTree.of(code -> Optional.ofNullable(Map.of("A", "B", "B", "A").get(code)));

        assertThat(cyclic.isWithin(start, "ROOT")).isFalse();
    }
}
