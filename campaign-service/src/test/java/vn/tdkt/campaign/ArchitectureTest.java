package vn.tdkt.campaign;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoOperations;
import vn.tdkt.campaign.campaign.CampaignFacts;
import vn.tdkt.campaign.campaign.CampaignLookup;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.campaign.unit.UnitLookup;
import vn.tdkt.support.testing.PlatformArchitectureTest;

/** The platform's rules, and this service's own: features talk through small public APIs. */
class ArchitectureTest extends PlatformArchitectureTest {

    @Override
    protected String basePackage() {
        return "vn.tdkt.campaign";
    }

    @Test
    void theRegistryKnowsNothingOfCampaigns() {
        noClasses().that().resideInAPackage("..campaign.unit..")
                .should().dependOnClassesThat().resideInAPackage("vn.tdkt.campaign.campaign..")
                .check(production());
    }

    @Test
    void campaignsUseOnlyTheRegistrysPublicApi() {
        noClasses().that().resideInAnyPackage("vn.tdkt.campaign.campaign..", "vn.tdkt.campaign.registration..")
                .should().dependOnClassesThat(resideInAPackage("vn.tdkt.campaign.unit..")
                        .and(not(belongToAnyOf(UnitCode.class, UnitLookup.class))))
                .check(production());
    }

    @Test
    void registrationsUseOnlyTheCampaignsPublicApi() {
        noClasses().that().resideInAPackage("vn.tdkt.campaign.registration..")
                .should().dependOnClassesThat(resideInAPackage("vn.tdkt.campaign.campaign..")
                        .and(not(belongToAnyOf(CampaignLookup.class, CampaignFacts.class))))
                .check(production());
        noClasses().that().resideInAPackage("vn.tdkt.campaign.campaign..")
                .should().dependOnClassesThat().resideInAPackage("vn.tdkt.campaign.registration..")
                .check(production());
    }

    @Test
    void aggregatesAreFreeOfFrameworks() {
        noClasses().that().haveSimpleNameEndingWith("Unit").or().haveSimpleName("Campaign").or().haveSimpleName("Phase")
                .or().haveSimpleName("Registration").or().haveSimpleName("Cascade").or().haveSimpleName("SearchTerms")
                .or().haveSimpleName("RegistrationRules").or().haveSimpleName("RegistrationOverview")
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
    void featureInternalsStayPackagePrivate() {
        classes().that().resideInAnyPackage("vn.tdkt.campaign.unit..", "vn.tdkt.campaign.campaign..",
                        "vn.tdkt.campaign.registration..")
                .and().areNotAssignableTo(UnitCode.class).and(not(belongToAnyOf(UnitLookup.class)))
                .and().areNotAssignableTo(CampaignLookup.class).and().areNotAssignableTo(CampaignFacts.class)
                .and().doNotHaveSimpleName("UnitLevel")
                .should().notBePublic()
                .check(production());
    }

    @Test
    void blocsUseOnlyTheRegistrysPublicApiAndNothingElseKnowsThem() {
        noClasses().that().resideInAPackage("vn.tdkt.campaign.bloc..")
                .should().dependOnClassesThat(resideInAPackage("vn.tdkt.campaign.unit..")
                        .and(not(belongToAnyOf(UnitCode.class, UnitLookup.class))))
                .orShould().dependOnClassesThat().resideInAPackage("vn.tdkt.campaign.campaign..")
                .check(production());
        noClasses().that().resideInAnyPackage("vn.tdkt.campaign.unit..", "vn.tdkt.campaign.campaign..")
                .should().dependOnClassesThat().resideInAPackage("vn.tdkt.campaign.bloc..")
                .check(production());
    }

    /** The bloc's rules and its ranking are plain calculations: no framework, no storage. */
    @Test
    void blocRulesAreFreeOfFrameworks() {
        noClasses().that().haveSimpleName("EmulationBloc").or().haveSimpleName("Ranking").or().haveSimpleName("Proposals")
                .or().haveSimpleName("Rotation").or().haveSimpleName("Covenant").or().haveSimpleName("BlocPhase")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..")
                .check(production());
    }

    @Test
    void blocInternalsStayPackagePrivate() {
        classes().that().resideInAPackage("vn.tdkt.campaign.bloc..").should().notBePublic().check(production());
    }
}
