package vn.tdkt.campaign.bloc;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.campaign.bloc.BlocPhase.COVENANT_SIGNING;
import static vn.tdkt.campaign.bloc.BlocPhase.DRAFT;
import static vn.tdkt.campaign.bloc.BlocPhase.RESULT_PUBLISHED;
import static vn.tdkt.campaign.bloc.BlocPhase.SCORING;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.events.bloc.BlocAward;

/** Every ordered pair of phases against the table of docs/rest-contract.md, and the event vocabularies. */
class BlocPhaseTest {

    private static final Map<BlocPhase, Set<BlocPhase>> LEGAL = Map.of(
            DRAFT, Set.of(COVENANT_SIGNING),
            COVENANT_SIGNING, Set.of(SCORING),
            SCORING, Set.of(RESULT_PUBLISHED),
            RESULT_PUBLISHED, Set.of());

    static Stream<Arguments> everyPair() {
        return Arrays.stream(BlocPhase.values()).flatMap(from -> Arrays.stream(BlocPhase.values())
                .map(to -> Arguments.of(from, to, LEGAL.get(from).contains(to))));
    }

    @ParameterizedTest(name = "{0} → {1}: legal={2}")
    @MethodSource("everyPair")
    void theMachineAllowsExactlyTheDesignedMoves(BlocPhase from, BlocPhase to, boolean legal) {
        assertThat(from.canMoveTo(to)).isEqualTo(legal);
    }

    @Test
    void theNamesWrittenIntoEventsAreTheEventContractsVocabularies() {
        assertThat(names(BlocPhase.values())).containsExactlyElementsOf(names(vn.tdkt.events.bloc.BlocPhase.values()));
        assertThat(names(ScorecardKind.values()))
                .containsExactlyElementsOf(names(vn.tdkt.events.bloc.ScorecardKind.values()));
        assertThat(names(Award.values())).containsExactlyElementsOf(names(BlocAward.values()));
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }
}
