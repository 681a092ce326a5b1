package vn.tdkt.campaign;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.campaign.unit.UnitLookup;

/** Package by feature: features talk through small public APIs, the web layer through services. */
@AnalyzeClasses(packages = "vn.tdkt.campaign", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("vn.tdkt.campaign.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theRegistryKnowsNothingOfCampaigns = noClasses().that().resideInAPackage("..campaign.unit..")
            .should().dependOnClassesThat().resideInAPackage("vn.tdkt.campaign.campaign..");

    @ArchTest
    static final ArchRule campaignsUseOnlyTheRegistrysPublicApi = noClasses()
            .that().resideInAPackage("vn.tdkt.campaign.campaign..")
            .should().dependOnClassesThat(resideInAPackage("vn.tdkt.campaign.unit..")
                    .and(not(belongToAnyOf(UnitCode.class, UnitLookup.class))));

    @ArchTest
    static final ArchRule controllersGoThroughServices = noClasses().that().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().areAssignableTo(MongoOperations.class);

    @ArchTest
    static final ArchRule aggregatesAreFreeOfFrameworks = noClasses()
            .that().haveSimpleNameEndingWith("Unit").or().haveSimpleName("Campaign").or().haveSimpleName("Phase")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..");

    @ArchTest
    static final ArchRule onlyRepositoriesAndTheOutboxTouchMongo = noClasses()
            .that().haveSimpleNameNotEndingWith("Repository").and().resideOutsideOfPackage("..outbox..")
            .should().dependOnClassesThat().areAssignableTo(MongoOperations.class);

    @ArchTest
    static final ArchRule featureInternalsStayPackagePrivate = classes()
            .that().resideInAnyPackage("vn.tdkt.campaign.unit..", "vn.tdkt.campaign.campaign..")
            .and().areNotAssignableTo(UnitCode.class).and().areNotAssignableTo(UnitLookup.class)
            .and().doNotHaveSimpleName("UnitLevel")
            .should().notBePublic();
}
