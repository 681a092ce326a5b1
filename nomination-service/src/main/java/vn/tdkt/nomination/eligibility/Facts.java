package vn.tdkt.nomination.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * The facts about a nominee that the rules read, exactly as a client sends them ({@code nominee} of
 * {@code POST /api/v1/eligibility-checks}). Every field may be absent: a rule that needs an absent fact
 * answers UNKNOWN, never a guess. Plain records, so the rules stay free of any framework.
 */
final class Facts {

    private Facts() {
    }

    enum Kind { INDIVIDUAL, COLLECTIVE }

    /** Yearly task rating: completed excellently, well, completed, not completed. */
    enum TaskRating {
        HTXSNV(3), HTTNV(2), HTNV(1), KHTNV(0);

        private final int rank;

        TaskRating(int rank) {
            this.rank = rank;
        }

        boolean atLeast(TaskRating other) {
            return rank >= other.rank;
        }
    }

    enum Scope {
        CO_SO(0), BO_TINH(1), TOAN_QUOC(2);

        private final int rank;

        Scope(int rank) {
            this.rank = rank;
        }

        boolean atLeast(Scope other) {
            return rank >= other.rank;
        }
    }

    /** {@code NONE}: never disciplined (or nothing in force and nothing pending). */
    enum DisciplineStatus { NONE, UNDER_CONSIDERATION, IN_FORCE, SERVED }

    record Nominee(Kind kind, String category, List<YearRecord> years, List<InitiativeFact> initiatives,
                   List<AwardFact> awards, Discipline discipline, Boolean emulationParticipation,
                   List<PriorFighter> priorProvincialFighter, List<Integer> proposalBasisYears,
                   List<YearRef> provincialFighterAwards, Boolean provincialAwardsConsecutive,
                   Boolean otherBasesMet, Boolean combatIngenuity, Integer year, TaskRating collectiveRating,
                   Integer members, Integer membersCompletedTasks, Integer membersAdvancedWorkers,
                   Integer membersBaseFighters, Integer membersDisciplined, List<String> disciplineForms,
                   Boolean solidarity, Boolean exceededTargets, Boolean cleanPartyOrganisation,
                   Boolean amongLeadingCollectivesOfClusters, Boolean leadsCentralCouncilCluster,
                   Boolean leadsClusterOrBlock, PmMovement leadsPrimeMinisterMovement) {

        static Nominee empty() {
            return new Nominee(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    /**
     * One year of an individual's record. {@code titles} are Vietnamese names (or codes) of what was
     * received for that year; {@code initiatives} are ids of initiatives recognised for it, described in
     * {@link Nominee#initiatives()}.
     */
    record YearRecord(Integer year, TaskRating taskRating, List<String> titles, List<String> initiatives,
                      List<String> researchTopics, Integer maternityLeaveMonths) {
    }

    /**
     * An initiative of the nominee. {@code alreadyUsedFor}: the proposal or award it already backed, {@code ""}
     * when it backed none yet, absent when not stated (then it can support only an UNKNOWN).
     */
    record InitiativeFact(String id, Scope recognizedScope, Boolean effectivelyApplied, String recognizedBy,
                          String alreadyUsedFor) {
    }

    record AwardFact(String form, Integer achievementYear) {
    }

    record Discipline(DisciplineStatus status, String form, LocalDate decided, LocalDate periodEnded) {
    }

    /** An earlier "Chiến sĩ thi đua cấp tỉnh": decided in a year, for an achievement period "2019-2021". */
    record PriorFighter(Integer decisionYear, String achievementPeriod) {
    }

    record YearRef(Integer year) {
    }

    record PmMovement(Integer movementDurationYears, Boolean atReview) {
    }

    /** The council's tally: never who voted how. */
    record CouncilVote(Boolean secretBallot, Integer membersTotal, Integer present, Integer yes,
                       Integer absentWrittenYes) {
    }
}
