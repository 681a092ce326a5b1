package vn.tdkt.nomination;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.web.bind.annotation.RestController;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.tdkt.nomination");

    @Test
    void featuresAreFreeOfCycles() {
        slices().matching("vn.tdkt.nomination.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void featuresDoNotReachIntoEachOther() {
        slices().matching("vn.tdkt.nomination.(*)..").should().notDependOnEachOther().check(CLASSES);
    }

    @Test
    void controllersAndConsumersAreThin() {
        noClasses().that().areAnnotatedWith(RestController.class).or().haveSimpleNameEndingWith("Consumer")
                .should().dependOnClassesThat().areAssignableTo(MongoOperations.class)
                .check(CLASSES);
    }

    @Test
    void featureTypesArePackagePrivate() {
        classes().that().resideInAnyPackage("..nomination.campaign..", "..nomination.unit..")
                .should().notBePublic()
                .check(CLASSES);
    }
}
