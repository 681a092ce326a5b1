package vn.tdkt.delegate.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.delegate.congress.CongressFixtures.CLOCK;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Chi Lăng calendar: the pilot commune in February, the communes in the first quarter, the district in April. */
class TimelineTest {

    final InMemoryCongresses repository = new InMemoryCongresses();

    private Congress put(Congress congress) {
        repository.stored.put(congress.id(), congress);
        return congress;
    }

    private Timeline timeline(Congress root, LocalDate today) {
        return Timeline.build(root, repository::lowerOf, c -> Optional.of(c.upperCongressId() == null ? "LS" : "LS-CL"),
                today, 100);
    }

    @Test
    void thePilotComesFirstThenTheOtherCommunesThenTheDistrict() {
        Congress district = put(CongressFixtures.district());
        Congress chiLang = put(CongressFixtures.commune(district, "LS-CL-CL", LocalDate.of(2025, 3, 10), false, 260));
        Congress dongMo = put(CongressFixtures.commune(district, "LS-CL-DM", LocalDate.of(2025, 3, 5), false, 120));
        Congress nhanLy = put(CongressFixtures.commune(district, "LS-CL-NL", CongressFixtures.PILOT_DAY, true, 150));

        Timeline timeline = timeline(district, LocalDate.of(2025, 2, 10));

        assertThat(timeline.nodes()).extracting(Timeline.Node::organiserUnitCode)
                .containsExactly("LS-CL-NL", "LS-CL-DM", "LS-CL-CL", "LS-CL");
        assertThat(timeline.nodes()).extracting(Timeline.Node::depth).containsExactly(1, 1, 1, 0);
        Timeline.Node pilot = timeline.nodes().getFirst();
        assertThat(pilot.documentsDueOn()).isEqualTo(LocalDate.of(2025, 2, 5));
        assertThat(pilot.documents()).extracting(Timeline.DocumentLine::state).containsOnly(DocumentState.LATE);
        assertThat(pilot.problems()).isEmpty();
        assertThat(timeline.nodes().get(1).documents()).extracting(Timeline.DocumentLine::state)
                .containsOnly(DocumentState.DUE);
        assertThat(timeline.truncated()).isFalse();
        assertThat(chiLang.pilot()).isFalse();
        assertThat(dongMo.pilot()).isFalse();
        assertThat(nhanLy.pilot()).isTrue();
    }

    @Test
    void orderingConflictsAndALatePilotAreProblems() {
        Congress district = put(CongressFixtures.district());
        put(CongressFixtures.commune(district, "LS-CL-DM", LocalDate.of(2025, 3, 5), false, 120));
        Congress late = put(CongressFixtures.commune(district, "LS-CL-NL", CongressFixtures.PILOT_DAY, true, 150));
        late.reschedule(CongressFixtures.DISTRICT_DAY, new Congress.ScheduleOverride("Thiên tai",
                java.util.List.of("…")), CLOCK);
        Congress undecided = put(CongressFixtures.commune(district, "LS-CL-CL", LocalDate.of(2025, 3, 10), false, 200));

        Timeline timeline = timeline(district, LocalDate.of(2025, 2, 10));

        Timeline.Node pilot = timeline.nodes().stream().filter(n -> n.organiserUnitCode().equals("LS-CL-NL"))
                .findFirst().orElseThrow();
        assertThat(pilot.problems()).extracting(Timeline.Problem::type)
                .containsExactly("ORDER_OVERRIDDEN", "PILOT_NOT_FIRST");
        assertThat(timeline.nodes().stream().filter(n -> n.congressId().equals(undecided.id().value())).findFirst()
                .orElseThrow().problems()).extracting(Timeline.Problem::type).containsExactly("FORM_UNDECIDED");
    }

    @Test
    void theExportIsSafeAgainstFormulas() {
        Congress district = put(CongressFixtures.district());
        Congress pilot = CongressFixtures.commune(district, "LS-CL-NL", CongressFixtures.PILOT_DAY, true, 150);
        pilot.revise(new Congress.Revision("=HYPERLINK(\"http://x\")", null, null, null, null, null), CLOCK);
        put(pilot);

        var rows = TimelineExport.rows(timeline(district, LocalDate.of(2025, 2, 10)));

        assertThat(rows).hasSize(8);
        assertThat(rows.getFirst()).contains("Hội nghị toàn thể", "Kế hoạch", "2025-02-05", "LATE");
        assertThat(TimelineExport.looksLikeFormula(rows.getFirst().get(3))).isTrue();
        String csv = new String(TimelineExport.download(timeline(district, LocalDate.of(2025, 2, 10)),
                TimelineExport.Format.CSV).getBody(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFThứ tự,Cấp").contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
    }
}
