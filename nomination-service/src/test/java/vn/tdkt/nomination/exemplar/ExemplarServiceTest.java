package vn.tdkt.nomination.exemplar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
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
import vn.tdkt.nomination.EmbeddedMongo;
import vn.tdkt.nomination.FixedClock;
import vn.tdkt.nomination.MongoConfiguration;
import vn.tdkt.support.outbox.OutboxProperties;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.outbox.OutboxWrites;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.problem.RuleViolationException;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/**
 * The register on the embedded MongoDB, on 20 January 2026 (deadline day 25, reminders 5 days before): the
 * December registrations are due, November's are missed.
 */
@DataMongoTest
@Import({ExemplarService.class, ExemplarRepository.class, OutboxWrites.class, MongoConfiguration.class,
        FixedClock.class, ExemplarServiceTest.Wiring.class})
@EnableConfigurationProperties({OutboxProperties.class, ExemplarProperties.class})
class ExemplarServiceTest {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        EmbeddedMongo.register(registry, "tdkt_nomination_exemplars");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Wiring {
        @Bean
        UnitDirectory unitDirectory(org.springframework.data.mongodb.core.MongoOperations mongo, java.time.Clock clock) {
            return new UnitDirectory(mongo, clock);
        }
    }

    static final YearMonth DECEMBER = YearMonth.of(2025, 12);
    static final YearMonth NOVEMBER = YearMonth.of(2025, 11);

    @Autowired
    ExemplarService exemplars;
    @Autowired
    MongoTemplate mongo;
    @MockitoBean
    OutboxRelay relay;

    @BeforeEach
    void department() {
        for (String c : List.of("units", "exemplar_registrations", "exemplar_reminders")) {
            mongo.remove(new Query(), c);
        }
        mongo.save(Exemplars.unit("LS", "Tỉnh Lạng Sơn", "PROVINCE", null));
        mongo.save(Exemplars.unit("LS-STC", "Sở Tài chính", "DEPARTMENT", "LS"));
        mongo.save(Exemplars.unit("LS-STC-VP", "Văn phòng Sở", "OFFICE", "LS-STC"));
        mongo.save(Exemplars.unit("LS-STC-QLG", "Phòng Quản lý giá và công sản", "OFFICE", "LS-STC"));
        mongo.save(Exemplars.retired("LS-STC-NS", "OFFICE", "LS-STC"));
        mongo.save(Exemplars.unit("LS-CL", "Huyện Chi Lăng", "DISTRICT", "LS"));
        mongo.save(Exemplars.unit("LS-CL-VP", "Văn phòng HĐND và UBND huyện", "OFFICE", "LS-CL"));
    }

    @Test
    void anOfficeRegistersOnceAMonthAndRevisesUntilTheDeadline() {
        ExemplarService.Registered first = exemplars.register("LS-STC-VP", DECEMBER, List.of(Exemplars.ANH), "a");
        ExemplarService.Registered second = exemplars.register("LS-STC-VP", DECEMBER,
                List.of(Exemplars.ANH, Exemplars.GIA), "b");

        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.versionBefore()).isZero();
        Document stored = mongo.getCollection("exemplar_registrations").find(new Document("_id", "LS-STC-VP:2025-12"))
                .first();
        assertThat(stored.getLong("version")).isEqualTo(1);
        assertThat(stored.getList("entries", Document.class)).hasSize(2);
        assertThat(stored.getList("pendingEvents", Document.class)).extracting(e -> e.getString("type"))
                .containsOnly("tdkt.nomination.exemplars-registered.v1").hasSize(2);
        assertThatThrownBy(() -> exemplars.register("LS-STC-VP", NOVEMBER, List.of(), "a"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> exemplars.register("LS-STC-NS", DECEMBER, List.of(), "a"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("no longer active");
    }

    @Test
    void theBookListsByMonthThenUnitThenTheOfficesOrderInPages() {
        exemplars.register("LS-STC-VP", DECEMBER, List.of(Exemplars.ANH, Exemplars.GIA), "a");
        exemplars.register("LS-STC-QLG", DECEMBER, List.of(Exemplars.GIA), "a");
        exemplars.register("LS-STC-VP", YearMonth.of(2026, 1), List.of(Exemplars.ANH), "a");
        exemplars.register("LS-CL-VP", DECEMBER, List.of(Exemplars.ANH), "a");

        var page = exemplars.book("LS-STC", DECEMBER, YearMonth.of(2026, 1), PageQuery.of(0, 2));
        var rest = exemplars.book("LS-STC", DECEMBER, YearMonth.of(2026, 1), PageQuery.of(1, 2));

        assertThat(page.totalItems()).isEqualTo(4);
        assertThat(page.items()).extracting(BookLine::unitCode, BookLine::no)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LS-STC-QLG", 1),
                        org.assertj.core.groups.Tuple.tuple("LS-STC-VP", 1));
        assertThat(rest.items()).extracting(BookLine::month, BookLine::no)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2025-12", 2),
                        org.assertj.core.groups.Tuple.tuple("2026-01", 1));
        assertThat(page.items().get(1).name()).isEqualTo("Nguyễn Thị Ánh");
        assertThat(page.items().get(1).unitName()).isEqualTo("Văn phòng Sở");
        assertThat(exemplars.book("LS", DECEMBER, DECEMBER, PageQuery.of(0, 20)).totalItems()).isEqualTo(4);
        assertThat(exemplars.book("KHONG-CO", DECEMBER, DECEMBER, PageQuery.of(0, 20)).totalItems()).isZero();
    }

    @Test
    void missingAreTheActiveOfficesUnderTheUnitWithoutARegistration() {
        exemplars.register("LS-STC-VP", DECEMBER, List.of(), "a"); // "nobody this month" counts as registered

        var missing = exemplars.missing("LS-STC", DECEMBER, PageQuery.of(0, 20));

        assertThat(missing.items()).extracting(m -> m.office().code()).containsExactly("LS-STC-QLG");
        assertThat(missing.items().getFirst().deadline()).isEqualTo(java.time.LocalDate.of(2026, 1, 25));
        assertThat(missing.items().getFirst().deadlinePassed()).isFalse();
        assertThat(exemplars.missing("LS", NOVEMBER, PageQuery.of(0, 20)).items())
                .extracting(m -> m.office().code()).containsExactly("LS-CL-VP", "LS-STC-QLG", "LS-STC-VP")
                .hasSize(3);
        assertThat(exemplars.missing("LS", NOVEMBER, PageQuery.of(0, 20)).items())
                .allSatisfy(m -> assertThat(m.deadlinePassed()).isTrue());
    }

    @Test
    void remindersArePublishedOncePerOfficeAndMonth() {
        exemplars.register("LS-STC-VP", DECEMBER, List.of(Exemplars.ANH), "a");

        int first = exemplars.remind();
        int second = exemplars.remind();

        // December due for the two offices not registered; November missed for all three active offices.
        assertThat(first).isEqualTo(2 + 3);
        assertThat(second).isZero();
        List<Document> reminders = mongo.getCollection("exemplar_reminders").find().into(new java.util.ArrayList<>());
        assertThat(reminders).extracting(d -> d.getString("_id")).containsExactlyInAnyOrder(
                "DUE:LS-STC-QLG:2025-12", "DUE:LS-CL-VP:2025-12", "MISSED:LS-STC-QLG:2025-11",
                "MISSED:LS-STC-VP:2025-11", "MISSED:LS-CL-VP:2025-11");
        Document due = reminders.stream().filter(d -> d.getString("_id").equals("DUE:LS-STC-QLG:2025-12")).findFirst()
                .orElseThrow();
        Document event = due.getList("pendingEvents", Document.class).getFirst();
        assertThat(event.getString("type")).isEqualTo("tdkt.nomination.exemplar-registration-due.v1");
        assertThat(event.getString("payload")).contains("\"parentUnitCode\":\"LS-STC\"")
                .contains("\"deadline\":\"2026-01-25\"").contains("Phòng Quản lý giá và công sản");
    }
}
