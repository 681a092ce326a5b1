package vn.tdkt.campaign.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.campaign.unit.UnitLevel;
import vn.tdkt.events.campaign.CampaignPhase;

/**
 * The names this service writes into events are the canonical vocabularies of event-contracts,
 * whose AsyncAPI document is checked against those same enums: a value added here only, or there
 * only, fails one of the two tests.
 */
class EventVocabularyTest {

    @Test
    void phasesAreTheEventContractsCampaignPhases() {
        assertThat(names(Phase.values())).containsExactlyElementsOf(names(CampaignPhase.values()));
    }

    @Test
    void kindsAreTheEventContractsCampaignKinds() {
        assertThat(names(CampaignKind.values()))
                .containsExactlyElementsOf(names(vn.tdkt.events.campaign.CampaignKind.values()));
    }

    @Test
    void levelsAreTheEventContractsUnitLevels() {
        assertThat(names(UnitLevel.values()))
                .containsExactlyElementsOf(names(vn.tdkt.events.unit.UnitLevel.values()));
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }
}
