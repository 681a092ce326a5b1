package vn.tdkt.campaign.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The cascade of seed 000: the province's campaign, the department's implementing it, and who has not acted. */
class CascadeTest {

    private static final Instant T = Instant.parse("2024-11-20T02:00:00Z");

    private static Cascade.Entry entry(String id, String parent, String organiser, Phase phase, int minute,
                                       String... recipients) {
        return new Cascade.Entry(id, parent, "Phong trào " + id, organiser, phase, List.of(recipients),
                T.plusSeconds(60L * minute));
    }

    private static final Cascade.Entry PROVINCE = entry("tinh", null, "LS", Phase.LAUNCHED, 0,
            "LS-STC", "LS-SNV", "LS-CL");

    @Test
    void eachUnitOfTheDistributionListHasLaunchedOrNot() {
        Cascade.Node tree = Cascade.of(PROVINCE, List.of(
                entry("stc", "tinh", "LS-STC", Phase.LAUNCHED, 1, "LS-STC-VP", "LS-STC-TTRA"),
                entry("snv", "tinh", "LS-SNV", Phase.DRAFT, 2)));

        assertThat(tree.campaignId()).isEqualTo("tinh");
        assertThat(tree.recipients()).containsExactly(
                new Cascade.RecipientStatus("LS-STC", true, "stc", Phase.LAUNCHED),
                new Cascade.RecipientStatus("LS-SNV", false, "snv", Phase.DRAFT),
                new Cascade.RecipientStatus("LS-CL", false, null, null));
        assertThat(tree.implementedBy()).extracting(Cascade.Node::campaignId).containsExactly("stc", "snv");
        assertThat(tree.implementedBy().getFirst().recipients()).extracting(Cascade.RecipientStatus::launched)
                .containsExactly(false, false);
    }

    /**
     * The 2025 reform: Chi Lăng (on the province's list) was merged into LS-XCL after the plan was sent.
     * The successor's campaign counts for it; its own campaign underway, launched before the merger, first.
     */
    @Test
    void aMergedUnitHasActedWhenItsSuccessorHas() {
        Map<String, String> successors = Map.of("LS-CL", "LS-XCL", "LS-SNV", "LS-XNV", "LS-STC", "LS-XTC");
        Cascade.Node tree = Cascade.of(PROVINCE, List.of(
                entry("xcl", "tinh", "LS-XCL", Phase.LAUNCHED, 1),
                entry("xnv-nhap", "tinh", "LS-XNV", Phase.DRAFT, 2),
                entry("stc", "tinh", "LS-STC", Phase.LAUNCHED, 3),
                entry("xtc", "tinh", "LS-XTC", Phase.LAUNCHED, 4)), successors);

        assertThat(tree.recipients()).containsExactly(
                new Cascade.RecipientStatus("LS-STC", true, "stc", Phase.LAUNCHED, "LS-XTC"),
                new Cascade.RecipientStatus("LS-SNV", false, "xnv-nhap", Phase.DRAFT, "LS-XNV"),
                new Cascade.RecipientStatus("LS-CL", true, "xcl", Phase.LAUNCHED, "LS-XCL"));
        assertThat(tree.implementedBy()).extracting(Cascade.Node::campaignId).containsExactly("xcl", "xnv-nhap", "stc",
                "xtc");
    }

    @Test
    void aSuccessorsCampaignUnderwayCountsBeforeTheMergedUnitsOwnDraft() {
        assertThat(Cascade.status("LS-CL", "LS-XCL", List.of(entry("cl-nhap", "tinh", "LS-CL", Phase.DRAFT, 1),
                entry("xcl", "tinh", "LS-XCL", Phase.LAUNCHED, 2))))
                .isEqualTo(new Cascade.RecipientStatus("LS-CL", true, "xcl", Phase.LAUNCHED, "LS-XCL"));
        assertThat(Cascade.status("LS-CL", "LS-XCL", List.of()))
                .isEqualTo(new Cascade.RecipientStatus("LS-CL", false, null, null, "LS-XCL"));
        assertThat(Cascade.status("LS-CL", null, List.of(entry("xcl", "tinh", "LS-XCL", Phase.LAUNCHED, 2))))
                .as("without a merger another unit's campaign is not this unit's")
                .isEqualTo(new Cascade.RecipientStatus("LS-CL", false, null, null, null));
    }

    @Test
    void aCampaignUnderwayCountsBeforeADraftAndACancelledOneNotAtAll() {
        Cascade.Node tree = Cascade.of(PROVINCE, List.of(
                entry("cl-huy", "tinh", "LS-CL", Phase.CANCELLED, 1),
                entry("cl-nhap", "tinh", "LS-CL", Phase.DRAFT, 2),
                entry("cl-xong", "tinh", "LS-CL", Phase.CLOSED, 3),
                entry("snv-huy", "tinh", "LS-SNV", Phase.CANCELLED, 4)));

        assertThat(tree.recipients()).containsExactly(
                new Cascade.RecipientStatus("LS-STC", false, null, null),
                new Cascade.RecipientStatus("LS-SNV", false, null, null),
                new Cascade.RecipientStatus("LS-CL", true, "cl-xong", Phase.CLOSED));
    }

    @Test
    void theTreeGoesDownEveryLevelInOrderOfCreation() {
        Cascade.Node tree = Cascade.of(PROVINCE, List.of(
                entry("vp", "stc", "LS-STC-VP", Phase.LAUNCHED, 3),
                entry("cl", "tinh", "LS-CL", Phase.LAUNCHED, 2),
                entry("stc", "tinh", "LS-STC", Phase.LAUNCHED, 1, "LS-STC-VP"),
                entry("nl", "cl", "LS-CL-NL", Phase.DRAFT, 4)));

        assertThat(tree.implementedBy()).extracting(Cascade.Node::campaignId).containsExactly("stc", "cl");
        assertThat(tree.implementedBy().get(0).implementedBy()).extracting(Cascade.Node::campaignId)
                .containsExactly("vp");
        assertThat(tree.implementedBy().get(0).recipients()).containsExactly(
                new Cascade.RecipientStatus("LS-STC-VP", true, "vp", Phase.LAUNCHED));
        assertThat(tree.implementedBy().get(1).implementedBy()).extracting(Cascade.Node::campaignId)
                .containsExactly("nl");
    }

    @Test
    void orphansAndCyclesAreLeftOut() {
        Cascade.Node tree = Cascade.of(PROVINCE, List.of(
                entry("a", "tinh", "LS-STC", Phase.LAUNCHED, 1),
                entry("lac", "khong-co", "LS-CL", Phase.LAUNCHED, 2),
                entry("tinh", "a", "LS", Phase.LAUNCHED, 3)));

        assertThat(tree.implementedBy()).extracting(Cascade.Node::campaignId).containsExactly("a");
        assertThat(tree.implementedBy().getFirst().implementedBy()).isEmpty();
    }

    @Property
    void everyDescendantAppearsExactlyOnceWhateverTheOrder(@ForAll @IntRange(min = 0, max = 60) int size,
                                                           @ForAll long seed) {
        Random random = new Random(seed);
        List<Cascade.Entry> descendants = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String parent = i == 0 || random.nextInt(4) == 0 ? "tinh" : "c" + random.nextInt(i);
            descendants.add(entry("c" + i, parent, "U" + random.nextInt(5), Phase.values()[random.nextInt(6)], i));
        }
        Collections.shuffle(descendants, random);

        List<String> ids = new ArrayList<>();
        collect(Cascade.of(PROVINCE, descendants), ids);

        assertThat(ids).hasSize(size + 1).doesNotHaveDuplicates();
    }

    private static void collect(Cascade.Node node, List<String> ids) {
        ids.add(node.campaignId());
        node.implementedBy().forEach(child -> collect(child, ids));
    }
}
