package vn.tdkt.support.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.support.security.Authorizer;
import vn.tdkt.support.security.WebSecurityProperties;

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

    /**
     * Every endpoint decides who may call it; the filter chain only tells known callers from unknown ones. The one
     * exception is what a service publishes to everyone: a controller mapped under {@code /public/} (and nothing
     * else), answering {@code GET} only, the paths its {@code tdkt.security.public-paths} names.
     */
    @Test
    void everyControllerAsksTheAuthorizer() {
        classes().that().areAnnotatedWith(RestController.class).and(are(not(PUBLISHED)))
                .should().dependOnClassesThat().areAssignableTo(Authorizer.class)
                .allowEmptyShould(true)
                .check(production());
    }

    /** A public controller only reads: every handler is a GET, and it needs no Authorizer because it has no caller. */
    @Test
    void publicControllersOnlyRead() {
        noMethods().that().areDeclaredInClassesThat(PUBLISHED)
                .should().beAnnotatedWith(PostMapping.class).orShould().beAnnotatedWith(PutMapping.class)
                .orShould().beAnnotatedWith(DeleteMapping.class).orShould().beAnnotatedWith(PatchMapping.class)
                .orShould().beAnnotatedWith(RequestMapping.class)
                .because("what is published is read with GET only; changing it needs a token and the Authorizer")
                .allowEmptyShould(true)
                .check(production());
    }

    /** A {@code @RestController} whose class-level mapping puts every path under {@code /public/}. */
    private static final DescribedPredicate<JavaClass> PUBLISHED = new DescribedPredicate<>(
            "mapped under " + WebSecurityProperties.PUBLIC_PREFIX) {
        @Override
        public boolean test(JavaClass type) {
            if (!type.isAnnotatedWith(RestController.class) || !type.isAnnotatedWith(RequestMapping.class)) {
                return false;
            }
            RequestMapping mapping = type.getAnnotationOfType(RequestMapping.class);
            List<String> paths = new ArrayList<>(List.of(mapping.value()));
            paths.addAll(List.of(mapping.path()));
            return !paths.isEmpty() && paths.stream().allMatch(p -> p.startsWith(WebSecurityProperties.PUBLIC_PREFIX));
        }
    };

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
