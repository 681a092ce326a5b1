package vn.tdkt.delegate.congress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.tdkt.support.security.UnitTree;

/**
 * The tree of congresses below one, back-scheduled from its date: each level's pilot congress first, then its
 * other congresses by date, each after the congresses below it, and the root last. Every node has its documents
 * due at the upper council ({@value CongressRules#DOCUMENT_LEAD_DAYS} days before it) with their state on
 * {@code today}, and its problems: a date not before the upper congress's (overridden or not), a pilot held after
 * another congress of its level, a form still undecided.
 */
record Timeline(String congressId, LocalDate today, List<Node> nodes, boolean truncated) {

    /** Orders siblings: the pilot first, then by date, then by id (stable). */
    static final Comparator<Congress> SIBLINGS = Comparator.comparing((Congress c) -> !c.pilot())
            .thenComparing(Congress::date).thenComparing(c -> c.id().value());

    interface Lower {
        List<Congress> of(List<CongressId> uppers, int limit);
    }

    static Timeline build(Congress root, Lower lower, Function<Congress, Optional<String>> council, LocalDate today,
                          int maxNodes) {
        Map<CongressId, List<Congress>> children = new HashMap<>();
        Set<CongressId> seen = new HashSet<>(List.of(root.id()));
        List<CongressId> level = List.of(root.id());
        int count = 1;
        boolean truncated = false;
        for (int depth = 0; !level.isEmpty() && depth < UnitTree.MAX_DEPTH && !truncated; depth++) {
            List<Congress> found = lower.of(level, maxNodes - count + 1);
            if (count + found.size() > maxNodes) {
                truncated = true;
                found = found.subList(0, maxNodes - count);
            }
            List<CongressId> next = new ArrayList<>();
            for (Congress c : found) {
                if (seen.add(c.id())) {
                    children.computeIfAbsent(c.upperCongressId(), k -> new ArrayList<>()).add(c);
                    next.add(c.id());
                    count++;
                }
            }
            level = next;
        }
        List<Node> nodes = new ArrayList<>();
        visit(root, null, 0, children, council, today, nodes);
        return new Timeline(root.id().value(), today, List.copyOf(nodes), truncated);
    }

    private static void visit(Congress congress, Congress upper, int depth, Map<CongressId, List<Congress>> children,
                              Function<Congress, Optional<String>> council, LocalDate today, List<Node> out) {
        List<Congress> below = new ArrayList<>(children.getOrDefault(congress.id(), List.of()));
        below.sort(SIBLINGS);
        for (Congress child : below) {
            visit(child, congress, depth + 1, children, council, today, out);
        }
        List<Problem> problems = new ArrayList<>();
        if (upper != null && !congress.date().isBefore(upper.date())) {
            problems.add(new Problem(congress.scheduleOverride() != null ? "ORDER_OVERRIDDEN" : "ORDER_CONFLICT",
                    "on %s, not before the upper congress of %s on %s%s".formatted(congress.date(),
                            upper.organiserUnitCode(), upper.date(), congress.scheduleOverride() == null ? ""
                                    : " (kept by the organiser: " + congress.scheduleOverride().reason() + ")")));
        }
        if (congress.pilot() && upper != null) {
            LocalDate others = firstOtherSibling(upper, congress, children);
            if (others != null && !congress.date().isBefore(others)) {
                problems.add(new Problem("PILOT_NOT_FIRST", "the pilot congress is on %s, not before the other"
                        .formatted(congress.date()) + " congresses of its level (the first on " + others + ")"));
            }
        }
        if (congress.formUndecided()) {
            problems.add(new Problem("FORM_UNDECIDED", CongressService.formQuestion(congress.staffCount())));
        }
        Optional<String> councilUnit = council.apply(congress);
        List<DocumentLine> documents = councilUnit.isEmpty() ? List.of() : Arrays.stream(
                RequiredDocument.values()).map(d -> new DocumentLine(d, d.label(), congress.documentsDueOn(),
                congress.received().get(d), congress.documentState(d, today))).toList();
        out.add(new Node(congress.id().value(), congress.organiserUnitCode(), congress.title(), congress.level(),
                depth, congress.date(), congress.pilot(), congress.form(), congress.status(),
                congress.upperCongressId() == null ? null : congress.upperCongressId().value(), councilUnit.orElse(null),
                congress.documentsDueOn(), documents, problems));
    }

    private static LocalDate firstOtherSibling(Congress upper, Congress pilot, Map<CongressId, List<Congress>> children) {
        return children.getOrDefault(upper.id(), List.of()).stream().filter(c -> !c.pilot() && c != pilot)
                .map(Congress::date).min(LocalDate::compareTo).orElse(null);
    }

    /** One congress of the tree; {@code councilUnitCode} receives its documents (null: none is expected). */
    record Node(String congressId, String organiserUnitCode, String title, String level, int depth, LocalDate date,
                boolean pilot, CongressForm form, CongressStatus status, String upperCongressId,
                String councilUnitCode, LocalDate documentsDueOn, List<DocumentLine> documents,
                List<Problem> problems) {
    }

    record DocumentLine(RequiredDocument document, String label, LocalDate dueOn, LocalDate receivedOn,
                        DocumentState state) {
    }

    record Problem(String type, String message) {
    }
}
