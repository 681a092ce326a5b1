package vn.tdkt.nomination.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.tdkt.nomination.award.Award;
import vn.tdkt.nomination.award.AwardCatalogue;
import vn.tdkt.nomination.eligibility.Facts.AwardFact;
import vn.tdkt.nomination.eligibility.Facts.InitiativeFact;
import vn.tdkt.nomination.eligibility.Facts.Nominee;
import vn.tdkt.nomination.honours.HonoursHistory;
import vn.tdkt.nomination.initiative.InitiativeLedger;
import vn.tdkt.nomination.rulepack.RulePack;
import vn.tdkt.nomination.rulepack.RulePacks;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.RuleViolationException;

/**
 * Answers an eligibility question: checks the facts, picks the award and the pack the decision date falls
 * in, adds what the platform records of the nominee (honours by year, initiatives with their use), and lets
 * the pure {@link Explainer} evaluate. Stores nothing.
 */
@Service
class EligibilityService {

    private final RulePacks packs;
    private final Explainer explainer;
    private final HonoursHistory honours;
    private final InitiativeLedger initiatives;

    EligibilityService(RulePacks packs, Explainer explainer, HonoursHistory honours, InitiativeLedger initiatives) {
        this.packs = packs;
        this.explainer = explainer;
        this.honours = honours;
        this.initiatives = initiatives;
    }

    record Question(String award, LocalDate decisionDate, String rulePack, String nomineeId, Nominee nominee,
                    Facts.CouncilVote councilVote) {
    }

    /** The unit whose subtree may ask about a recorded nominee; empty when nothing is recorded of them. */
    Optional<String> unitOf(String nomineeId) {
        return honours.unitOf(nomineeId).or(() -> initiatives.unitOfAuthor(nomineeId));
    }

    Explanation check(Question q) {
        List<FieldError> malformed = new ArrayList<>(FactChecks.malformed(q.nominee(), "nominee"));
        malformed.addAll(FactChecks.malformed(q.councilVote()));
        if (q.nominee() == null && q.nomineeId() == null) {
            malformed.add(new FieldError("nominee", "give the nominee's facts, or nomineeId to read their record"));
        }
        if (!malformed.isEmpty()) {
            throw new InvalidInputException(malformed);
        }
        List<FieldError> contradictory = FactChecks.contradictory(q.nominee(), q.councilVote());
        Award award = AwardCatalogue.find(q.award()).orElse(null);
        if (award == null) {
            contradictory.add(new FieldError("award", "'" + q.award() + "' is neither a code nor a name of the "
                    + "award catalogue (GET /api/v1/awards)"));
        }
        if (!contradictory.isEmpty()) {
            throw new RuleViolationException("The question cannot be answered as asked", contradictory);
        }
        RulePack pack = packs.select(q.decisionDate(), q.rulePack());
        Nominee nominee = q.nomineeId() == null ? q.nominee() : withRecord(q.nominee(), q.nomineeId());
        return explainer.explain(pack, award, q.decisionDate(), nominee, q.councilVote());
    }

    /**
     * The facts sent, plus what the platform records: every recorded honour becomes an award with its
     * achievement year, every recorded initiative the nominee authored is added with its use (an initiative
     * sent inline under the same id wins).
     */
    private Nominee withRecord(Nominee given, String nomineeId) {
        Nominee n = given == null ? Nominee.empty() : given;
        List<HonoursHistory.Line> lines = honours.of(nomineeId);
        List<InitiativeLedger.Entry> authored = initiatives.byAuthor(nomineeId);
        if (lines.isEmpty() && authored.isEmpty() && given == null) {
            throw new RuleViolationException("Nothing is recorded of " + nomineeId, List.of(new FieldError(
                    "nomineeId", "no honours or initiatives are recorded for '" + nomineeId + "'")));
        }
        List<AwardFact> awards = new ArrayList<>(n.awards() == null ? List.of() : n.awards());
        lines.forEach(line -> awards.add(new AwardFact(line.awardCode(), line.year())));
        Map<String, InitiativeFact> byId = new LinkedHashMap<>();
        authored.forEach(e -> byId.put(e.id(), new InitiativeFact(e.id(), Facts.Scope.valueOf(e.scope()),
                e.effectivelyApplied(), e.recognizedBy(), e.usedFor())));
        if (n.initiatives() != null) {
            n.initiatives().forEach(i -> byId.put(i.id(), i));
        }
        Facts.Kind kind = n.kind() != null || lines.isEmpty() ? n.kind() : Facts.Kind.valueOf(lines.getLast().kind().name());
        return new Nominee(kind, n.category(), n.years(), n.initiatives() == null && authored.isEmpty() ? null
                : List.copyOf(byId.values()), awards, n.discipline(), n.emulationParticipation(),
                n.priorProvincialFighter(), n.proposalBasisYears(), n.provincialFighterAwards(),
                n.provincialAwardsConsecutive(), n.otherBasesMet(), n.combatIngenuity(), n.year(), n.collectiveRating(),
                n.members(), n.membersCompletedTasks(), n.membersAdvancedWorkers(), n.membersBaseFighters(),
                n.membersDisciplined(), n.disciplineForms(), n.solidarity(), n.exceededTargets(),
                n.cleanPartyOrganisation(), n.amongLeadingCollectivesOfClusters(), n.leadsCentralCouncilCluster(),
                n.leadsClusterOrBlock(), n.leadsPrimeMinisterMovement());
    }
}
