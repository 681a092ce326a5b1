package vn.tdkt.campaign.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The registry's statuses are the event vocabulary's, in the same order (docs/events.md §4). */
class UnitVocabularyTest {

    @Test
    void statusesMatchTheEventVocabulary() {
        assertThat(Arrays.stream(UnitStatus.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(vn.tdkt.events.unit.UnitStatus.values()).map(Enum::name).toList());
    }
}
