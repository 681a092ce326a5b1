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
        return of(root, descendants, Map.of());
    }

    /**
     * As {@link #of(Entry, Collection)}, where {@code successors} maps the merged units of the distribution
     * lists to the units that took them over: a merged unit has acted when its successor has.
     */
    static Node of(Entry root, Collection<Entry> descendants, Map<String, String> successors) {
        Map<String, List<Entry>> children = new LinkedHashMap<>();
        descendants.stream().sorted(Comparator.comparing(Entry::createdAt).thenComparing(Entry::id))
                .forEach(entry -> children.computeIfAbsent(entry.parentId(), parent -> new ArrayList<>()).add(entry));
        return node(root, children, new HashSet<>(), successors);
    }

    private static Node node(Entry entry, Map<String, List<Entry>> children, Set<String> seen,
                             Map<String, String> successors) {
        seen.add(entry.id());
        List<Entry> direct = children.getOrDefault(entry.id(), List.of()).stream()
                .filter(child -> !seen.contains(child.id())).toList();
        direct.forEach(child -> seen.add(child.id()));
        List<RecipientStatus> recipients = entry.recipientUnitCodes().stream()
                .map(unit -> status(unit, successors.get(unit), direct)).toList();
        List<Node> implementedBy = new ArrayList<>();
        for (Entry child : direct) {
            seen.remove(child.id());
            implementedBy.add(node(child, children, seen, successors));
        }
        return new Node(entry.id(), entry.title(), entry.organiserUnitCode(), entry.phase(), recipients,
                implementedBy);
    }

    /**
     * Has {@code unit} launched a campaign implementing this one? Its campaign underway if it has one
     * (the oldest), otherwise its draft if it has started one, otherwise nothing. A unit merged since the
     * plan was sent ({@code successor} not null) has acted when it or its successor has: the successor's
     * campaign underway counts, and is named, before either's draft.
     */
    static RecipientStatus status(String unit, String successor, List<Entry> direct) {
        Optional<Entry> underway = underway(unit, direct);
        if (underway.isEmpty() && successor != null) {
            underway = underway(successor, direct);
        }
        if (underway.isPresent()) {
            return new RecipientStatus(unit, true, underway.get().id(), underway.get().phase(), successor);
        }
        Optional<Entry> drafted = drafted(unit, direct);
        if (drafted.isEmpty() && successor != null) {
            drafted = drafted(successor, direct);
        }
        return drafted.map(draft -> new RecipientStatus(unit, false, draft.id(), draft.phase(), successor))
                .orElseGet(() -> new RecipientStatus(unit, false, null, null, successor));
    }

    private static Optional<Entry> underway(String organiser, List<Entry> direct) {
        return direct.stream().filter(child -> child.organiserUnitCode().equals(organiser))
                .filter(child -> child.phase().isUnderway()).findFirst();
    }

    private static Optional<Entry> drafted(String organiser, List<Entry> direct) {
        return direct.stream().filter(child -> child.organiserUnitCode().equals(organiser))
                .filter(child -> child.phase() == Phase.DRAFT).findFirst();
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
     * {@code successorCode} names the unit it was merged into (whose campaign may be the one named), null
     * for a unit that still acts.
     */
    record RecipientStatus(String unitCode, boolean launched, String campaignId, Phase phase, String successorCode) {

        RecipientStatus(String unitCode, boolean launched, String campaignId, Phase phase) {
            this(unitCode, launched, campaignId, phase, null);
        }
    }
}
