package vn.tdkt.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The console's own rules (it is no service: service-support's PlatformArchitectureTest, about outboxes,
 * authorizers and Mongo, does not apply): screens are features that share only {@code support}; only
 * {@code support} talks HTTP to the services, so tokens and problem+json are handled in one place.
 */
@AnalyzeClasses(packages = "vn.tdkt.console", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresAreIndependent = slices().matching("vn.tdkt.console.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("vn.tdkt.console.support.."))
            .because("a screen links to another by its URL, not its code; what they share is in support");

    @ArchTest
    static final ArchRule supportKnowsNoFeature = noClasses().that().resideInAPackage("vn.tdkt.console.support..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.tdkt.console.home..", "vn.tdkt.console.unit..",
                    "vn.tdkt.console.campaign..", "vn.tdkt.console.bloc..");

    @ArchTest
    static final ArchRule onlySupportCallsTheServices = noClasses().that().resideOutsideOfPackage("vn.tdkt.console.support..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web.client..", "java.net.http..")
            .because("the service clients relay the user's token and read problem+json in one place (ServiceClient)");

    @ArchTest
    static final ArchRule constructorInjection = fields().should().notBeAnnotatedWith(Autowired.class);

    @ArchTest
    static final ArchRule noLombok = noClasses().should().dependOnClassesThat().resideInAPackage("lombok..");
}
