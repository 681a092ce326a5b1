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

    @Test
    void featureTypesArePackagePrivate() {
        classes().that().resideInAnyPackage("..delegate.campaign..", "..delegate.unit..", "..delegate.exemplary..")
                .should().notBePublic()
                .check(production());
    }
}
