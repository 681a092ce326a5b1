package vn.tdkt.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSender;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.support.testing.PlatformArchitectureTest;

class ArchitectureTest extends PlatformArchitectureTest {

    @Override
    protected String basePackage() {
        return "vn.tdkt.notification";
    }

    @Test
    void onlyTheDeliveryFeatureIsUsedByOthersAndOnlyThroughItsPublicApi() {
        // campaign → delivery is the one allowed cross-feature edge; delivery knows no feature.
        noClasses().that().resideInAPackage("..notification.delivery..")
                .should().dependOnClassesThat().resideInAnyPackage("..notification.campaign..", "..notification.unit..")
                .check(production());
        noClasses().that().resideInAPackage("..notification.unit..")
                .should().dependOnClassesThat().resideInAnyPackage("..notification.campaign..", "..notification.delivery..")
                .check(production());
    }

    @Test
    void controllersAndConsumersSendNoMail() {
        noClasses().that().areAnnotatedWith(RestController.class).or().haveSimpleNameEndingWith("Consumer")
                .should().dependOnClassesThat().areAssignableTo(MailSender.class)
                .check(production());
    }

    @Test
    void onlyTheMailGatewayTalksSmtp() {
        noClasses().that().doNotHaveSimpleName("MailGateway")
                .should().dependOnClassesThat().areAssignableTo(MailSender.class)
                .check(production());
    }

    @Test
    void featureTypesArePackagePrivateUnlessTheyAreAnApi() {
        classes().that().resideInAPackage("..notification.campaign..")
                .should().notBePublic()
                .check(production());
    }
}
