package vn.tdkt.campaign.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.campaign.campaign.Phase.CANCELLED;
import static vn.tdkt.campaign.campaign.Phase.CLOSED;
import static vn.tdkt.campaign.campaign.Phase.DRAFT;
import static vn.tdkt.campaign.campaign.Phase.FINAL_REVIEW;
import static vn.tdkt.campaign.campaign.Phase.LAUNCHED;
import static vn.tdkt.campaign.campaign.Phase.MIDTERM_REVIEW;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every ordered pair of phases, checked against the table of docs/rest-contract.md written out by hand. */
class PhaseTest {

    private static final Map<Phase, Set<Phase>> LEGAL = Map.of(
            DRAFT, Set.of(LAUNCHED, CANCELLED),
            LAUNCHED, Set.of(MIDTERM_REVIEW, FINAL_REVIEW, CANCELLED),
            MIDTERM_REVIEW, Set.of(LAUNCHED, FINAL_REVIEW),
            FINAL_REVIEW, Set.of(CLOSED),
            CLOSED, Set.of(),
            CANCELLED, Set.of());

    static Stream<Arguments> everyPair() {
        return Arrays.stream(Phase.values()).flatMap(from -> Arrays.stream(Phase.values())
                .map(to -> Arguments.of(from, to, LEGAL.get(from).contains(to))));
    }

    @ParameterizedTest(name = "{0} → {1}: legal={2}")
    @MethodSource("everyPair")
    void theMachineAllowsExactlyTheDesignedMoves(Phase from, Phase to, boolean legal) {
        assertThat(from.canMoveTo(to)).isEqualTo(legal);
        assertThat(from.allowedMoves().contains(to)).isEqualTo(legal);
    }

    @ParameterizedTest
    @MethodSource("everyPair")
    void noPhaseMovesToItself(Phase from, Phase to, boolean legal) {
        if (from == to) {
            assertThat(legal).isFalse();
        }
    }

    /** What each phase still lets change, written out by hand as docs/design.md states it. */
    @ParameterizedTest(name = "{0}: revise={1}, add={2}, register={3}, underway={4}")
    @CsvSource({
            "DRAFT,          true,  true,  false, false",
            "LAUNCHED,       false, true,  true,  true",
            "MIDTERM_REVIEW, false, true,  false, true",
            "FINAL_REVIEW,   false, false, false, true",
            "CLOSED,         false, false, false, true",
            "CANCELLED,      false, false, false, false"})
    void whatEachPhaseAllows(Phase phase, boolean revise, boolean add, boolean register, boolean underway) {
        assertThat(phase.acceptsRevisions()).isEqualTo(revise);
        assertThat(phase.acceptsAdditions()).isEqualTo(add);
        assertThat(phase.acceptsRegistrations()).isEqualTo(register);
        assertThat(phase.isUnderway()).isEqualTo(underway);
    }
}
