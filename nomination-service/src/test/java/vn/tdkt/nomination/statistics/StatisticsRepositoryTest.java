package vn.tdkt.nomination.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.tdkt.nomination.EmbeddedMongo;
import vn.tdkt.nomination.MongoConfiguration;
import vn.tdkt.support.statistics.ReportPeriod;

/**
 * The aggregations on the embedded MongoDB, over documents shaped as the features store them: only the subtree,
 * only the period (its edges in Vietnam's days), grouped as the figures need.
 */
@DataMongoTest
@Import({StatisticsRepository.class, MongoConfiguration.class})
class StatisticsRepositoryTest {

    static final Set<String> CHI_LANG = Set.of("LS-CL", "LS-CL-NL");
    static final ReportPeriod YEAR_2025 = ReportPeriod.parse("2025-01-01", "2025-12-31");

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        EmbeddedMongo.register(registry, "tdkt_nomination_statistics");
    }

    @Autowired
    StatisticsRepository counts;
    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void documents() {
        for (String c : List.of(StatisticsRepository.NOMINATIONS, StatisticsRepository.DECISIONS,
                StatisticsRepository.EXEMPLARS, StatisticsRepository.SESSIONS)) {
            mongo.remove(new Query(), c);
        }
        nomination("n-1", "LS-CL-NL", "2024-12-31T17:00:00Z", "LAO_DONG_TIEN_TIEN", "DECIDED"); // 1/1/2025 in Hà Nội
        nomination("n-2", "LS-CL-NL", "2025-06-01T00:00:00Z", "LAO_DONG_TIEN_TIEN", "DECIDED");
        nomination("n-3", "LS-CL", "2025-06-01T00:00:00Z", "CSTD_CO_SO", "SUBMITTED");
        nomination("n-4", "LS-CL", "2024-12-31T16:59:59Z", "CSTD_CO_SO", "SUBMITTED");          // 2024 still
        nomination("n-5", "LS-HL", "2025-06-01T00:00:00Z", "CSTD_CO_SO", "SUBMITTED");          // not Chi Lăng
        mongo.insert(new Document("_id", "d-1").append("date", LocalDate.of(2025, 12, 31)).append("grantorLevel", "DISTRICT")
                .append("honours", List.of(honour("LS-CL-NL", "INDIVIDUAL"), honour("LS-HL", "INDIVIDUAL"),
                        honour("LS-CL", "COLLECTIVE"))), StatisticsRepository.DECISIONS);
        mongo.insert(new Document("_id", "d-2").append("date", LocalDate.of(2026, 1, 1)).append("grantorLevel", "DISTRICT")
                .append("honours", List.of(honour("LS-CL-NL", "INDIVIDUAL"))), StatisticsRepository.DECISIONS);
        mongo.insert(new Document("_id", "LS-CL-NL:2025-03").append("unitCode", "LS-CL-NL").append("month", "2025-03")
                .append("entries", List.of(new Document("recipientKind", "INDIVIDUAL"),
                        new Document("recipientKind", "COLLECTIVE"))), StatisticsRepository.EXEMPLARS);
        mongo.insert(new Document("_id", "LS-CL-NL:2026-01").append("unitCode", "LS-CL-NL").append("month", "2026-01")
                .append("entries", List.of(new Document("recipientKind", "INDIVIDUAL"))), StatisticsRepository.EXEMPLARS);
        session("s-1", "LS-CL", "CLOSED", 3);
        session("s-2", "LS-CL-NL", "OPEN", 1);
        session("s-3", "LS-HL", "CLOSED", 5);
    }

    private void nomination(String id, String unit, String createdAt, String award, String status) {
        mongo.insert(new Document("_id", id).append("nominatingUnitCode", unit).append("createdAt",
                Instant.parse(createdAt)).append("awardCode", award).append("status", status),
                StatisticsRepository.NOMINATIONS);
    }

    private static Document honour(String unit, String kind) {
        return new Document("nomineeUnitCode", unit).append("recipientKind", kind).append("awardCode", "GIAY_KHEN")
                .append("nomineeId", "CB-1");
    }

    private void session(String id, String council, String status, int dossiers) {
        List<Document> items = java.util.stream.IntStream.range(0, dossiers)
                .mapToObj(i -> new Document("nominationId", id + "-" + i)).toList();
        mongo.insert(new Document("_id", id).append("councilUnitCode", council).append("status", status)
                .append("openedAt", Instant.parse("2025-05-05T02:00:00Z")).append("items", items),
                StatisticsRepository.SESSIONS);
    }

    @Test
    void nominationsAreTheSubtreesCreatedOnADayOfThePeriodInVietnam() {
        assertThat(counts.nominations(CHI_LANG, YEAR_2025)).extracting(r -> r.text("awardCode") + " " + r.text("status")
                + " " + r.count()).containsExactlyInAnyOrder("LAO_DONG_TIEN_TIEN DECIDED 2", "CSTD_CO_SO SUBMITTED 1");
    }

    @Test
    void honoursAreThoseOnTheSubtreesPeopleByDecisionsDatedInThePeriod() {
        assertThat(counts.honoursConferred(CHI_LANG, YEAR_2025)).extracting(r -> r.text("awardCode") + " "
                        + r.text("grantorLevel") + " " + r.text("recipientKind") + " " + r.count())
                .containsExactlyInAnyOrder("GIAY_KHEN DISTRICT INDIVIDUAL 1", "GIAY_KHEN DISTRICT COLLECTIVE 1");
    }

    @Test
    void exemplarsAndOfficesAreCountedPerMonthOfThePeriod() {
        assertThat(counts.exemplars(CHI_LANG, YEAR_2025)).extracting(r -> r.text("month") + " "
                + r.text("recipientKind") + " " + r.count())
                .containsExactlyInAnyOrder("2025-03 INDIVIDUAL 1", "2025-03 COLLECTIVE 1");
        assertThat(counts.registeringOffices(CHI_LANG, YEAR_2025)).extracting(r -> r.text("month") + " " + r.count())
                .containsExactly("2025-03 1");
    }

    @Test
    void sessionsOpenedInThePeriodByStatusAndTheDossiersOfTheClosedOnes() {
        assertThat(counts.sessions(CHI_LANG, YEAR_2025)).extracting(r -> r.text("status") + " " + r.count())
                .containsExactlyInAnyOrder("CLOSED 1", "OPEN 1");
        assertThat(counts.dossiersVoted(CHI_LANG, YEAR_2025)).isEqualTo(3);
        assertThat(counts.sessions(CHI_LANG, ReportPeriod.parse("2026-01-01", "2026-12-31"))).isEmpty();
    }
}
