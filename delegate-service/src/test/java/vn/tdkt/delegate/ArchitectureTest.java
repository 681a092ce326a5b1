package vn.tdkt.delegate;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;
import vn.tdkt.support.testing.PlatformArchitectureTest;

/** The platform's rules, and this service's own: its features stay apart and package-private. */
class ArchitectureTest extends PlatformArchitectureTest {

    @Override
    protected String basePackage() {
        return "vn.tdkt.delegate";
    }

    /**
     * Except where a feature offers a public read for the others: congresses call the apportionment calculation's
     * public API and count honours through {@code ExemplaryCounts}.
     */
    @Test
    void featuresDoNotReachIntoEachOther() {
        slices().matching("vn.tdkt.delegate.(*)..").should().notDependOnEachOther()
                .ignoreDependency(resideInAPackage("..delegate.congress.."), resideInAPackage("..delegate.apportionment.."))
                .ignoreDependency(resideInAPackage("..delegate.congress.."),
                        type(vn.tdkt.delegate.exemplary.ExemplaryCounts.class))
                .check(production());
    }

    /** The congress calls only the calculation's public types, never the endpoint's. */
    @Test
    void congressesCallOnlyTheApportionmentCalculation() {
        noClasses().that().resideInAPackage("..delegate.congress..")
                .should().dependOnClassesThat(resideInAPackage("..delegate.apportionment..")
                        .and(simpleNameStartingWith("ApportionmentController")
                                .or(simpleNameStartingWith("ApportionmentRules"))
                                .or(simpleNameStartingWith("ApportionmentRequest"))))
                .check(production());
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
        classes().that().resideInAnyPackage("..delegate.campaign..", "..delegate.unit..", "..delegate.exemplary..",
                        "..delegate.congress..")
                .and().doNotHaveSimpleName("ExemplaryCounts")
                .and().doNotHaveSimpleName("CongressCatalog")
                .and().doNotHaveSimpleName("CongressFacts")
                .and().haveNameNotMatching(".*CongressFacts\\$.*")
                .and().doNotHaveSimpleName("DelegateAttribute")
                .should().notBePublic()
                .check(production());
    }
}
