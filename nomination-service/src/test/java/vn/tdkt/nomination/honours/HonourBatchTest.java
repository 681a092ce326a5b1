package vn.tdkt.nomination.honours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.events.nomination.HonourSource;
import vn.tdkt.events.nomination.RecipientKind;
import vn.tdkt.support.problem.FieldError;

/** A batch is all or nothing: one event per line, or the problems and nothing else. */
class HonourBatchTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-20T02:00:00Z"), ZoneOffset.UTC);

    static HonourEntry line(String recipient, int year, String award) {
        return new HonourEntry(recipient, RecipientKind.INDIVIDUAL, "Hoàng Thị Mai", "LS-STC", year, award, award,
                null, null);
    }

    @Test
    void oneEventPerLineKeyedByTheRecipient() {
        HonourBatch.Outcome outcome = HonourBatch.record(BatchId.newId(), HonourSource.CSV_IMPORT,
                List.of(line("CB-1", 2023, "CSTD_CO_SO"), line("CB-1", 2024, "CSTD_CO_SO"), line("CB-2", 2024,
                        "LAO_DONG_TIEN_TIEN")), List.of("line 2.", "line 3.", "line 4."), List.of(), CLOCK);

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.events()).extracting(e -> e.aggregateId()).containsExactly("CB-1", "CB-1", "CB-2");
        assertThat(outcome.events()).allSatisfy(e -> {
            assertThat(e.batchId()).isEqualTo(outcome.batch().id().value());
            assertThat(e.source()).isEqualTo("CSV_IMPORT");
            assertThat(e.occurredAt()).isEqualTo(CLOCK.instant());
        });
    }

    @Test
    void aRepeatedOrContradictoryLineRefusesTheWholeBatch() {
        HonourEntry collective = new HonourEntry("CB-1", RecipientKind.COLLECTIVE, null, "LS-STC", 2022,
                "TAP_THE_LDTT", "Tập thể lao động tiên tiến", null, null);
        HonourBatch.Outcome outcome = HonourBatch.record(BatchId.newId(), HonourSource.CSV_IMPORT,
                List.of(line("CB-1", 2023, "CSTD_CO_SO"), line("CB-1", 2024, "CSTD_CO_SO"),
                        line("CB-1", 2024, "CSTD_CO_SO"), collective),
                List.of("line 2.", "line 3.", "line 4.", "line 5."), List.of(line("CB-1", 2023, "CSTD_CO_SO")), CLOCK);

        assertThat(outcome.batch()).isNull();
        assertThat(outcome.events()).isEmpty();
        assertThat(outcome.problems()).extracting(FieldError::field)
                .containsExactly("line 2.award", "line 4.award", "line 5.recipientKind");
    }
}
