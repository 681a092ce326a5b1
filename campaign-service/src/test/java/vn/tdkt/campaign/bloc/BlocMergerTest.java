package vn.tdkt.campaign.bloc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tdkt.campaign.bloc.BlocFixtures.CL;
import static vn.tdkt.campaign.bloc.BlocFixtures.CLOCK;
import static vn.tdkt.campaign.bloc.BlocFixtures.HL;
import static vn.tdkt.campaign.bloc.BlocFixtures.STC;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.events.bloc.BlocUpdated;

/**
 * Blocs and the 2025 reform: members merged while the bloc is set up are replaced by their successors;
 * next year's bloc is drafted with the successors. The fixture's bloc is Chi Lăng, Hữu Lũng and the
 * Department of Finance, Chi Lăng leading and Hữu Lũng deputising.
 */
class BlocMergerTest {

    private static final UnitCode MERGED = new UnitCode("LS-CLHL");

    @Test
    void aDraftTakesTheSuccessorInTheMergedMembersPlaceAndTwoMergedMembersCountOnce() {
        EmulationBloc bloc = BlocFixtures.drafted();

        var events = bloc.followMergers(Map.of(CL, MERGED, HL, MERGED), CLOCK);

        assertThat(bloc.members()).containsExactly(MERGED, STC);
        // the leader's successor leads; the deputy merged into the leader, so the next in the order deputises
        assertThat(bloc.rotation()).isEqualTo(new Rotation(List.of(MERGED, STC), MERGED, STC));
        assertThat(events).singleElement().isInstanceOfSatisfying(BlocUpdated.class, e -> {
            assertThat(e.memberUnitCodes()).containsExactly("LS-CLHL", "LS-STC");
            assertThat(e.leaderUnitCode()).isEqualTo("LS-CLHL");
            assertThat(e.deputyUnitCode()).isEqualTo("LS-STC");
        });
    }

    @Test
    void outForSignatureTheSuccessorSignsForItselfAndOtherSignaturesStay() {
        EmulationBloc bloc = BlocFixtures.in(BlocPhase.COVENANT_SIGNING);
        bloc.sign(CL, CLOCK);
        bloc.sign(HL, CLOCK);

        bloc.followMergers(Map.of(HL, MERGED), CLOCK);

        assertThat(bloc.members()).containsExactly(CL, MERGED, STC);
        assertThat(bloc.unsigned()).containsExactly(MERGED, STC);
    }

    @Test
    void aSuccessorThatIsAMemberAlreadyKeepsItsPlaceAndSignature() {
        EmulationBloc bloc = BlocFixtures.in(BlocPhase.COVENANT_SIGNING);
        bloc.sign(STC, CLOCK);

        bloc.followMergers(Map.of(HL, STC), CLOCK);

        assertThat(bloc.members()).containsExactly(CL, STC);
        assertThat(bloc.rotation()).isEqualTo(new Rotation(List.of(CL, STC), CL, STC));
        assertThat(bloc.unsigned()).containsExactly(CL);
    }

    @Test
    void onceScoringHasBegunOrWithoutMergedMembersNothingChanges() {
        EmulationBloc scoring = BlocFixtures.in(BlocPhase.SCORING);
        assertThat(scoring.followMergers(Map.of(HL, MERGED), CLOCK)).isEmpty();
        assertThat(scoring.members()).containsExactly(CL, HL, STC);

        EmulationBloc drafted = BlocFixtures.drafted();
        assertThat(drafted.followMergers(Map.of(new UnitCode("LS-BS"), MERGED), CLOCK)).isEmpty();
        assertThat(drafted.members()).containsExactly(CL, HL, STC);
    }

    @Test
    void aBlocThatWouldKeepOneMemberIsLeftForItsOrganiser() {
        EmulationBloc bloc = BlocFixtures.drafted();

        assertThatThrownBy(() -> bloc.followMergers(Map.of(CL, MERGED, HL, MERGED, STC, MERGED), CLOCK))
                .isInstanceOf(BlocStateException.class).hasMessageContaining("fewer than 2 members");
        assertThat(bloc.members()).containsExactly(CL, HL, STC);
    }

    @Test
    void nextYearsBlocMapsMergedMembersToSuccessorsAfterTheRotationTurns() {
        EmulationBloc published = BlocFixtures.in(BlocPhase.RESULT_PUBLISHED);

        EmulationBloc next = published.nextYear(BlocId.newId(), Map.of(HL, MERGED), CLOCK).bloc();
        assertThat(next.members()).containsExactly(CL, MERGED, STC);
        // Hữu Lũng's turn to lead passes to its successor
        assertThat(next.rotation()).isEqualTo(new Rotation(List.of(CL, MERGED, STC), MERGED, STC));

        EmulationBloc intoMember = published.nextYear(BlocId.newId(), Map.of(HL, STC), CLOCK).bloc();
        assertThat(intoMember.members()).containsExactly(CL, STC);
        assertThat(intoMember.rotation()).isEqualTo(new Rotation(List.of(CL, STC), STC, CL));
    }

    @Test
    void replacingKeepsFirstSeenOrder() {
        assertThat(EmulationBloc.replaced(List.of(CL, HL, STC), Map.of(CL, STC))).containsExactly(STC, HL);
        assertThat(EmulationBloc.replaced(List.of(CL, HL, STC), Map.of())).containsExactly(CL, HL, STC);
    }
}
