package vn.tdkt.nomination.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import vn.tdkt.nomination.award.AwardCatalogue;
import vn.tdkt.nomination.eligibility.EligibilityExplainer;

/** The appraisal rule and the quota guardrails hold for any answer and any counts, not only the tables. */
class DossierPropertiesTest {

    /** 0 = MET, 1 = NOT_MET, 2 = UNKNOWN without a note, 3 = UNKNOWN with a note. */
    @Property
    void anAppraisalPassesExactlyWhenCompleteNothingFailsAndEveryUnknownIsNoted(
            @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 3) Integer> kinds,
            @ForAll @IntRange(min = 0, max = 2) int gapCount) {
        List<EligibilityExplainer.CriterionAnswer> criteria = new ArrayList<>();
        Map<String, String> notes = new HashMap<>();
        for (int i = 0; i < kinds.size(); i++) {
            String status = switch (kinds.get(i)) {
                case 0 -> "MET";
                case 1 -> "NOT_MET";
                default -> "UNKNOWN";
            };
            criteria.add(new EligibilityExplainer.CriterionAnswer("C" + i, status, "reason " + i, "Điều " + i));
            if (kinds.get(i) == 3 || kinds.get(i) == 1 && i % 2 == 0) {
                notes.put("C" + i, "ghi chú của người thẩm định");
            }
        }
        List<String> gaps = new ArrayList<>();
        for (int i = 0; i < gapCount; i++) {
            gaps.add("Thiếu " + i);
        }
        Nomination.Appraisal appraisal = Appraisals.of(new EligibilityExplainer.Answer("vn-2024", "X", criteria),
                gaps, notes, "a", Dossiers.NOW);
        long failing = kinds.stream().filter(k -> k == 1 || k == 2).count();
        assertThat(appraisal.passed()).isEqualTo(gapCount == 0 && failing == 0);
        assertThat(appraisal.proposedReasons()).hasSize((int) (gapCount + failing));
        assertThat(appraisal.notedCriteria()).hasSize((int) kinds.stream().filter(k -> k == 3).count());
    }

    @Property
    void theCapIsTheShareOfTheBaseAndAWarningComesExactlyWhenItCouldBeExceeded(
            @ForAll @LongRange(max = 10_000) long baseHonours, @ForAll @LongRange(max = 500) long baseApproved,
            @ForAll @LongRange(max = 500) long honours, @ForAll @LongRange(max = 500) long approved,
            @ForAll @LongRange(max = 500) long pending) {
        Guardrails.Figures cstdcs = Guardrails.of(GuardrailsTest.BEFORE_2024, AwardCatalogue.ALL, Map.of(
                "LAO_DONG_TIEN_TIEN", new Guardrails.Counts(0, baseApproved, baseHonours),
                "CSTD_CO_SO", new Guardrails.Counts(pending, approved, honours))).stream()
                .filter(f -> f.awardCode().equals("CSTD_CO_SO")).findFirst().orElseThrow();
        long base = baseHonours + baseApproved;
        assertThat(cstdcs.quota().limit()).isEqualTo(base * 15 / 100);
        assertThat(cstdcs.warnings().isEmpty()).isEqualTo(honours + approved + pending <= cstdcs.quota().limit());
    }
}
