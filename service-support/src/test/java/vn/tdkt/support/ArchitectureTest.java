package vn.tdkt.support;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Services code against a small public API; everything else stays package-private. */
class ArchitectureTest {

    private static final Set<String> PUBLIC_API = Set.of(
            "vn.tdkt.support.outbox.PendingEvent",
            "vn.tdkt.support.outbox.OutboxRelay",
            "vn.tdkt.support.outbox.OutboxProperties",
            "vn.tdkt.support.outbox.OutboxAutoConfiguration",
            "vn.tdkt.support.outbox.OutboxWrites",
            "vn.tdkt.support.security.Action",
            "vn.tdkt.support.security.Actor",
            "vn.tdkt.support.security.AccessPolicy",
            "vn.tdkt.support.security.Authorizer",
            "vn.tdkt.support.security.Decision",
            "vn.tdkt.support.security.PersonalData",
            "vn.tdkt.support.security.Role",
            "vn.tdkt.support.security.UnitTree",
            "vn.tdkt.support.security.WebSecurityProperties",
            "vn.tdkt.support.security.ServiceSecurityAutoConfiguration",
            "vn.tdkt.support.audit.Audit",
            "vn.tdkt.support.audit.AuditLog",
            "vn.tdkt.support.audit.AuditRecord",
            "vn.tdkt.support.audit.Verification",
            "vn.tdkt.support.audit.AuditAutoConfiguration",
            "vn.tdkt.support.bson.DirectBson",
            "vn.tdkt.support.paging.PageQuery",
            "vn.tdkt.support.paging.PageResponse",
            "vn.tdkt.support.web.WebHardeningProperties",
            "vn.tdkt.support.web.WebHardeningAutoConfiguration",
            "vn.tdkt.support.web.ETags",
            "vn.tdkt.support.web.RequestBodies",
            "vn.tdkt.support.problem.ForbiddenException",
            "vn.tdkt.support.problem.ProblemResponses",
            "vn.tdkt.support.logging.MaskingLogCustomizer",
            "vn.tdkt.support.inbox.Inbox",
            "vn.tdkt.support.inbox.PoisonEventException",
            "vn.tdkt.support.inbox.InboxAutoConfiguration",
            "vn.tdkt.support.problem.FieldError",
            "vn.tdkt.support.problem.NotFoundException",
            "vn.tdkt.support.problem.ConflictException",
            "vn.tdkt.support.problem.RuleViolationException",
            "vn.tdkt.support.problem.InvalidInputException",
            "vn.tdkt.support.problem.ProblemAutoConfiguration",
            "vn.tdkt.support.deadletter.DeadLetterAutoConfiguration",
            "vn.tdkt.support.text.SearchTerms",
            "vn.tdkt.support.text.Utf8Spool",
            "vn.tdkt.support.tracing.Traceparents",
            "vn.tdkt.support.kafka.KafkaConnection",
            "vn.tdkt.support.kafka.KafkaConnectionAutoConfiguration",
            "vn.tdkt.support.mongo.MongoTimeoutsAutoConfiguration",
            "vn.tdkt.support.unitdirectory.DirectoryUnit",
            "vn.tdkt.support.unitdirectory.UnitDirectory",
            "vn.tdkt.support.unitdirectory.UnitDirectoryConfiguration",
            "vn.tdkt.support.campaigndirectory.DirectoryCampaign",
            "vn.tdkt.support.campaigndirectory.CampaignDirectory",
            "vn.tdkt.support.campaigndirectory.CampaignDirectoryConfiguration",
            "vn.tdkt.support.statistics.ReportPeriod",
            "vn.tdkt.support.statistics.StatisticsScope");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.tdkt.support");

    @Test
    void onlyTheDocumentedApiIsPublic() {
        classes().that().haveModifier(JavaModifier.PUBLIC).and().areTopLevelClasses()
                .should().haveNameMatching(String.join("|", PUBLIC_API).replace(".", "\\."))
                .check(MAIN);
    }

    @Test
    void supportKnowsNoService() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("vn.tdkt.campaign..", "vn.tdkt.nomination..",
                "vn.tdkt.delegate..", "vn.tdkt.notification..", "vn.tdkt.localstack..", "vn.tdkt.embeddedmongo..")
                .check(MAIN);
    }
}
