package vn.tdkt.nomination.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.tdkt.nomination.eligibility.Facts.AwardFact;
import vn.tdkt.nomination.eligibility.Facts.Discipline;
import vn.tdkt.nomination.eligibility.Facts.DisciplineStatus;
import vn.tdkt.nomination.eligibility.Facts.InitiativeFact;
import vn.tdkt.nomination.eligibility.Facts.Kind;
import vn.tdkt.nomination.eligibility.Facts.Nominee;
import vn.tdkt.nomination.eligibility.Facts.PmMovement;
import vn.tdkt.nomination.eligibility.Facts.PriorFighter;
import vn.tdkt.nomination.eligibility.Facts.Scope;
import vn.tdkt.nomination.eligibility.Facts.TaskRating;
import vn.tdkt.nomination.eligibility.Facts.YearRecord;
import vn.tdkt.nomination.eligibility.Facts.YearRef;

/** Facts about a nominee, written the way a dossier reads: a civil servant, her years, her initiatives. */
final class NomineeBuilder {

    Kind kind;
    String category;
    List<YearRecord> years;
    List<InitiativeFact> initiatives;
    List<AwardFact> awards;
    Discipline discipline;
    Boolean emulationParticipation;
    List<PriorFighter> priorProvincialFighter;
    List<Integer> proposalBasisYears;
    List<YearRef> provincialFighterAwards;
    Boolean provincialAwardsConsecutive;
    Boolean otherBasesMet;
    Boolean combatIngenuity;
    Integer year;
    TaskRating collectiveRating;
    Integer members;
    Integer membersCompletedTasks;
    Integer membersAdvancedWorkers;
    Integer membersBaseFighters;
    Integer membersDisciplined;
    Boolean solidarity;
    Boolean exceededTargets;
    Boolean cleanPartyOrganisation;
    Boolean amongLeadingCollectivesOfClusters;
    Boolean leadsCentralCouncilCluster;
    PmMovement leadsPrimeMinisterMovement;

    /** A civil servant with a clean record who takes part in the movements: nothing about her years yet. */
    static NomineeBuilder officer() {
        NomineeBuilder b = new NomineeBuilder();
        b.kind = Kind.INDIVIDUAL;
        b.category = "công chức";
        b.years = new ArrayList<>();
        b.initiatives = new ArrayList<>();
        b.awards = new ArrayList<>();
        b.discipline = new Discipline(DisciplineStatus.NONE, null, null, null);
        b.emulationParticipation = true;
        b.combatIngenuity = false;
        b.priorProvincialFighter = new ArrayList<>();
        return b;
    }

    /** A collective of {@code members} with a clean record, solidarity and participation, rated for {@code year}. */
    static NomineeBuilder collective(int year, TaskRating rating, int members) {
        NomineeBuilder b = new NomineeBuilder();
        b.kind = Kind.COLLECTIVE;
        b.year = year;
        b.collectiveRating = rating;
        b.members = members;
        b.membersCompletedTasks = members;
        b.membersDisciplined = 0;
        b.emulationParticipation = true;
        b.solidarity = true;
        b.awards = new ArrayList<>();
        b.discipline = new Discipline(DisciplineStatus.NONE, null, null, null);
        return b;
    }

    /** A year with a rating, the titles received for it, initiative ids; no research, no maternity leave. */
    NomineeBuilder year(int year, TaskRating rating, String... titles) {
        years.add(new YearRecord(year, rating, List.of(titles), List.of(), List.of(), 0));
        return this;
    }

    NomineeBuilder yearWith(int year, TaskRating rating, List<String> titles, List<String> initiativeIds,
                            List<String> topics, Integer maternityLeaveMonths) {
        years.add(new YearRecord(year, rating, titles, initiativeIds, topics, maternityLeaveMonths));
        return this;
    }

    NomineeBuilder initiative(String id, Scope scope, boolean applied, String recognizedBy, String usedFor) {
        initiatives.add(new InitiativeFact(id, scope, applied, recognizedBy, usedFor));
        return this;
    }

    NomineeBuilder award(String form, int achievementYear) {
        awards.add(new AwardFact(form, achievementYear));
        return this;
    }

    NomineeBuilder discipline(DisciplineStatus status, String form, LocalDate periodEnded) {
        discipline = new Discipline(status, form, null, periodEnded);
        return this;
    }

    NomineeBuilder basis(Integer... years) {
        proposalBasisYears = Arrays.asList(years);
        return this;
    }

    NomineeBuilder priorFighter(int decisionYear, String period) {
        priorProvincialFighter.add(new PriorFighter(decisionYear, period));
        return this;
    }

    NomineeBuilder provincialFighter(boolean consecutive, Integer... years) {
        provincialFighterAwards = Arrays.stream(years).map(YearRef::new).toList();
        provincialAwardsConsecutive = consecutive;
        return this;
    }

    Nominee build() {
        return new Nominee(kind, category, years, initiatives, awards, discipline, emulationParticipation,
                priorProvincialFighter, proposalBasisYears, provincialFighterAwards, provincialAwardsConsecutive,
                otherBasesMet, combatIngenuity, year, collectiveRating, members, membersCompletedTasks,
                membersAdvancedWorkers, membersBaseFighters, membersDisciplined, List.of(), solidarity,
                exceededTargets, cleanPartyOrganisation, amongLeadingCollectivesOfClusters, leadsCentralCouncilCluster,
                null, leadsPrimeMinisterMovement);
    }
}
