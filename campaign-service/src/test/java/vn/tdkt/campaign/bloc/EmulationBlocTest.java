package vn.tdkt.campaign.bloc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static vn.tdkt.campaign.bloc.BlocFixtures.CL;
import static vn.tdkt.campaign.bloc.BlocFixtures.CLOCK;
import static vn.tdkt.campaign.bloc.BlocFixtures.HL;
import static vn.tdkt.campaign.bloc.BlocFixtures.LS;
import static vn.tdkt.campaign.bloc.BlocFixtures.STC;
import static vn.tdkt.campaign.bloc.BlocFixtures.T0;
import static vn.tdkt.campaign.bloc.BlocFixtures.scores;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.events.bloc.BlocCreated;
import vn.tdkt.events.bloc.BlocEvent;
import vn.tdkt.events.bloc.BlocPhaseChanged;
import vn.tdkt.events.bloc.BlocResultPublished;
import vn.tdkt.events.bloc.BlocUpdated;
import vn.tdkt.events.bloc.CovenantSigned;
import vn.tdkt.events.bloc.ScorecardSubmitted;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.RuleViolationException;

/** Every rule of a bloc year, one by one. */
class EmulationBlocTest {

    private static final UnitCode NL = new UnitCode("LS-CL-NL");

    // creation and leadership

    @Test
    void aDraftAnnouncesItsWholeDefinitionWithDefaultLeadershipWeightsAndAwards() {
        BlocId id = BlocId.newId();
        EmulationBloc.Draft draft = EmulationBloc.create(id, BlocFixtures.definition(), CLOCK);

        assertThat(draft.bloc().phase()).isEqualTo(BlocPhase.DRAFT);
        assertThat(draft.bloc().rotation()).isEqualTo(new Rotation(List.of(CL, HL, STC), CL, HL));
        assertThat(draft.events()).singleElement().asInstanceOf(type(BlocCreated.class)).satisfies(e -> {
            assertThat(e.aggregateId()).isEqualTo(id.value());
            assertThat(e.aggregateVersion()).isZero();
            assertThat(e.occurredAt()).isEqualTo(T0);
            assertThat(e.name()).isEqualTo("Khối thi đua các huyện và Sở Tài chính");
            assertThat(e.year()).isEqualTo(2025);
            assertThat(e.organiserUnitCode()).isEqualTo("LS");
            assertThat(e.memberUnitCodes()).containsExactly("LS-CL", "LS-HL", "LS-STC");
            assertThat(e.rotationOrder()).containsExactly("LS-CL", "LS-HL", "LS-STC");
            assertThat(e.leaderUnitCode()).isEqualTo("LS-CL");
            assertThat(e.deputyUnitCode()).isEqualTo("LS-HL");
            assertThat(e.criteria()).hasSize(4).first().satisfies(c -> {
                assertThat(c.title()).isEqualTo("Hoàn thành dự toán thu ngân sách");
                assertThat(c.group()).isEqualTo(BlocFixtures.SECTION_I);
                assertThat(c.maxPoints()).isEqualByComparingTo("30");
            });
            assertThat(List.of(e.selfWeight(), e.leaderWeight(), e.peerWeight())).containsExactly(0, 100, 0);
            assertThat(List.of(e.flagCount(), e.commendationCount())).containsExactly(1, 2);
            assertThat(e.phase()).isEqualTo("DRAFT");
        });
    }

    @Test
    void theLeadershipPassesRoundTheRotationOrderYearByYear() {
        Rotation y2025 = Rotation.of(List.of(CL, HL, STC), List.of(STC, CL, HL), null, null);

        assertThat(y2025).isEqualTo(new Rotation(List.of(STC, CL, HL), STC, CL));
        assertThat(y2025.next()).isEqualTo(new Rotation(List.of(STC, CL, HL), CL, HL));
        assertThat(y2025.next().next()).isEqualTo(new Rotation(List.of(STC, CL, HL), HL, STC));
        assertThat(y2025.next().next().next()).isEqualTo(y2025);
        assertThat(Rotation.of(List.of(CL, HL, STC), null, HL, null).deputy()).as("the next in order deputises")
                .isEqualTo(STC);
    }

    @Test
    void nextYearsBlocIsLedAsTheRotationSaysAndSignsTheCovenantAgain() {
        EmulationBloc published = BlocFixtures.in(BlocPhase.RESULT_PUBLISHED);

        EmulationBloc.Draft next = published.nextYear(BlocId.newId(), CLOCK);

        assertThat(next.bloc().phase()).isEqualTo(BlocPhase.DRAFT);
        assertThat(next.bloc().rotation()).isEqualTo(new Rotation(List.of(CL, HL, STC), HL, STC));
        assertThat(next.bloc().unsigned()).containsExactly(CL, HL, STC);
        assertThat(next.events()).singleElement().isInstanceOfSatisfying(BlocCreated.class, e -> {
            assertThat(e.year()).isEqualTo(2026);
            assertThat(e.name()).isEqualTo("Khối thi đua các huyện và Sở Tài chính");
            assertThat(e.criteria()).hasSize(4);
            assertThat(e.leaderUnitCode()).isEqualTo("LS-HL");
        });
        assertThat(next.bloc().nextYear(BlocId.newId(), CLOCK).bloc().rotation().leader()).isEqualTo(STC);
    }

    @Test
    void leaderAndDeputyAreTwoMembersAndTheOrderListsEveryMemberOnce() {
        assertThat(fields(() -> Rotation.of(List.of(CL, HL, STC), List.of(CL, HL), NL, NL)))
                .containsExactly("rotationOrder", "leaderUnitCode", "deputyUnitCode", "deputyUnitCode");
        assertThat(fields(() -> Rotation.of(List.of(CL, HL), null, CL, CL))).containsExactly("deputyUnitCode");
        assertThat(fields(() -> Rotation.of(List.of(CL, HL), List.of(CL, CL), null, null))).contains("rotationOrder");
    }

    @Test
    void nameYearAndMembersAreChecked() {
        EmulationBloc.Definition d = BlocFixtures.definition();
        assertThatThrownBy(() -> EmulationBloc.create(BlocId.newId(), new EmulationBloc.Definition(" ", 1999, LS,
                d.members(), null, null, null, d.covenant(), null, null), CLOCK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("name", "year"));
        assertThatThrownBy(() -> EmulationBloc.create(BlocId.newId(), new EmulationBloc.Definition("Khối", 2025, LS,
                List.of(CL), null, null, null, d.covenant(), null, null), CLOCK))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("memberUnitCodes"));
        assertThatThrownBy(() -> EmulationBloc.create(BlocId.newId(), new EmulationBloc.Definition("Khối", 2025, LS,
                List.of(CL, HL, CL), null, null, null, d.covenant(), null, null), CLOCK))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("memberUnitCodes[2]"));
    }

    @Test
    void weightsAndAwardSlotsAreBounded() {
        assertThatThrownBy(() -> new Weights(0, 0, 0)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("weights"));
        assertThatThrownBy(() -> new Weights(-1, 101, 0)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("weights.self", "weights.leader"));
        assertThatThrownBy(() -> new AwardSlots(11, -1)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("awards.flagCount", "awards.commendationCount"));
    }

    @Test
    void aCovenantNamesEveryBadCriterion() {
        assertThatThrownBy(() -> Covenant.of(List.of(
                new Covenant.Draft("1.1", "Thu ngân sách", null, new BigDecimal("10")),
                new Covenant.Draft("1.1", " ", null, new BigDecimal("0")),
                new Covenant.Draft("có dấu", "Cải cách", null, new BigDecimal("2.125")))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("criteria[1].code", "criteria[1].title",
                                "criteria[1].maxPoints", "criteria[2].code", "criteria[2].maxPoints"));
        assertThat(BlocFixtures.covenant().groups()).containsExactly(BlocFixtures.SECTION_I, BlocFixtures.SECTION_II);
    }

    // drafting

    @Test
    void membersChangeOnlyWhileDraftedAndOnlyAChangeIsAnEvent() {
        EmulationBloc bloc = BlocFixtures.drafted();

        assertThat(bloc.changeMembers(List.of(CL, HL, STC), null, null, null, CLOCK)).as("the same again").isEmpty();
        List<BlocEvent> events = bloc.changeMembers(List.of(HL, STC), null, STC, null, CLOCK);

        assertThat(events).singleElement().asInstanceOf(type(BlocUpdated.class)).satisfies(e -> {
            assertThat(e.aggregateVersion()).isEqualTo(1);
            assertThat(e.memberUnitCodes()).containsExactly("LS-HL", "LS-STC");
            assertThat(e.leaderUnitCode()).isEqualTo("LS-STC");
            assertThat(e.deputyUnitCode()).isEqualTo("LS-HL");
        });
        EmulationBloc signing = BlocFixtures.in(BlocPhase.COVENANT_SIGNING);
        assertThatThrownBy(() -> signing.changeMembers(List.of(CL, HL), null, null, null, CLOCK))
                .isInstanceOf(BlocStateException.class).hasMessageContaining("COVENANT_SIGNING");
    }

    @Test
    void amendingACovenantSomeHaveSignedClearsTheirSignatures() {
        EmulationBloc bloc = BlocFixtures.in(BlocPhase.COVENANT_SIGNING);
        bloc.sign(CL, CLOCK);

        List<BlocEvent> events = bloc.amendCovenant(Covenant.of(BlocFixtures.criteria().subList(0, 2)), CLOCK);

        assertThat(events).singleElement().isInstanceOfSatisfying(BlocUpdated.class,
                e -> assertThat(e.criteria()).hasSize(2));
        assertThat(bloc.unsigned()).containsExactly(CL, HL, STC);
    }

    @Test
    void aCovenantEveryMemberSignedIsLocked() {
        EmulationBloc bloc = BlocFixtures.in(BlocPhase.COVENANT_SIGNING);
        bloc.sign(CL, CLOCK);
        bloc.sign(HL, CLOCK);
        assertThat(bloc.covenantLocked()).isFalse();

        List<BlocEvent> last = bloc.sign(STC, CLOCK);

        assertThat(last).singleElement().isInstanceOfSatisfying(CovenantSigned.class, e -> {
            assertThat(e.signerUnitCode()).isEqualTo("LS-STC");
            assertThat(e.signedUnitCodes()).containsExactly("LS-CL", "LS-HL", "LS-STC");
            assertThat(e.locked()).isTrue();
        });
        assertThatThrownBy(() -> bloc.amendCovenant(Covenant.of(BlocFixtures.criteria().subList(0, 1)), CLOCK))
                .isInstanceOfSatisfying(BlocStateException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("criteria"));
        assertThatThrownBy(() -> BlocFixtures.in(BlocPhase.SCORING).amendCovenant(Covenant.EMPTY, CLOCK))
                .isInstanceOf(BlocStateException.class);
    }

    @Test
    void onlyMembersSignAndEachOnce() {
        EmulationBloc bloc = BlocFixtures.in(BlocPhase.COVENANT_SIGNING);
        bloc.sign(CL, CLOCK);

        assertThatThrownBy(() -> bloc.sign(CL, CLOCK)).isInstanceOfSatisfying(BlocStateException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("unitCode"));
        assertThatThrownBy(() -> bloc.sign(NL, CLOCK)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("unitCode"));
        assertThatThrownBy(() -> BlocFixtures.drafted().sign(CL, CLOCK)).isInstanceOf(BlocStateException.class);
    }

    // phases

    @Test
    void signingOpensOnlyWithACovenantAndScoringOnlyOnceAllSigned() {
        EmulationBloc empty = BlocFixtures.drafted(new EmulationBloc.Definition("Khối", 2025, LS, List.of(CL, HL),
                null, null, null, null, null, null));
        assertThatThrownBy(() -> empty.moveTo(BlocPhase.COVENANT_SIGNING, CLOCK))
                .isInstanceOfSatisfying(BlocStateException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("criteria"));

        EmulationBloc bloc = BlocFixtures.in(BlocPhase.COVENANT_SIGNING);
        bloc.sign(HL, CLOCK);
        assertThatThrownBy(() -> bloc.moveTo(BlocPhase.SCORING, CLOCK))
                .isInstanceOfSatisfying(BlocStateException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> assertThat(error.message()).contains("LS-CL, LS-STC")));
        assertThat(bloc.phase()).isEqualTo(BlocPhase.COVENANT_SIGNING);
    }

    @Test
    void aMoveAnnouncesTheLeadership() {
        EmulationBloc bloc = BlocFixtures.drafted();

        assertThat(bloc.moveTo(BlocPhase.COVENANT_SIGNING, CLOCK)).singleElement()
                .isInstanceOfSatisfying(BlocPhaseChanged.class, e -> {
                    assertThat(e.from()).isEqualTo("DRAFT");
                    assertThat(e.to()).isEqualTo("COVENANT_SIGNING");
                    assertThat(e.leaderUnitCode()).isEqualTo("LS-CL");
                    assertThat(e.memberUnitCodes()).containsExactly("LS-CL", "LS-HL", "LS-STC");
                });
    }

    @Test
    void illegalMovesAreRefusedNamingWhatIsAllowed() {
        EmulationBloc bloc = BlocFixtures.drafted();

        assertThatThrownBy(() -> bloc.moveTo(BlocPhase.SCORING, CLOCK))
                .isInstanceOfSatisfying(IllegalBlocMoveException.class, e -> {
                    assertThat(e.from()).isEqualTo(BlocPhase.DRAFT);
                    assertThat(e.allowed()).containsExactly(BlocPhase.COVENANT_SIGNING);
                });
        assertThatThrownBy(() -> BlocFixtures.in(BlocPhase.SCORING).moveTo(BlocPhase.RESULT_PUBLISHED, CLOCK))
                .as("a result is published, not moved to").isInstanceOf(BlocStateException.class)
                .hasMessageContaining("/publication");
        assertThatThrownBy(() -> BlocFixtures.in(BlocPhase.RESULT_PUBLISHED).moveTo(BlocPhase.SCORING, CLOCK))
                .isInstanceOfSatisfying(IllegalBlocMoveException.class, e -> assertThat(e.allowed()).isEmpty());
    }

    // scoring

    @Test
    void whoScoresWhomDecidesTheKind() {
        EmulationBloc bloc = BlocFixtures.in(BlocPhase.SCORING);

        assertThat(bloc.kindOf(HL, HL)).isEqualTo(ScorecardKind.SELF);
        assertThat(bloc.kindOf(CL, HL)).as("the leader scores a member").isEqualTo(ScorecardKind.LEADER);
        assertThat(bloc.kindOf(HL, CL)).as("the deputy scores the leader").isEqualTo(ScorecardKind.LEADER);
        assertThat(bloc.kindOf(HL, STC)).isEqualTo(ScorecardKind.PEER);
        assertThat(bloc.kindOf(STC, CL)).isEqualTo(ScorecardKind.PEER);
    }

    @Test
    void aScorecardIsAnnouncedInTheCovenantsOrder() {
        EmulationBloc bloc = BlocFixtures.in(BlocPhase.SCORING);
        List<EmulationBloc.ScoreDraft> backwards = scores("29.5", "18", "30", "19.75").reversed();

        EmulationBloc.Submission submission = bloc.submit(CL, HL, backwards, CLOCK);

        assertThat(submission.scorecard().total()).isEqualTo(9725);
        assertThat(submission.events()).singleElement().asInstanceOf(type(ScorecardSubmitted.class)).satisfies(e -> {
            assertThat(e.kind()).isEqualTo("LEADER");
            assertThat(e.scorerUnitCode()).isEqualTo("LS-CL");
            assertThat(e.subjectUnitCode()).isEqualTo("LS-HL");
            assertThat(e.scores()).extracting(s -> s.criterion()).containsExactly("1.1", "1.2", "2.1", "2.2");
            assertThat(e.scores().getFirst().points()).isEqualByComparingTo("29.5");
            assertThat(e.total()).isEqualByComparingTo("97.25");
            assertThat(e.revision()).isEqualTo(1);
        });
    }

    @Test
    void aResubmissionReplacesTheScorecardUntilScoringCloses() {
        EmulationBloc bloc = BlocFixtures.in(BlocPhase.SCORING);
        bloc.submit(HL, HL, scores("30", "20", "30", "20"), CLOCK);

        EmulationBloc.Submission again = bloc.submit(HL, HL, scores("25", "20", "30", "20"), CLOCK);

        assertThat(again.scorecard().revision()).isEqualTo(2);
        assertThat(bloc.scorecards()).singleElement().satisfies(s -> assertThat(s.total()).isEqualTo(9500));
        EmulationBloc published = BlocFixtures.in(BlocPhase.RESULT_PUBLISHED);
        assertThatThrownBy(() -> published.submit(HL, HL, scores("30", "20", "30", "20"), CLOCK))
                .isInstanceOf(BlocStateException.class).hasMessageContaining("RESULT_PUBLISHED");
    }

    @Test
    void pointsOutsideTheCriterionsRangeNameTheCriterion() {
        EmulationBloc bloc = BlocFixtures.in(BlocPhase.SCORING);

        assertThatThrownBy(() -> bloc.submit(CL, HL, scores("31", "-1", "30", "20"), CLOCK))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("scores[0].points", "scores[1].points");
                    assertThat(e.errors().getFirst().message())
                            .isEqualTo("criterion '1.1' (Hoàn thành dự toán thu ngân sách) allows 0 to 30.00 points, was 31");
                });
        assertThat(bloc.scorecards()).isEmpty();
    }

    @Test
    void unknownDuplicateAndMissingCriteriaAreNamed() {
        EmulationBloc bloc = BlocFixtures.in(BlocPhase.SCORING);
        List<EmulationBloc.ScoreDraft> wrong = List.of(new EmulationBloc.ScoreDraft("1.1", BigDecimal.TEN),
                new EmulationBloc.ScoreDraft("9.9", BigDecimal.ONE), new EmulationBloc.ScoreDraft("1.1", BigDecimal.ONE));

        assertThatThrownBy(() -> bloc.submit(CL, HL, wrong, CLOCK))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("scores[1].criterion", "scores[2].criterion"));
        assertThatThrownBy(() -> bloc.submit(CL, HL, scores("30", "20"), CLOCK))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> assertThat(error.message()).isEqualTo("criteria not scored: 2.1, 2.2")));
        assertThatThrownBy(() -> bloc.submit(CL, HL, scores("29.125", "20", "30", "20"), CLOCK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("scores[0].points"));
    }

    @Test
    void onlyMembersScoreAndAreScored() {
        EmulationBloc bloc = BlocFixtures.in(BlocPhase.SCORING);

        assertThatThrownBy(() -> bloc.submit(NL, LS, scores("30", "20", "30", "20"), CLOCK))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("scorerUnitCode", "subjectUnitCode"));
        assertThatThrownBy(() -> BlocFixtures.in(BlocPhase.COVENANT_SIGNING)
                .submit(CL, HL, scores("30", "20", "30", "20"), CLOCK)).isInstanceOf(BlocStateException.class);
    }

    // publication

    @Test
    void publishingWaitsForEveryScorecardThatCounts() {
        EmulationBloc bloc = BlocFixtures.in(BlocPhase.SCORING);
        bloc.submit(CL, HL, scores("30", "20", "30", "20"), CLOCK);

        assertThatThrownBy(() -> bloc.publish(CLOCK)).isInstanceOfSatisfying(BlocStateException.class,
                e -> assertThat(e.errors()).extracting(FieldError::message).containsExactly(
                        "LS-CL: missing the leader's scorecard", "LS-STC: missing the leader's scorecard"));
        assertThat(bloc.phase()).isEqualTo(BlocPhase.SCORING);
    }

    @Test
    void publishingClosesScoringAndProposesTheBestForFlagAndCommendation() {
        EmulationBloc bloc = BlocFixtures.in(BlocPhase.SCORING);
        BlocFixtures.leaderScores(bloc, "30", "20", "30", "20", "25", "20", "30", "20", "28", "20", "30", "20");

        List<BlocEvent> events = bloc.publish(CLOCK);

        assertThat(bloc.phase()).isEqualTo(BlocPhase.RESULT_PUBLISHED);
        assertThat(events).singleElement().asInstanceOf(type(BlocResultPublished.class)).satisfies(e -> {
            assertThat(e.ranking()).extracting(r -> r.unitCode()).containsExactly("LS-CL", "LS-STC", "LS-HL");
            assertThat(e.ranking()).extracting(r -> r.rank()).containsExactly(1, 2, 3);
            assertThat(e.ranking().getFirst().total()).isEqualByComparingTo("100");
            assertThat(e.ranking().getFirst().leaderTotal()).isEqualByComparingTo("100");
            assertThat(e.proposals()).extracting(p -> p.unitCode() + ":" + p.award() + ":" + p.contested())
                    .containsExactly("LS-CL:FLAG:false", "LS-STC:COMMENDATION:false", "LS-HL:COMMENDATION:false");
            assertThat(e.leaderWeight()).isEqualTo(100);
        });
        assertThatThrownBy(() -> bloc.publish(CLOCK)).isInstanceOf(IllegalBlocMoveException.class);
        assertThat(bloc.ranking().ranked()).as("the published ranking stays as published").hasSize(3);
    }

    private static List<String> fields(Runnable command) {
        try {
            command.run();
        } catch (RuleViolationException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("not refused");
    }
}
