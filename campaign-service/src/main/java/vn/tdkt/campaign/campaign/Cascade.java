package vn.tdkt.campaign.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The cascade of a campaign down the levels (seed 000: the province's plan, the department's plan
 * implementing it, each office's tasks): the tree of campaigns that implement it, and for each
 * campaign whether every unit of its distribution list has launched its own implementing campaign,
 * so that its organiser sees who has not acted. A pure calculation over campaigns already read.
 */
final class Cascade {

    private Cascade() {
    }

    /**
     * The tree under {@code root}, built from {@code descendants} (campaigns implementing it, directly or
     * further down, in any order). A campaign met twice, or one whose parent is not in the tree, is left
     * out, so that a cycle can never make the tree endless.
     */
    static Node of(Entry root, Collection<Entry> descendants) {
        Map<String, List<Entry>> children = new LinkedHashMap<>();
        descendants.stream().sorted(Comparator.comparing(Entry::createdAt).thenComparing(Entry::id))
                .forEach(entry -> children.computeIfAbsent(entry.parentId(), parent -> new ArrayList<>()).add(entry));
        return node(root, children, new HashSet<>());
    }

    private static Node node(Entry entry, Map<String, List<Entry>> children, Set<String> seen) {
        seen.add(entry.id());
        List<Entry> direct = children.getOrDefault(entry.id(), List.of()).stream()
                .filter(child -> !seen.contains(child.id())).toList();
        direct.forEach(child -> seen.add(child.id()));
        List<RecipientStatus> recipients = entry.recipientUnitCodes().stream()
                .map(unit -> status(unit, direct)).toList();
        List<Node> implementedBy = new ArrayList<>();
        for (Entry child : direct) {
            seen.remove(child.id());
            implementedBy.add(node(child, children, seen));
        }
        return new Node(entry.id(), entry.title(), entry.organiserUnitCode(), entry.phase(), recipients,
                implementedBy);
    }

    /**
     * Has {@code unit} launched a campaign implementing this one? Its campaign underway if it has one
     * (the oldest), otherwise its draft if it has started one, otherwise nothing.
     */
    private static RecipientStatus status(String unit, List<Entry> direct) {
        List<Entry> own = direct.stream().filter(child -> child.organiserUnitCode().equals(unit)).toList();
        Optional<Entry> underway = own.stream().filter(child -> child.phase().isUnderway()).findFirst();
        if (underway.isPresent()) {
            return new RecipientStatus(unit, true, underway.get().id(), underway.get().phase());
        }
        Optional<Entry> drafted = own.stream().filter(child -> child.phase() == Phase.DRAFT).findFirst();
        return drafted.map(draft -> new RecipientStatus(unit, false, draft.id(), draft.phase()))
                .orElseGet(() -> new RecipientStatus(unit, false, null, null));
    }

    /** What the cascade needs of one campaign. */
    record Entry(String id, String parentId, String title, String organiserUnitCode, Phase phase,
                 List<String> recipientUnitCodes, Instant createdAt) {

        static Entry of(Campaign campaign) {
            Campaign.Plan plan = campaign.plan();
            return new Entry(campaign.id().value(), plan.parentCampaignId() == null ? null
                    : plan.parentCampaignId().value(), plan.title(), plan.organiserUnitCode().value(),
                    campaign.phase(), plan.recipientUnitCodes().stream().map(code -> code.value()).toList(),
                    campaign.createdAt());
        }
    }

    /** One campaign of the tree, with its distribution list's state and the campaigns implementing it. */
    record Node(String campaignId, String title, String organiserUnitCode, Phase phase,
                List<RecipientStatus> recipients, List<Node> implementedBy) {
    }

    /**
     * Whether a unit of the distribution list has launched its own implementing campaign; {@code campaignId}
     * names that campaign (or its draft, with {@code launched} false), null when it has none.
     */
    record RecipientStatus(String unitCode, boolean launched, String campaignId, Phase phase) {
    }
}
