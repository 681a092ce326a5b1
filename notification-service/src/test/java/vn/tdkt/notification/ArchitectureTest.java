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
    void onlyTheDeliveryAndUnitFeaturesAreUsedByOthersAndOnlyThroughTheirPublicApi() {
        // campaign and bloc → delivery (enqueue) and → unit (recipients) are the allowed cross-feature edges;
        // delivery and unit know no other feature, and campaign and bloc know nothing of each other.
        noClasses().that().resideInAPackage("..notification.delivery..")
                .should().dependOnClassesThat().resideInAnyPackage("..notification.campaign..", "..notification.unit..",
                        "..notification.bloc..", "..notification.congress..")
                .check(production());
        noClasses().that().resideInAPackage("..notification.unit..")
                .should().dependOnClassesThat().resideInAnyPackage("..notification.campaign..", "..notification.delivery..",
                        "..notification.bloc..", "..notification.congress..")
                .check(production());
        noClasses().that().resideInAPackage("..notification.campaign..")
                .should().dependOnClassesThat().resideInAPackage("..notification.bloc..")
                .check(production());
        noClasses().that().resideInAPackage("..notification.bloc..")
                .should().dependOnClassesThat().resideInAPackage("..notification.campaign..")
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
        classes().that().resideInAnyPackage("..notification.campaign..", "..notification.bloc..",
                        "..notification.congress..")
                .should().notBePublic()
                .check(production());
    }
}
