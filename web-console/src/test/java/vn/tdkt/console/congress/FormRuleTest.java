package vn.tdkt.console.congress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormRuleTest {

    @Test
    void underTwoHundredPlenaryOverDelegateExactlyTwoHundredAsked() {
        assertThat(FormRule.of(199).outcome()).isEqualTo(FormRule.Outcome.PLENARY);
        assertThat(FormRule.of(201).outcome()).isEqualTo(FormRule.Outcome.DELEGATE);
        assertThat(FormRule.of(FormRule.STAFF_THRESHOLD).outcome()).isEqualTo(FormRule.Outcome.ASK);
        assertThat(FormRule.of(200).mustChoose()).isTrue();
        assertThat(FormRule.of(null).mustChoose()).isTrue();
        assertThat(FormRule.of(450).mustChoose()).isFalse();
    }
}
