package vn.tdkt.nomination;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoOperations;
import vn.tdkt.support.testing.PlatformArchitectureTest;

/**
 * The platform's rules, and this service's own: the projections stand alone; the catalogue depends on no
 * other feature; rule packs, honours and initiatives build on the catalogue only (initiatives also read the
 * honours history); eligibility reads them all through their small public APIs; the rules are pure; the
 * dossiers use them all and are used only through the council's and the decisions' ports.
 */
class ArchitectureTest extends PlatformArchitectureTest {

    @Override
    protected String basePackage() {
        return "vn.tdkt.nomination";
    }

    @Test
    void projectionsStandAlone() {
        noClasses().that().resideInAnyPackage("..nomination.campaign..", "..nomination.unit..")
                .should().dependOnClassesThat().resideInAnyPackage("..nomination.award..", "..nomination.rulepack..",
                        "..nomination.eligibility..", "..nomination.honours..", "..nomination.initiative..")
                .check(production());
    }

    @Test
    void theCatalogueDependsOnNoOtherFeature() {
        noClasses().that().resideInAPackage("..nomination.award..")
                .should().dependOnClassesThat().resideInAnyPackage("..nomination.rulepack..",
                        "..nomination.eligibility..", "..nomination.honours..", "..nomination.initiative..")
                .check(production());
    }

    @Test
    void packsHonoursAndInitiativesKnowNothingOfEligibility() {
        noClasses().that().resideInAnyPackage("..nomination.rulepack..", "..nomination.honours..",
                        "..nomination.initiative..")
                .should().dependOnClassesThat().resideInAPackage("..nomination.eligibility..")
                .check(production());
        noClasses().that().resideInAPackage("..nomination.honours..")
                .should().dependOnClassesThat().resideInAnyPackage("..nomination.rulepack..", "..nomination.initiative..")
                .check(production());
    }

    /**
     * The dossiers are reached only through the ports they implement (the council's VotingAgenda, the decisions'
     * DecisionSubjects): nothing else depends on them, and the ports know nothing of them.
     */
    @Test
    void dossiersAreReachedOnlyThroughThePorts() {
        noClasses().that().resideOutsideOfPackage("..nomination.dossier..")
                .should().dependOnClassesThat().resideInAPackage("..nomination.dossier..")
                .check(production());
    }

    /** The rules are calculations: no Spring, no MongoDB, no web. */
    @Test
    void rulesArePure() {
        noClasses().that().resideInAPackage("..nomination.eligibility..")
                .and().haveSimpleNameNotEndingWith("Controller").and().haveSimpleNameNotEndingWith("Service")
                .and().haveSimpleNameNotEndingWith("Configuration")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..")
                .check(production());
    }

    @Test
    void onlyRepositoriesTouchMongo() {
        noClasses().that().haveSimpleNameNotEndingWith("Repository")
                .should().dependOnClassesThat().areAssignableTo(MongoOperations.class)
                .check(production());
    }

    @Test
    void featureTypesArePackagePrivateExceptTheirApi() {
        classes().that().resideInAnyPackage("..nomination.campaign..", "..nomination.unit..",
                        "..nomination.dossier..")
                .should().notBePublic()
                .check(production());
        // The explainer's one door for other features (the dossiers' appraisal): the interface and its records.
        classes().that().resideInAPackage("..nomination.eligibility..")
                .and().doNotHaveSimpleName("EligibilityExplainer").and().doNotHaveSimpleName("Question")
                .and().doNotHaveSimpleName("YearFact").and().doNotHaveSimpleName("HonourFact")
                .and().doNotHaveSimpleName("Answer").and().doNotHaveSimpleName("CriterionAnswer")
                .should().notBePublic()
                .check(production());
        classes().that().resideInAnyPackage("..nomination.honours..", "..nomination.initiative..")
                .and().doNotHaveSimpleName("HonoursHistory").and().doNotHaveSimpleName("Line")
                .and().doNotHaveSimpleName("InitiativeLedger").and().doNotHaveSimpleName("Entry")
                .and().doNotHaveSimpleName("DecisionHonours").and().doNotHaveSimpleName("Conferral")
                .should().notBePublic()
                .check(production());
        classes().that().resideInAnyPackage("..nomination.decision..", "..nomination.exemplar..")
                .and().doNotHaveSimpleName("DecisionSubjects").and().doNotHaveSimpleName("Subject")
                .should().notBePublic()
                .check(production());
    }

    /** The council is reached only through its port (VotingAgenda) and its REST API; it writes no dossier itself. */
    @Test
    void theCouncilIsPackagePrivateBehindItsPort() {
        classes().that().resideInAPackage("..nomination.council..").and().areTopLevelClasses()
                .and().doNotHaveSimpleName("VotingAgenda")
                .should().notBePublic()
                .check(production());
        noClasses().that().resideInAPackage("..nomination.council..")
                .should().dependOnClassesThat().resideInAnyPackage("..nomination.dossier..", "..nomination.decision..",
                        "..nomination.exemplar..")
                .check(production());
    }

    /**
     * Decisions reach the honours history only through DecisionHonours; the register stands apart from
     * decisions; the exports know no feature.
     */
    @Test
    void decisionsAndTheRegisterKeepTheirBoundaries() {
        noClasses().that().resideInAPackage("..nomination.decision..")
                .should().dependOnClassesThat().resideInAnyPackage("..nomination.exemplar..",
                        "..nomination.initiative..", "..nomination.eligibility..", "..nomination.rulepack..")
                .check(production());
        noClasses().that().resideInAPackage("..nomination.exemplar..")
                .should().dependOnClassesThat().resideInAnyPackage("..nomination.decision..",
                        "..nomination.honours..", "..nomination.eligibility..")
                .check(production());
        noClasses().that().resideInAPackage("..nomination.sheet..")
                .should().dependOnClassesThat().resideInAnyPackage("..nomination.decision..",
                        "..nomination.exemplar..", "..nomination.honours..")
                .check(production());
        noClasses().that().resideInAPackage("..nomination.honours..")
                .should().dependOnClassesThat().resideInAnyPackage("..nomination.decision..",
                        "..nomination.exemplar..")
                .check(production());
    }
}
