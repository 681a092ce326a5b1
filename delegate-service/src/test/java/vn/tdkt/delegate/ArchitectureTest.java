package vn.tdkt.delegate;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.testing.PlatformArchitectureTest;

/** The platform's rules, and this service's own: its features stay apart and package-private. */
class ArchitectureTest extends PlatformArchitectureTest {

    @Override
    protected String basePackage() {
        return "vn.tdkt.delegate";
    }

    /**
     * Features meet only through the public reads one offers another: congresses call the apportionment
     * calculation's public API and count honours through {@code ExemplaryCounts}; delegate lists read congresses
     * through {@code congress.CongressCatalog} (and its {@code CongressFacts}) and exemplary people through
     * {@code exemplary.ExemplaryDirectory}; nothing else crosses.
     */
    @Test
    void featuresDoNotReachIntoEachOther() {
        slices().matching("vn.tdkt.delegate.(*)..").should().notDependOnEachOther()
                .ignoreDependency(resideInAPackage("..delegate.congress.."), resideInAPackage("..delegate.apportionment.."))
                .ignoreDependency(resideInAPackage("..delegate.congress.."),
                        type(vn.tdkt.delegate.exemplary.ExemplaryCounts.class))
                .ignoreDependency(resideInAPackage("..delegate.delegation.."), PORTS)
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

    private static final DescribedPredicate<JavaClass> PORTS = DescribedPredicate.describe("a feature's port",
            c -> c.getPackageName().equals("vn.tdkt.delegate.congress")
                    && (c.getSimpleName().equals("CongressCatalog") || c.getName().startsWith(
                    "vn.tdkt.delegate.congress.CongressFacts") || c.getSimpleName().equals("DelegateAttribute"))
                    || c.getName().startsWith("vn.tdkt.delegate.exemplary.ExemplaryDirectory"));

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
                .and().doNotHaveFullyQualifiedName("vn.tdkt.delegate.exemplary.ExemplaryDirectory")
                .and().doNotHaveFullyQualifiedName("vn.tdkt.delegate.exemplary.ExemplaryDirectory$Entry")
                .and().doNotHaveSimpleName("CongressCatalog")
                .and().doNotHaveSimpleName("CongressFacts")
                .and().haveNameNotMatching(".*CongressFacts\\$.*")
                .and().doNotHaveSimpleName("DelegateAttribute")
                .should().notBePublic()
                .check(production());
    }

    @Test
    void delegateListTypesArePackagePrivate() {
        classes().that().resideInAPackage("..delegate.delegation..").should().notBePublic().check(production());
    }
}
