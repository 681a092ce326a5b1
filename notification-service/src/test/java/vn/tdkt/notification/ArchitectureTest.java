package vn.tdkt.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.mail.MailSender;
import org.springframework.web.bind.annotation.RestController;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.tdkt.notification");

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("vn.tdkt.notification.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void onlyTheDeliveryFeatureIsUsedByOthersAndOnlyThroughItsPublicApi() {
        // campaign → delivery is the one allowed cross-feature edge; delivery knows no feature.
        noClasses().that().resideInAPackage("..notification.delivery..")
                .should().dependOnClassesThat().resideInAnyPackage("..notification.campaign..", "..notification.unit..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("..notification.unit..")
                .should().dependOnClassesThat().resideInAnyPackage("..notification.campaign..", "..notification.delivery..")
                .check(CLASSES);
    }

    @Test
    void controllersAndConsumersAreThin() {
        noClasses().that().areAnnotatedWith(RestController.class).or().haveSimpleNameEndingWith("Consumer")
                .should().dependOnClassesThat().areAssignableTo(MongoOperations.class)
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Store")
                .orShould().dependOnClassesThat().areAssignableTo(MailSender.class)
                .check(CLASSES);
    }

    @Test
    void onlyTheMailGatewayTalksSmtp() {
        noClasses().that().doNotHaveSimpleName("MailGateway")
                .should().dependOnClassesThat().areAssignableTo(MailSender.class)
                .check(CLASSES);
    }

    @Test
    void featureTypesArePackagePrivateUnlessTheyAreAnApi() {
        classes().that().resideInAPackage("..notification.campaign..")
                .should().notBePublic()
                .check(CLASSES);
    }
}
