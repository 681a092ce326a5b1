package vn.tdkt.delegate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;
import vn.tdkt.support.testing.PlatformArchitectureTest;

/** The platform's rules, and this service's own: its features stay apart and package-private. */
class ArchitectureTest extends PlatformArchitectureTest {

    @Override
    protected String basePackage() {
        return "vn.tdkt.delegate";
    }

    @Test
    void featuresDoNotReachIntoEachOther() {
        slices().matching("vn.tdkt.delegate.(*)..").should().notDependOnEachOther().check(production());
    }

    /**
     * The calculation is plain Java (the congress work calls it, and the benchmarks module compiles its sources
     * without Spring); only the endpoint's classes touch the web and service-support.
     */
    @Test
    void theApportionmentCalculationNeedsOnlyTheJdk() {
        classes().that().resideInAPackage("..delegate.apportionment..")
                .and().haveSimpleNameNotStartingWith("ApportionmentController")
                .and().haveSimpleNameNotStartingWith("ApportionmentRules")
                .and().haveSimpleNameNotStartingWith("ApportionmentRequest")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..delegate.apportionment..")
                .check(production());
    }

    @Test
    void featureTypesArePackagePrivate() {
        classes().that().resideInAnyPackage("..delegate.campaign..", "..delegate.unit..", "..delegate.exemplary..")
                .should().notBePublic()
                .check(production());
    }
}
