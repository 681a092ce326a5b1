package vn.tdkt.support.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.support.security.Authorizer;

/**
 * The one rule set every service keeps, shared through service-support's test-jar: a service's
 * {@code ArchitectureTest} extends this with its base package and adds only its own feature rules.
 */
public abstract class PlatformArchitectureTest {

    /**
     * JUnit makes a new instance per test, and importing a service (with the library classes its dependencies
     * resolve to) takes seconds: import each base package once per test JVM.
     */
    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    /** e.g. {@code vn.tdkt.campaign}. */
    protected abstract String basePackage();

    protected final JavaClasses production() {
        return IMPORTED.computeIfAbsent(basePackage(), base -> new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(base));
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching(basePackage() + ".(*)..").should().beFreeOfCycles().check(production());
    }

    /** Every endpoint decides who may call it; the filter chain only tells known callers from unknown ones. */
    @Test
    void everyControllerAsksTheAuthorizer() {
        classes().that().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().areAssignableTo(Authorizer.class)
                .allowEmptyShould(true)
                .check(production());
    }

    @Test
    void controllersAndConsumersAreThin() {
        noClasses().that().areAnnotatedWith(RestController.class).or().haveSimpleNameEndingWith("Consumer")
                .should().dependOnClassesThat().areAssignableTo(MongoOperations.class)
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Store")
                .check(production());
    }

    /** Events leave a service only through the outbox in its documents, never by a direct send. */
    @Test
    void nothingPublishesAroundTheOutbox() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka.clients.producer..",
                        "org.springframework.kafka.core..", "org.springframework.cloud.stream.function..")
                .check(production());
    }

    @Test
    void settingsAreTypedRecords() {
        classes().that().areAnnotatedWith(ConfigurationProperties.class).should().beRecords()
                .allowEmptyShould(true)
                .check(production());
    }

    @Test
    void dependenciesComeThroughConstructors() {
        fields().should().notBeAnnotatedWith(Autowired.class).allowEmptyShould(true).check(production());
    }

    @Test
    void noLombokNoStandardStreamsNoJavaUtilLogging() {
        noClasses().should().dependOnClassesThat().resideInAPackage("lombok..").check(production());
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(production());
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(production());
    }
}
