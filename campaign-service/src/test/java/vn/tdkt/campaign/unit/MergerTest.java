package vn.tdkt.campaign.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.campaign.unit.UnitLifecycleTest.CLOCK;
import static vn.tdkt.campaign.unit.UnitLifecycleTest.REFORM;
import static vn.tdkt.campaign.unit.UnitLifecycleTest.code;
import static vn.tdkt.campaign.unit.UnitLifecycleTest.unit;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.support.problem.FieldError;

/**
 * Every rule of a merger, as a table over one registry: LS ─┬─ LS-CL ─┬─ LS-CL-NL, LS-CL-DM (communes),
 * LS-CL-QL (already merged into LS-CL-DM), LS-CL-CD (inactive); LS ── LS-HL.
 */
class MergerTest {

    private static Map<UnitCode, Unit> registry() {
        Map<UnitCode, Unit> units = new LinkedHashMap<>();
        for (String[] pair : new String[][]{{"LS", null}, {"LS-CL", "LS"}, {"LS-HL", "LS"}, {"LS-CL-NL", "LS-CL"},
                {"LS-CL-DM", "LS-CL"}, {"LS-CL-QL", "LS-CL"}, {"LS-CL-CD", "LS-CL"}}) {
            units.put(code(pair[0]), unit(pair[0], pair[1]));
        }
        units.get(code("LS-CL-QL")).mergeInto(code("LS-CL-DM"), REFORM, CLOCK);
        units.get(code("LS-CL-CD")).deactivate(REFORM, CLOCK);
        return units;
    }

    private static Merger merger(String successor, String parent, String... sources) {
        return merger(successor, UnitLevel.COMMUNE, parent, sources);
    }

    private static Merger merger(String successor, UnitLevel level, String parent, String... sources) {
        return new Merger(REFORM, Arrays.stream(sources).map(UnitCode::new).toList(),
                new Merger.Successor(code(successor), "UBND xã mới", level, parent == null ? null : code(parent), 30,
                        List.of()));
    }

    /** What check() needs: the units named, and the ancestors of the successor's parent. */
    private static List<FieldError> check(Merger merger) {
        Map<UnitCode, Unit> registry = registry();
        List<UnitCode> ancestors = Map.of(
                "LS-CL", List.of(code("LS")), "LS", List.<UnitCode>of(), "LS-HL", List.of(code("LS")),
                "LS-CL-NL", List.of(code("LS-CL"), code("LS")), "LS-CL-CD", List.of(code("LS-CL"), code("LS")))
                .getOrDefault(merger.successor().parentCode() == null ? "" : merger.successor().parentCode().value(),
                        List.of());
        return merger.check(registry, ancestors);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("no sources", merger("LS-NEW", "LS-CL"), "sourceCodes", "at least one"),
                Arguments.of("into itself", merger("LS-CL-NL", "LS-CL", "LS-CL-NL"), "successor.code", "into itself"),
                Arguments.of("listed twice", merger("LS-NEW", "LS-CL", "LS-CL-NL", "LS-CL-DM", "LS-CL-NL"),
                        "sourceCodes[2]", "twice"),
                Arguments.of("unknown source", merger("LS-NEW", "LS-CL", "LS-CL-NL", "LS-CL-XX"), "sourceCodes[1]",
                        "no unit LS-CL-XX"),
                Arguments.of("already merged", merger("LS-NEW", "LS-CL", "LS-CL-NL", "LS-CL-QL"), "sourceCodes[1]",
                        "MERGED (into LS-CL-DM)"),
                Arguments.of("inactive", merger("LS-NEW", "LS-CL", "LS-CL-NL", "LS-CL-CD"), "sourceCodes[1]", "INACTIVE"),
                Arguments.of("successor taken", merger("LS-HL", "LS-CL", "LS-CL-NL", "LS-CL-DM"), "successor.code",
                        "already registered"),
                Arguments.of("unknown parent", merger("LS-NEW", "LS-XX", "LS-CL-NL", "LS-CL-DM"),
                        "successor.parentCode", "no unit LS-XX"),
                Arguments.of("parent is a source", merger("LS-NEW", "LS-CL-NL", "LS-CL-NL", "LS-CL-DM"),
                        "successor.parentCode", "merged here"),
                Arguments.of("parent is inactive", merger("LS-NEW", "LS-CL-CD", "LS-CL-NL", "LS-CL-DM"),
                        "successor.parentCode", "INACTIVE"),
                Arguments.of("kept source changes level", merger("LS-CL-NL", UnitLevel.DISTRICT, "LS-CL", "LS-CL-NL",
                        "LS-CL-DM"), "successor.level", "keeps its level"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesNamingTheField(String name, Merger merger, String field, String message) {
        assertThat(check(merger)).anySatisfy(error -> {
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.message()).contains(message);
        });
    }

    @Test
    void everyReasonIsReportedAtOnce() {
        assertThat(check(merger("LS-HL", "LS-XX", "LS-CL-XX", "LS-CL-QL", "LS-CL-QL")))
                .extracting(FieldError::field)
                .containsExactly("sourceCodes[0]", "sourceCodes[1]", "sourceCodes[2]", "successor.code",
                        "successor.parentCode");
    }

    @Test
    void twoCommunesIntoANewOne() {
        Merger merger = merger("LS-NL", "LS-CL", "LS-CL-NL", "LS-CL-DM");

        assertThat(check(merger)).isEmpty();
        assertThat(merger.keepsASource()).isFalse();
        assertThat(merger.mergedCodes()).containsExactly(code("LS-CL-NL"), code("LS-CL-DM"));
    }

    @Test
    void aSourceMayBeKeptAsTheSuccessor() {
        Merger merger = merger("LS-CL-NL", "LS-CL", "LS-CL-NL", "LS-CL-DM");

        assertThat(check(merger)).isEmpty();
        assertThat(merger.keepsASource()).isTrue();
        assertThat(merger.mergedCodes()).containsExactly(code("LS-CL-DM"));
    }

    @Test
    void aDistrictAbolishedIntoTheProvinceTakesItsCommunesAlong() {
        // the 2025 reform: the district goes, its communes come directly under the province via the successor
        assertThat(check(merger("LS-NEW", UnitLevel.DISTRICT, "LS", "LS-CL", "LS-HL"))).isEmpty();
    }
}
