package vn.tdkt.delegate.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import vn.tdkt.delegate.congress.CongressFacts.CompositionPolicy;

/** The split's figures agree with each other whatever the list (jqwik). */
class SharePropertiesTest {

    @Property
    void theFiguresAddUpAndTheOutcomeFollowsTheExactShare(@ForAll @IntRange(max = 300) int exemplary,
                                                          @ForAll @IntRange(max = 300) int others,
                                                          @ForAll @IntRange(max = 100) int required) {
        ListCheck check = ListPolicies.exemplaryShare(ListPoliciesTest.delegates(exemplary, others),
                new CompositionPolicy(required, List.of()));
        int total = exemplary + others;

        assertThat(check.count()).isEqualTo(exemplary);
        assertThat(check.total()).isEqualTo(total);
        boolean met = exemplary * 100L >= (long) required * total;
        assertThat(check.outcome()).isEqualTo(met ? ListCheck.Outcome.PASSED : ListCheck.Outcome.WARNING);
        if (total > 0) {
            BigDecimal exact = BigDecimal.valueOf(exemplary * 100.0 / total);
            assertThat(check.percent()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
            assertThat(check.percent().subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.05"));
            assertThat(check.message()).contains(exemplary + " đại biểu điển hình tiên tiến trên " + total);
        }
    }

    /** One more exemplary delegate never turns a met share into a missed one. */
    @Property
    void moreExemplaryDelegatesNeverHurt(@ForAll @IntRange(max = 200) int exemplary,
                                         @ForAll @IntRange(max = 200) int others,
                                         @ForAll @IntRange(max = 100) int required) {
        boolean before = ListPolicies.meets(exemplary, exemplary + others, required);
        boolean after = ListPolicies.meets(exemplary + 1, exemplary + others + 1, required);

        assertThat(!before || after).isTrue();
    }
}
