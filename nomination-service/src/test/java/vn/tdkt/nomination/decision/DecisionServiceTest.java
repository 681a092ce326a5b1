package vn.tdkt.nomination.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import vn.tdkt.events.unit.UnitRegistered;
import vn.tdkt.nomination.EmbeddedMongo;
import vn.tdkt.nomination.FixedClock;
import vn.tdkt.nomination.MongoConfiguration;
import vn.tdkt.nomination.honours.HonoursHistory;
import vn.tdkt.support.outbox.OutboxProperties;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.outbox.OutboxWrites;
import vn.tdkt.support.problem.ConflictException;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.RuleViolationException;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/**
 * Decisions on the embedded MongoDB with the real honours history and an in-memory fake of the dossiers:
 * the steps, their idempotence, completion after an interruption, and the uniqueness of numbers and dossiers.
 */
@DataMongoTest
@Import({DecisionService.class, DecisionRepository.class, OutboxWrites.class, MongoConfiguration.class,
        FixedClock.class, DecisionServiceTest.Wiring.class})
@EnableConfigurationProperties(OutboxProperties.class)
class DecisionServiceTest {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        EmbeddedMongo.register(registry, "tdkt_nomination_decisions");
    }

    /** The honours feature as it runs (its beans are package-private, so they are scanned), and the fake port. */
    @TestConfiguration(proxyBeanMethods = false)
    @org.springframework.context.annotation.ComponentScan(basePackages = "vn.tdkt.nomination.honours",
            includeFilters = @org.springframework.context.annotation.ComponentScan.Filter(
                    type = org.springframework.context.annotation.FilterType.REGEX,
                    pattern = ".*Honours(Service|Repository)"), useDefaultFilters = false)
    static class Wiring {

        @Bean
        InMemoryDecisionSubjects subjects() {
            return Drafts.subjects();
        }

        @Bean
        UnitDirectory unitDirectory(org.springframework.data.mongodb.core.MongoOperations mongo,
                                    java.time.Clock clock) {
            return new UnitDirectory(mongo, clock);
        }
    }

    @Autowired
    DecisionService decisions;
    @Autowired
    DecisionRepository repository;
    @Autowired
    HonoursHistory history;
    @Autowired
    InMemoryDecisionSubjects subjects;
    @Autowired
    UnitDirectory units;
    @Autowired
    MongoTemplate mongo;
    @MockitoBean
    OutboxRelay relay;

    @BeforeEach
    void empty() {
        for (String collection : List.of("decisions", "honour_batches", "units")) {
            mongo.remove(new Query(), collection);
        }
        subjects.decided.clear();
        subjects.markings.set(0);
        subjects.failNextMarkings.set(0);
        units.apply(new UnitRegistered(java.util.UUID.randomUUID(), FixedClock.NOW, "LS", 1, "LS",
                "Tỉnh Lạng Sơn", "PROVINCE", null, 0, List.of()));
    }

    @Test
    void aDecisionRecordsItsHonoursPublishesThemAndMarksItsDossiers() {
        DecisionService.Issued issued = decisions.issue(Drafts.draft("125/QĐ-UBND", "DX-1", "DX-3"), "lanhdao.tinh");

        Decision decision = issued.decision();
        assertThat(issued.created()).isTrue();
        assertThat(decision.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(decision.grantorLevel()).isEqualTo("PROVINCE");
        assertThat(history.of("CB-0042")).singleElement().satisfies(line -> {
            assertThat(line.awardCode()).isEqualTo("BANG_KHEN_TINH");
            assertThat(line.year()).isEqualTo(2025);
        });
        assertThat(history.of("TT-CL-TCKH")).hasSize(1);
        assertThat(subjects.decided).containsOnlyKeys("DX-1", "DX-3").containsValue(decision.id().value());
        Document stored = mongo.getCollection("decisions").find(new Document("_id", decision.id().value())).first();
        assertThat(stored.getList("pendingEvents", Document.class)).hasSize(2)
                .allSatisfy(e -> assertThat(e.getString("type")).isEqualTo("tdkt.nomination.honour-conferred.v1"))
                .extracting(e -> e.getString("key")).containsOnly(decision.id().value());
        assertThat(stored.getString("status")).isEqualTo("DECIDED");
        assertThat(stored.getLong("version")).isEqualTo(2);
    }

    @Test
    void theSameRequestAgainChangesNothingAndAnotherWithItsNumberIsAConflict() {
        Decision first = decisions.issue(Drafts.draft("125/QĐ-UBND", "DX-1"), "lanhdao.tinh").decision();

        DecisionService.Issued again = decisions.issue(Drafts.draft("125/qđ-ubnd", "DX-1"), "lanhdao.tinh");

        assertThat(again.created()).isFalse();
        assertThat(again.decision().id()).isEqualTo(first.id());
        assertThat(subjects.markings).hasValue(1);
        assertThat(history.of("CB-0042")).hasSize(1);
        assertThatThrownBy(() -> decisions.issue(Drafts.draft("125/QĐ-UBND", "DX-2"), "lanhdao.tinh"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("number");
        assertThat(mongo.count(new Query(), "decisions")).isOne();
    }

    @Test
    void aDossierTheDossiersRefuseIsNamedAndNothingIsStored() {
        assertThatThrownBy(() -> decisions.issue(Drafts.draft("7/QĐ-UBND", "DX-1", "DX-404"), "lanhdao.tinh"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("nominationIds[1]"));

        assertThat(mongo.count(new Query(), "decisions")).isZero();
        assertThat(mongo.count(new Query(), "honour_batches")).isZero();
        assertThat(subjects.decided).isEmpty();
    }

    @Test
    void anHonourTheHistoryAlreadyHasRefusesTheDecision() {
        decisions.issue(Drafts.draft("1/QĐ-UBND", "DX-1"), "lanhdao.tinh");
        subjects.decided.clear(); // as if another dossier of the same person and award reached the council

        assertThatThrownBy(() -> decisions.issue(Drafts.draft("2/QĐ-UBND", "DX-1"), "lanhdao.tinh"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("nominationIds[0].award"));
        assertThat(mongo.count(new Query(), "decisions")).isOne();
    }

    @Test
    void anUnknownOrRetiredGrantorIsRefused() {
        assertThatThrownBy(() -> decisions.issue(new DecisionDraft("1/QĐ", Drafts.DATE, new Signer("A", "B"),
                "LS-XX", List.of("DX-1")), "x")).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("grantorUnitCode"));
    }

    @Test
    void aDecisionInterruptedBeforeItsDossiersWereMarkedIsCompletedOnceLater() {
        subjects.failNextMarkings.set(1);

        Decision decision = decisions.issue(Drafts.draft("9/QĐ-UBND", "DX-2"), "lanhdao.tinh").decision();

        assertThat(decision.status()).isEqualTo(DecisionStatus.CONFERRED);
        assertThat(subjects.decided).isEmpty();
        assertThat(decisions.completeUnfinished(Duration.ofMinutes(1))).as("too recent to be interrupted").isZero();

        assertThat(decisions.completeUnfinished(Duration.ofMinutes(-1))).isOne();
        assertThat(decisions.completeUnfinished(Duration.ofMinutes(-1))).as("nothing left").isZero();

        Decision completed = repository.find(decision.id()).orElseThrow();
        assertThat(completed.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(subjects.decided).containsEntry("DX-2", decision.id().value());
        assertThat(history.of("CB-CL-7")).hasSize(1);
        Document stored = mongo.getCollection("decisions").find(new Document("_id", decision.id().value())).first();
        assertThat(stored.getList("pendingEvents", Document.class)).as("conferred once").hasSize(1);
    }

    @Test
    void aDecisionStoppedBeforeItsHistoryWasWrittenIsCompletedWithoutRepeatingAnything() {
        Decision decision = Decision.issue(DecisionId.newId(), Drafts.draft("10/QĐ-UBND", "DX-1", "DX-2"), "PROVINCE",
                List.of(Drafts.MAI, Drafts.SON), "lanhdao.tinh", Instant.parse("2026-01-20T01:00:00Z"));
        repository.insert(decision); // the crash came right after the insert

        decisions.completeUnfinished(Duration.ofMinutes(1));
        decisions.complete(repository.find(decision.id()).orElseThrow()); // a second instance, late: nothing to do

        assertThat(repository.find(decision.id()).orElseThrow().status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(history.of("CB-0042")).hasSize(1);
        assertThat(history.of("CB-CL-7")).hasSize(1);
        assertThat(subjects.markings).hasValue(1);
    }

    @Test
    void aDossierCanBeInOneDecisionOnly() {
        Decision stored = Decision.issue(DecisionId.newId(), Drafts.draft("11/QĐ-UBND", "DX-3"), "PROVINCE",
                List.of(Drafts.TEAM), "x", FixedClock.NOW);
        repository.insert(stored);
        Decision other = Decision.issue(DecisionId.newId(), Drafts.draft("12/QĐ-UBND", "DX-3"), "PROVINCE",
                List.of(Drafts.TEAM), "x", FixedClock.NOW);

        assertThatThrownBy(() -> repository.insert(other))
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
        assertThat(repository.deciding(List.of("DX-3"))).extracting(Decision::number).containsExactly("11/QĐ-UBND");
    }

    @Test
    void aGrantorsDecisionsAreListedNewestFirst() {
        decisions.issue(Drafts.draft("1/QĐ-UBND", "DX-1"), "x");
        decisions.issue(new DecisionDraft("2/QĐ-UBND", Drafts.DATE.plusDays(2), new Signer("A", "B"), "LS",
                List.of("DX-2")), "x");

        var page = decisions.page("LS", vn.tdkt.support.paging.PageQuery.of(0, 1));
        assertThat(page.totalItems()).isEqualTo(2);
        assertThat(page.items()).extracting(Decision::number).containsExactly("2/QĐ-UBND");
        assertThat(decisions.page("LS-CL", vn.tdkt.support.paging.PageQuery.of(0, 20)).totalItems()).isZero();
    }
}
