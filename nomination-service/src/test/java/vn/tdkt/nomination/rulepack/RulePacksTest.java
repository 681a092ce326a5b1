package vn.tdkt.nomination.rulepack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.support.problem.RuleViolationException;

/** The built-in packs load and version by decision date; a broken pack is refused naming file and field. */
class RulePacksTest {

    static final RulePacks BUILT_IN = RulePacks.load(new RulePackProperties(null));

    /** A province's own pack, as a province would write it (an example for the tests, not a real regulation). */
    static final String PROVINCE_PACK = """
            id: ls-2024
            name: Ví dụ kiểm thử – quy định cấp tỉnh (không phải văn bản thật)
            jurisdiction: LS
            extends: vn-2024
            effectiveFrom: 2024-01-01
            effectiveTo: 2025-06-30
            instruments: [Quy định mẫu dùng trong kiểm thử]
            awards:
              GIAY_KHEN:
                criteria:
                  - code: RECIPIENT
                    rule: RECIPIENT_KIND
                    citation: Điều 5 khoản 2 Luật 06/2022/QH15
                  - code: ADVANCED_WORKER
                    rule: TITLE_CHAIN
                    params: {title: LAO_DONG_TIEN_TIEN, times: 1}
                    citation: Quy định mẫu dùng trong kiểm thử, Điều 3
                  - code: NO_PENDING_DISCIPLINE
                    rule: DISCIPLINE
                    citation: Điều 4 khoản 2 Nghị định 98/2023/NĐ-CP
              CSTD_CO_SO:
                quota:
                  maxShare: 0.15
                  of: LAO_DONG_TIEN_TIEN
                  citation: Quy định mẫu dùng trong kiểm thử, Điều 4
            """;

    @Test
    void threeNationalPacksWithDisjointRanges() {
        assertThat(BUILT_IN.all()).extracting(RulePack::id)
                .containsExactly("vn-before-2024", "vn-2024", "vn-2025-07");
        assertThat(BUILT_IN.byId("vn-2024").orElseThrow().effectiveFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(BUILT_IN.byId("vn-2024").orElseThrow().effectiveTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(BUILT_IN.byId("vn-2025-07").orElseThrow().effectiveTo()).isNull();
        assertThat(BUILT_IN.byId("vn-before-2024").orElseThrow().effectiveFrom()).isNull();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"2017-10-01, vn-before-2024", "2023-12-31, vn-before-2024", "2024-01-01, vn-2024",
                "2025-06-30, vn-2024", "2025-07-01, vn-2025-07", "2031-01-01, vn-2025-07"})
    void theDecisionDateSelectsThePack(LocalDate date, String pack) {
        assertThat(BUILT_IN.select(date, null).id()).isEqualTo(pack);
    }

    @Test
    void aNamedPackMustCoverTheDateAndExist() {
        assertThatThrownBy(() -> BUILT_IN.select(LocalDate.of(2023, 5, 1), "vn-2024"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.errors().getFirst().field()).isEqualTo("decisionDate"));
        assertThatThrownBy(() -> BUILT_IN.select(LocalDate.of(2024, 5, 1), "vn-1990"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.errors().getFirst().field()).isEqualTo("rulePack"));
    }

    @Test
    void aDateOutsideEveryPackIsRefusedNamingTheDate() {
        RulePacks bounded = RulePacks.of(files("2-vn-2024.yaml", builtIn("2-vn-2024.yaml")), new ArrayList<>());

        assertThatThrownBy(() -> bounded.select(LocalDate.of(2026, 1, 1), null))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.errors().getFirst().field()).isEqualTo("decisionDate");
                    assertThat(e.errors().getFirst().message()).contains("outside every rule pack");
                });
    }

    @Test
    void everyValueCarriesItsCitation() {
        for (RulePack pack : BUILT_IN.all()) {
            pack.awards().values().forEach(rules -> {
                rules.criteria().forEach(c -> assertThat(c.citation()).as(pack.id() + " " + c.path()).isNotBlank());
                rules.authority().forEach(g -> assertThat(g.citation()).as(pack.id() + " authority").contains("Điều"));
                assertThat(!rules.authority().isEmpty() || rules.authorityUnconfirmed() != null)
                        .as(pack.id() + " " + rules.awardCode() + " says who grants it, or why it cannot").isTrue();
                if (rules.quota() != null) {
                    assertThat(rules.quota().citation() != null || rules.quota().unconfirmed() != null).isTrue();
                }
            });
        }
        assertThat(BUILT_IN.byId("vn-before-2024").orElseThrow().awards().get("CSTD_CO_SO").quota().maxShare())
                .isEqualTo(0.15);
    }

    @Test
    void theDistrictGrantsNothingFromJuly2025() {
        assertThat(BUILT_IN.authorityOf("CSTD_CO_SO", LocalDate.of(2025, 3, 1)).grants())
                .extracting(g -> g.level()).contains("DISTRICT");
        assertThat(BUILT_IN.authorityOf("CSTD_CO_SO", LocalDate.of(2025, 8, 1)).grants())
                .extracting(g -> g.level()).doesNotContain("DISTRICT");
        assertThat(BUILT_IN.authorityOf("CSTD_CO_SO", LocalDate.of(2025, 8, 1)).unconfirmed()).contains("commune");
        assertThat(BUILT_IN.authorityOf("BANG_KHEN_THU_TUONG", LocalDate.of(2025, 8, 1)).grants())
                .singleElement().satisfies(g -> assertThat(g.citation()).isEqualTo("Điều 78 khoản 2 Luật 06/2022/QH15"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            effectiveTo: 2025-06-30|effectiveTo: 2023-06-30                                           |effectiveTo: must not be before effectiveFrom
            id: vn-2024|id: VN 2024                                                                    |id: must be lower-case
            criteria:|criterion:                                                                     |awards.LAO_DONG_TIEN_TIEN.criterion: is not a field of a rule pack
            citation: Điều 80 khoản 1 Luật 06/2022/QH15|citation: ""                                   |awards.LAO_DONG_TIEN_TIEN.authority[0].citation: must be a non-blank text
            LAO_DONG_TIEN_TIEN:|LAO_DONG_TIEN_TIEN_X:                                                  |awards.LAO_DONG_TIEN_TIEN_X: is not an award code
            level: COMMUNE|level: VILLAGE                                                              |authority[2].level: must be one of
            """)
    void aStructurallyBrokenPackIsRefusedNamingTheFileAndTheField(String original, String broken, String expected) {
        String text = new String(builtIn("2-vn-2024.yaml"), StandardCharsets.UTF_8).replaceFirst(
                java.util.regex.Pattern.quote(original.strip()), java.util.regex.Matcher.quoteReplacement(broken.strip()));

        assertThatThrownBy(() -> compileAll(files("2-vn-2024.yaml", text.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidRulePackException.class)
                .hasMessageContaining("2-vn-2024.yaml: ")
                .hasMessageContaining(expected.strip());
    }

    @Test
    void overlappingNationalPacksAndUnknownBasesAreRefused() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a.yaml", builtIn("2-vn-2024.yaml"));
        files.put("b.yaml", new String(builtIn("2-vn-2024.yaml"), StandardCharsets.UTF_8)
                .replace("id: vn-2024", "id: vn-2024-bis").getBytes(StandardCharsets.UTF_8));
        files.put("c.yaml", PROVINCE_PACK.replace("extends: vn-2024", "extends: vn-1999").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> RulePacks.of(files, new ArrayList<>()))
                .isInstanceOf(InvalidRulePackException.class)
                .hasMessageContaining("b.yaml: effectiveFrom: the range overlaps that of vn-2024")
                .hasMessageContaining("c.yaml: extends: 'vn-1999' is not a national pack");
    }

    @Test
    void notYamlAtAllIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> RulePacks.of(files("broken.yaml", "id: [unclosed".getBytes(StandardCharsets.UTF_8)),
                new ArrayList<>())).hasMessageContaining("broken.yaml: (file): is not valid YAML/JSON");
    }

    @Test
    void aProvinceAddsItsOwnPackFromTheExtraLocation(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("ls-2024.yaml"), PROVINCE_PACK);

        RulePacks packs = RulePacks.load(new RulePackProperties(dir.toString()));

        RulePack province = packs.byId("ls-2024").orElseThrow();
        assertThat(province.basePackId()).isEqualTo("vn-2024");
        assertThat(province.awards().get("GIAY_KHEN").criteria()).extracting(RulePack.CriterionSpec::code)
                .containsExactly("RECIPIENT", "ADVANCED_WORKER", "NO_PENDING_DISCIPLINE");
        assertThat(province.awards().get("GIAY_KHEN").authority()).as("inherited from vn-2024").isNotEmpty();
        assertThat(province.awards().get("CSTD_CO_SO").quota().maxShare()).isEqualTo(0.15);
        assertThat(province.awards().get("CSTD_CO_SO").criteria()).as("inherited").isNotEmpty();
        assertThat(province.awards()).containsKey("CSTD_TINH");
        assertThat(packs.select(LocalDate.of(2024, 10, 1), null).id()).isEqualTo("ls-2024");
        assertThat(packs.select(LocalDate.of(2025, 10, 1), null).id()).isEqualTo("vn-2025-07");
        assertThat(packs.all()).extracting(RulePack::id).endsWith("ls-2024");
    }

    @Test
    void aBrokenProvincePackStopsTheLoadNamingItsFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("ls-2024.yaml"), PROVINCE_PACK.replace("effectiveTo: 2025-06-30",
                "effectiveTo: 2026-06-30"));

        assertThatThrownBy(() -> RulePacks.load(new RulePackProperties(dir.toString())))
                .isInstanceOf(InvalidRulePackException.class)
                .hasMessageContaining("ls-2024.yaml: effectiveFrom: the range [2024-01-01, 2026-06-30] must lie within");
        assertThatThrownBy(() -> RulePacks.load(new RulePackProperties(dir.resolve("nowhere").toString())))
                .hasMessageContaining("tdkt.rule-packs.extra-location");
    }

    static void compileAll(Map<String, byte[]> files) {
        RulePacks.of(files, new ArrayList<>());
    }

    static Map<String, byte[]> files(String name, byte[] content) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(name, content);
        return files;
    }

    static byte[] builtIn(String name) {
        try (var in = RulePacksTest.class.getResourceAsStream("/rule-packs/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> ids(RulePacks packs) {
        return packs.all().stream().map(RulePack::id).toList();
    }
}
