package vn.tdkt.nomination.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tdkt.nomination.dossier.Dossiers.CLOCK;
import static vn.tdkt.nomination.dossier.Dossiers.NOW;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tdkt.events.nomination.NominationAppraised;
import vn.tdkt.events.nomination.NominationDecided;
import vn.tdkt.events.nomination.NominationEvent;
import vn.tdkt.events.nomination.NominationForwarded;
import vn.tdkt.events.nomination.NominationReturned;
import vn.tdkt.events.nomination.NominationSubmitted;
import vn.tdkt.events.nomination.NominationVoted;
import vn.tdkt.support.problem.InvalidInputException;

/** The dossier's workflow, step by step: each legal move, its event, and the moves each state refuses. */
class NominationTest {

    @Test
    void aDraftIsEditableAndAnnouncesNothing() {
        Nomination n = Dossiers.draft();
        assertThat(n.status()).isEqualTo(Status.DRAFT);
        assertThat(n.edit(Dossiers.dossier(), "thiduakt.nhanly", CLOCK)).isEmpty();
        assertThat(n.history()).extracting(Nomination.Step::action).containsExactly("DRAFTED", "EDITED");
    }

    @Test
    void submittingCarriesTheWorkflowFactsForTheEmails() {
        Nomination n = Dossiers.stored(Dossiers.draft());
        List<NominationEvent> events = n.submit("thiduakt.nhanly", CLOCK);
        assertThat(n.status()).isEqualTo(Status.SUBMITTED);
        NominationSubmitted e = (NominationSubmitted) events.getFirst();
        assertThat(e.aggregateId()).isEqualTo(Dossiers.ID.value());
        assertThat(e.aggregateVersion()).isEqualTo(1);
        assertThat(e.status()).isEqualTo("SUBMITTED");
        assertThat(e.nominatingUnitCode()).isEqualTo("LS-CL-NL");
        assertThat(e.nomineeUnitCode()).isEqualTo("LS-CL-NL");
        assertThat(e.addressedTo()).isEqualTo("LS-CL");
        assertThat(e.awardName()).isEqualTo("Chiến sĩ thi đua cơ sở");
        assertThat(e.nomineeName()).isEqualTo("Hoàng Thị Mai");
        assertThat(e.resubmission()).isFalse();
    }

    @Test
    void aSubmittedDossierCannotBeEditedNorSubmittedAgain() {
        Nomination n = Dossiers.submitted();
        assertThatThrownBy(() -> n.edit(Dossiers.dossier(), "x", CLOCK)).isInstanceOf(IllegalMoveException.class)
                .hasMessageContaining("is SUBMITTED").hasMessageContaining("appraisal");
        assertThatThrownBy(() -> n.submit("x", CLOCK)).isInstanceOf(IllegalMoveException.class);
        assertThat(n.status()).isEqualTo(Status.SUBMITTED);
    }

    @Test
    void aCompleteEligibleDossierIsAppraisedWithThePackItWasCheckedUnder() {
        Nomination n = Dossiers.submitted();
        List<NominationEvent> events = n.appraise(Appraisals.of(Dossiers.eligible(), List.of(), null, "a", NOW), "a",
                CLOCK);
        assertThat(n.status()).isEqualTo(Status.APPRAISED);
        assertThat(n.appraisal().rulePackId()).isEqualTo("vn-2024");
        assertThat(((NominationAppraised) events.getFirst()).rulePackId()).isEqualTo("vn-2024");
    }

    @Test
    void anAppraisalWithGapsStaysSubmittedAndProposesTheReasons() {
        Nomination n = Dossiers.submitted();
        List<NominationEvent> events = n.appraise(Appraisals.of(Dossiers.notEligible(), List.of("Thiếu báo cáo"),
                null, "a", NOW), "a", CLOCK);
        assertThat(events).isEmpty();
        assertThat(n.status()).isEqualTo(Status.SUBMITTED);
        assertThat(n.appraisal().passed()).isFalse();
        assertThat(n.appraisal().proposedReasons()).hasSize(2).anySatisfy(r -> assertThat(r)
                .contains("no recognised initiative").contains("Điều 23 khoản 1"));
    }

    @Test
    void returningWithoutReasonsGivesThoseTheAppraisalProposed() {
        Nomination n = Dossiers.submitted();
        n.appraise(Appraisals.of(Dossiers.notEligible(), List.of(), null, "a", NOW), "a", CLOCK);
        NominationReturned e = (NominationReturned) n.giveBack(null, "a", CLOCK).getFirst();
        assertThat(n.status()).isEqualTo(Status.RETURNED);
        assertThat(e.reasons()).singleElement().asString().contains("no recognised initiative");
    }

    @Test
    void returningWithNoReasonAtAllIsRefused() {
        Nomination n = Dossiers.submitted();
        assertThatThrownBy(() -> n.giveBack(List.of(), "a", CLOCK)).isInstanceOf(InvalidInputException.class);
        assertThat(n.status()).isEqualTo(Status.SUBMITTED);
    }

    @Test
    void aReturnedDossierIsCorrectedAndResubmitted() {
        Nomination n = Dossiers.submitted();
        n.giveBack(List.of("Bổ sung sáng kiến"), "a", CLOCK);
        Dossiers.stored(n);
        n.edit(Dossiers.dossier(), "thiduakt.nhanly", CLOCK);
        NominationSubmitted e = (NominationSubmitted) n.submit("thiduakt.nhanly", CLOCK).getFirst();
        assertThat(e.resubmission()).isTrue();
        assertThat(n.history()).extracting(Nomination.Step::action)
                .containsExactly("DRAFTED", "SUBMITTED", "RETURNED", "EDITED", "RESUBMITTED");
    }

    @Test
    void theCouncilsVoteIsAppliedOncePerSession() {
        Nomination n = Dossiers.appraised();
        NominationVoted e = (NominationVoted) n.recordVote(Dossiers.vote("s-1", true), CLOCK).getFirst();
        assertThat(n.status()).isEqualTo(Status.APPROVED);
        assertThat(e.approved()).isTrue();
        assertThat(e.approvals()).isEqualTo(6);
        assertThat(e.membership()).isEqualTo(7);
        assertThat(n.recordVote(Dossiers.vote("s-1", true), CLOCK)).isEmpty();
        assertThat(n.status()).isEqualTo(Status.APPROVED);
    }

    @Test
    void aRejectedDossierEndsThere() {
        Nomination n = Dossiers.appraised();
        n.recordVote(Dossiers.vote("s-1", false), CLOCK);
        assertThat(n.status()).isEqualTo(Status.NOT_APPROVED);
        assertThat(n.liveKey()).isNull();
        assertThatThrownBy(() -> n.decide(Dossiers.decision("d-1"), CLOCK)).isInstanceOf(IllegalMoveException.class)
                .hasMessageContaining("its workflow has ended");
    }

    @Test
    void aDossierIsNotVotedOnBeforeItIsAppraised() {
        Nomination n = Dossiers.submitted();
        assertThatThrownBy(() -> n.recordVote(Dossiers.vote("s-1", true), CLOCK))
                .isInstanceOf(IllegalMoveException.class);
    }

    @Test
    void anApprovedDossierIsDecidedOncePerDecision() {
        Nomination n = Dossiers.approved();
        NominationDecided e = (NominationDecided) n.decide(Dossiers.decision("d-1"), CLOCK).getFirst();
        assertThat(e.decisionNumber()).isEqualTo("125/QĐ-UBND");
        assertThat(n.status()).isEqualTo(Status.DECIDED);
        assertThat(n.decide(Dossiers.decision("d-1"), CLOCK)).isEmpty();
        assertThatThrownBy(() -> n.decide(Dossiers.decision("d-2"), CLOCK)).isInstanceOf(IllegalMoveException.class);
        assertThat(n.liveKey()).isEqualTo("CB-0042|CSTD_CO_SO|2024");
    }

    @Test
    void aForwardedDossierArrivesAboveAsANewSubmittedNominationWithItsHistory() {
        Nomination n = Dossiers.approved();
        NominationForwarded e = (NominationForwarded) n.forwardTo("LS", "beyond LS-CL's authority", "thuky", CLOCK)
                .getFirst();
        assertThat(n.status()).isEqualTo(Status.FORWARDED);
        assertThat(n.liveKey()).isNull();
        assertThat(e.forwardedTo()).isEqualTo("LS");
        assertThat(e.forwardedAs()).isEqualTo(Dossiers.ID.forwarded().value());

        Nomination.Forwarding arrival = n.upperLevel();
        Nomination upper = arrival.nomination();
        assertThat(upper.status()).isEqualTo(Status.SUBMITTED);
        assertThat(upper.nominatingUnitCode()).isEqualTo("LS-CL");
        assertThat(upper.addressedTo()).isEqualTo("LS");
        assertThat(upper.forwardedFrom()).isEqualTo(Dossiers.ID);
        assertThat(upper.liveKey()).isEqualTo(n.dossier().nominee().nomineeId() + "|CSTD_CO_SO|2024");
        assertThat(upper.history()).extracting(Nomination.Step::action).containsExactly("DRAFTED", "SUBMITTED",
                "APPRAISED", "APPROVED", "FORWARDED", "SUBMITTED");
        NominationSubmitted submitted = (NominationSubmitted) arrival.events().getFirst();
        assertThat(submitted.forwardedFrom()).isEqualTo(Dossiers.ID.value());
        assertThat(submitted.aggregateVersion()).isZero();
        assertThat(n.upperLevel().nomination().id()).as("the same nomination when completed again")
                .isEqualTo(upper.id());
    }

    @Test
    void onlyAnApprovedDossierIsForwarded() {
        Nomination n = Dossiers.appraised();
        assertThatThrownBy(() -> n.forwardTo("LS", "r", "a", CLOCK)).isInstanceOf(IllegalMoveException.class);
        assertThatThrownBy(n::upperLevel).isInstanceOf(IllegalMoveException.class);
    }

    @Test
    void unknownCriteriaPassOnlyWithTheAppraisersNote() {
        Nomination.Appraisal without = Appraisals.of(Dossiers.unknownStandard(), List.of(), Map.of(), "a", NOW);
        assertThat(without.passed()).isFalse();
        assertThat(without.proposedReasons()).singleElement().asString().startsWith("Chưa xác định STANDARD");
        Nomination.Appraisal with = Appraisals.of(Dossiers.unknownStandard(), List.of(),
                Map.of("STANDARD", "Quyết định 12/2024 của UBND tỉnh: đạt"), "a", NOW);
        assertThat(with.passed()).isTrue();
        assertThat(with.notedCriteria()).containsExactly("STANDARD");
    }

    @Test
    void aNoteDoesNotRescueAFailedCriterionNorAGap() {
        assertThat(Appraisals.of(Dossiers.notEligible(), List.of(), Map.of("INITIATIVE", "trust me"), "a", NOW)
                .passed()).isFalse();
        assertThat(Appraisals.of(Dossiers.eligible(), List.of("Thiếu báo cáo"), null, "a", NOW).passed()).isFalse();
    }

    @Test
    void completenessNamesWhatIsMissing() {
        Dossier bare = new Dossier(new Dossier.Nominee(Dossiers.mai().kind(), "CB-1", "Lê Văn B", null, "LS-CL-NL",
                null, null, null, null), "CSTD_CO_SO", Dossiers.dossier().basis(), null, 2024, " ", null, null);
        assertThat(bare.gaps()).hasSize(3).anySatisfy(g -> assertThat(g).contains("achievements"))
                .anySatisfy(g -> assertThat(g).contains("nominee.position"))
                .anySatisfy(g -> assertThat(g).contains("taskRatings"));
        assertThat(Dossiers.dossier().gaps()).isEmpty();
    }

    @Test
    void statusesAreTheEventVocabulary() {
        assertThat(java.util.Arrays.stream(Status.values()).map(Enum::name)).containsExactlyElementsOf(
                java.util.Arrays.stream(vn.tdkt.events.nomination.NominationStatus.values()).map(Enum::name).toList());
    }
}
