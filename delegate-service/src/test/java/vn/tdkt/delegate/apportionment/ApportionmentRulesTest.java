package vn.tdkt.delegate.apportionment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.RuleViolationException;

/** The request's rules as a table: each broken rule names its field, and all are reported at once. */
class ApportionmentRulesTest {

    static ApportionmentRequest request(Long seats, Long min, Long max, String... codeWeight) {
        List<ApportionmentRequest.UnitRequest> units = new ArrayList<>();
        for (String pair : codeWeight) {
            String[] parts = pair.split("=", -1);
            units.add(new ApportionmentRequest.UnitRequest(parts[0].isEmpty() ? null : parts[0],
                    parts[1].isEmpty() ? null : new BigDecimal(parts[1])));
        }
        return new ApportionmentRequest(seats, null, min, max, units);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", delimiter = '|', textBlock = """
            no seats               | -         | -  | -  | A=1             | seats            | false
            zero seats             | 0         | -  | -  | A=1             | seats            | false
            too many seats         | 100000001 | -  | -  | A=1             | seats            | false
            negative minimum       | 5         | -1 | -  | A=1             | minSeatsPerUnit  | false
            negative maximum       | 5         | -  | -3 | A=1             | maxSeatsPerUnit  | false
            missing code           | 5         | -  | -  | =1              | units[0].code    | false
            duplicate code         | 5         | -  | -  | A=1;A=2         | units[1].code    | false
            missing weight         | 5         | -  | -  | A=1;B=          | units[1].weight  | false
            zero weight            | 5         | -  | -  | A=1;B=0         | units[1].weight  | false
            negative weight        | 5         | -  | -  | A=1;B=-0.5      | units[1].weight  | false
            too heavy              | 5         | -  | -  | A=1e16          | units[0].weight  | false
            too many decimals      | 5         | -  | -  | A=0.0000000001  | units[0].weight  | false
            minimums above seats   | 5         | 3  | -  | A=1;B=1         | minSeatsPerUnit  | true
            maximums below seats   | 5         | -  | 2  | A=1;B=1         | maxSeatsPerUnit  | true
            minimum above maximum  | 5         | 3  | 2  | A=1;B=1         | minSeatsPerUnit  | true
            """)
    void eachBrokenRuleNamesItsField(String name, Long seats, Long min, Long max, String units, String field,
                                     boolean impossible) {
        assertThat(ApportionmentRules.check(request(seats, min, max, units.split(";"))))
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo(field);
                    assertThat(v.impossible()).isEqualTo(impossible);
                });
    }

    @Test
    void everyMalformedFieldAtOnceAndImpossibilityOnlyForWellFormedInput() {
        assertThat(ApportionmentRules.check(request(null, 9L, null, "A=0", "=1", "A=1")))
                .extracting(ApportionmentRules.Violation::field)
                .containsExactly("seats", "units[0].weight", "units[1].code", "units[2].code");
        assertThat(ApportionmentRules.check(new ApportionmentRequest(5L, null, null, null, List.of())))
                .extracting(ApportionmentRules.Violation::field).containsExactly("units");
        assertThat(ApportionmentRules.check(new ApportionmentRequest(5L, null, null, null, null)))
                .extracting(ApportionmentRules.Violation::field).containsExactly("units");
    }

    @Test
    void boundsThatJustFitAreFine() {
        assertThat(ApportionmentRules.check(request(6L, 3L, 3L, "A=1", "B=1"))).isEmpty();
        assertThat(ApportionmentRules.check(request(5L, 2L, 3L, "A=1", "B=1"))).isEmpty();
        assertThat(ApportionmentRules.check(request(1L, 0L, 0L, "A=1"))).extracting(ApportionmentRules.Violation::field)
                .containsExactly("maxSeatsPerUnit");
    }

    @Test
    void checkedGivesTheQuestionOrThrowsTheProblem() {
        ApportionmentInput input = ApportionmentRules.checked(request(7L, null, null, "Xã Nhân Lý=2.5", "B=1"));

        assertThat(input.method()).isEqualTo(Method.WEBSTER);
        assertThat(input.minSeatsPerUnit()).isZero();
        assertThat(input.maxSeatsPerUnit()).isEqualTo(Long.MAX_VALUE);
        assertThat(input.units().getFirst().code()).isEqualTo("Xã Nhân Lý");
        assertThatThrownBy(() -> ApportionmentRules.checked(request(7L, 4L, null, "A=1", "B=0")))
                .isInstanceOf(InvalidInputException.class); // malformed wins over impossible
        assertThatThrownBy(() -> ApportionmentRules.checked(request(7L, 4L, null, "A=1", "B=1")))
                .isInstanceOf(RuleViolationException.class);
    }
}
