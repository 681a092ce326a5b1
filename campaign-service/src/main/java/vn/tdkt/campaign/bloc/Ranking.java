package vn.tdkt.campaign.bloc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The ranking of a bloc's members from their scorecards: a pure calculation, the same for any order of
 * its input.
 *
 * <p><b>Total.</b> On each criterion the components with a weight above zero are combined as a weighted
 * mean (the peers' component being the mean of their scorecards), kept to four decimals; a member's
 * total is the sum over the criteria, rounded to two decimals, and totals are compared as shown. A
 * member missing a component whose weight is above zero is not ranked.
 *
 * <p><b>Ties.</b> Members with the same total are separated by these tie-breakers, in this order, each
 * only between those still tied: the score on each section of the covenant, in the covenant's order;
 * the number of criteria scored at their maximum; the leader's total. Those no tie-breaker separates
 * share a rank (1, 1, 3, …), and the council decides between them. Every member's {@code explanation}
 * lists each tie-breaker tried with the values compared. Every tie-breaker grows with the member's own
 * points, so raising a score never lowers a member's rank.
 */
final class Ranking {

    static final String COUNCIL_DECIDES = "tied — the council decides";
    static final String AT_MAXIMUM = "criteria at their maximum";
    static final String LEADERS_TOTAL = "the leader's total";

    private Ranking() {
    }

    /**
     * One member's scorecards as maps of criterion code to points in hundredths; {@code self} or
     * {@code leader} null when not submitted.
     */
    record Member(String unitCode, Map<String, Long> self, Map<String, Long> leader, List<Map<String, Long>> peers) {

        Member {
            peers = peers == null ? List.of() : List.copyOf(peers);
        }
    }

    /**
     * One member's place; points in hundredths. {@code rank} null (and {@code missing} non-empty) when
     * a weighted component is missing. {@code groupScores} follow the covenant's sections.
     */
    record Entry(String unitCode, Integer rank, Long total, Long selfTotal, Long leaderTotal, Long peerMean,
                 int peerScorecards, int criteriaAtMax, List<Long> groupScores, List<String> tiedWith,
                 String explanation, List<String> missing) {
    }

    /** One tie-breaker applied to members still tied: the values compared and what it decided. */
    record TieStep(String tieBreaker, List<String> values, String outcome) {
    }

    /** Members with the same total, how the tie-breakers went, and who stayed tied (each group "A, B"). */
    record Tie(List<String> unitCodes, long total, List<TieStep> steps, List<String> undecided) {
    }

    record Result(List<Entry> entries, List<Tie> ties) {

        List<Entry> ranked() {
            return entries.stream().filter(e -> e.rank() != null).toList();
        }
    }

    static Result rank(Covenant covenant, Weights weights, List<Member> members) {
        List<String> tieBreakers = new ArrayList<>();
        covenant.groups().forEach(group -> tieBreakers.add("score on section '" + group + "'"));
        tieBreakers.add(AT_MAXIMUM);
        tieBreakers.add(LEADERS_TOTAL);

        List<Scored> complete = new ArrayList<>();
        List<Entry> incomplete = new ArrayList<>();
        for (Member member : members) {
            Scored scored = score(covenant, weights, member);
            if (scored.missing().isEmpty()) {
                complete.add(scored);
            } else {
                incomplete.add(new Entry(member.unitCode(), null, null, scored.selfTotal(), scored.leaderTotal(),
                        scored.peerMean(), member.peers().size(), 0, List.of(), List.of(),
                        "Not ranked: missing " + String.join(", ", scored.missing()), scored.missing()));
            }
        }
        complete.sort(Comparator.<Scored, long[]>comparing(Scored::key, Ranking::descending)
                .thenComparing(s -> s.member().unitCode()));

        Map<String, StringBuilder> explanations = new LinkedHashMap<>();
        Map<String, List<String>> tiedWith = new LinkedHashMap<>();
        List<Tie> ties = new ArrayList<>();
        Map<Long, List<Scored>> byTotal = complete.stream()
                .collect(Collectors.groupingBy(Scored::total, LinkedHashMap::new, Collectors.toList()));
        for (List<Scored> group : byTotal.values()) {
            for (Scored s : group) {
                explanations.put(s.member().unitCode(), new StringBuilder("Total " + Points.format(s.total())));
                tiedWith.put(s.member().unitCode(), List.of());
            }
            if (group.size() == 1) {
                explanations.get(group.getFirst().member().unitCode()).append("; no other member has this total.");
            } else {
                ties.add(breakTie(group, tieBreakers, explanations, tiedWith));
            }
        }

        List<Entry> entries = new ArrayList<>();
        for (Scored s : complete) {
            int rank = 1 + (int) complete.stream().filter(other -> descending(other.key(), s.key()) < 0).count();
            String code = s.member().unitCode();
            entries.add(new Entry(code, rank, s.total(), s.selfTotal(), s.leaderTotal(), s.peerMean(),
                    s.member().peers().size(), s.atMax(), s.groupScores(), tiedWith.get(code),
                    explanations.get(code).toString(), List.of()));
        }
        incomplete.sort(Comparator.comparing(Entry::unitCode));
        entries.addAll(incomplete);
        return new Result(List.copyOf(entries), List.copyOf(ties));
    }

    /** Applies the tie-breakers in order to the members still tied, writing down every step. */
    private static Tie breakTie(List<Scored> group, List<String> tieBreakers, Map<String, StringBuilder> explanations,
                                Map<String, List<String>> tiedWith) {
        List<String> codes = group.stream().map(s -> s.member().unitCode()).toList();
        for (Scored s : group) {
            explanations.get(s.member().unitCode()).append(", the same as ").append(codes.stream()
                    .filter(c -> !c.equals(s.member().unitCode())).collect(Collectors.joining(", ")));
        }
        List<TieStep> steps = new ArrayList<>();
        List<List<Scored>> parts = List.of(group);
        for (int i = 0; i < tieBreakers.size() && parts.stream().anyMatch(p -> p.size() > 1); i++) {
            int index = i + 1;
            boolean isCount = AT_MAXIMUM.equals(tieBreakers.get(i));
            List<List<Scored>> next = new ArrayList<>();
            for (List<Scored> part : parts) {
                if (part.size() == 1) {
                    next.add(part);
                    continue;
                }
                List<String> values = part.stream().map(s -> s.member().unitCode() + " "
                        + show(s.key()[index], isCount)).toList();
                List<List<Scored>> split = new ArrayList<>(part.stream().collect(Collectors.groupingBy(
                        s -> s.key()[index], LinkedHashMap::new, Collectors.toList())).values());
                String outcome = split.size() == 1 ? "still tied" : split.stream()
                        .map(p -> p.stream().map(s -> s.member().unitCode()).collect(Collectors.joining(" = ")))
                        .collect(Collectors.joining(" ahead of "));
                steps.add(new TieStep(tieBreakers.get(i), values, outcome));
                for (Scored s : part) {
                    explanations.get(s.member().unitCode()).append("; ").append(tieBreakers.get(i)).append(": ")
                            .append(String.join(", ", values)).append(" – ").append(outcome);
                }
                next.addAll(split);
            }
            parts = next;
        }
        List<String> undecided = new ArrayList<>();
        for (List<Scored> part : parts) {
            List<String> partCodes = part.stream().map(s -> s.member().unitCode()).toList();
            for (Scored s : part) {
                String code = s.member().unitCode();
                if (part.size() > 1) {
                    List<String> others = partCodes.stream().filter(c -> !c.equals(code)).toList();
                    tiedWith.put(code, others);
                    explanations.get(code).append("; every tie-breaker tried (").append(String.join(", ", tieBreakers))
                            .append("): ").append(COUNCIL_DECIDES).append(" between ")
                            .append(String.join(", ", partCodes)).append('.');
                } else {
                    explanations.get(code).append('.');
                }
            }
            if (part.size() > 1) {
                undecided.add(String.join(", ", partCodes));
            }
        }
        return new Tie(codes, group.getFirst().total(), List.copyOf(steps), List.copyOf(undecided));
    }

    private static String show(long value, boolean isCount) {
        return isCount ? String.valueOf(value) : value < 0 ? "none" : Points.format(value);
    }

    /** Higher keys first, compared element by element. */
    private static int descending(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            int c = Long.compare(b[i], a[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static Scored score(Covenant covenant, Weights weights, Member member) {
        List<String> missing = new ArrayList<>();
        if (weights.self() > 0 && member.self() == null) {
            missing.add("the self-assessment");
        }
        if (weights.leader() > 0 && member.leader() == null) {
            missing.add("the leader's scorecard");
        }
        if (weights.peer() > 0 && member.peers().isEmpty()) {
            missing.add("a peer's scorecard");
        }
        Long selfTotal = member.self() == null ? null : sum(covenant, member.self());
        Long leaderTotal = member.leader() == null ? null : sum(covenant, member.leader());
        int n = member.peers().size();
        Long peerMean = n == 0 ? null : BigDecimal.valueOf(member.peers().stream().mapToLong(p -> sum(covenant, p)).sum())
                .divide(BigDecimal.valueOf(n), 0, RoundingMode.HALF_EVEN).longValueExact();
        if (!missing.isEmpty()) {
            return new Scored(member, 0, selfTotal, leaderTotal, peerMean, 0, List.of(), List.copyOf(missing), null);
        }
        // In hundredths with two more decimals: the weighted mean of one criterion, ((n·(ws·S + wl·L) + wp·ΣP) / (n·W)).
        long divisor = (long) Math.max(n, 1) * weights.sum();
        List<String> groups = covenant.groups();
        BigDecimal[] groupSums = new BigDecimal[groups.size()];
        java.util.Arrays.fill(groupSums, BigDecimal.ZERO);
        BigDecimal total = BigDecimal.ZERO;
        int atMax = 0;
        for (Criterion criterion : covenant.criteria()) {
            String code = criterion.code();
            long numerator = 0;
            if (weights.self() > 0) {
                numerator += (long) Math.max(n, 1) * weights.self() * points(member.self(), code);
            }
            if (weights.leader() > 0) {
                numerator += (long) Math.max(n, 1) * weights.leader() * points(member.leader(), code);
            }
            if (weights.peer() > 0) {
                numerator += weights.peer() * member.peers().stream().mapToLong(p -> points(p, code)).sum();
            }
            BigDecimal value = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(divisor), 2, RoundingMode.HALF_EVEN);
            total = total.add(value);
            if (criterion.group() != null) {
                int g = groups.indexOf(criterion.group());
                groupSums[g] = groupSums[g].add(value);
            }
            if (value.compareTo(BigDecimal.valueOf(criterion.maxPoints())) == 0) {
                atMax++;
            }
        }
        long roundedTotal = whole(total);
        List<Long> groupScores = java.util.Arrays.stream(groupSums).map(Ranking::whole).toList();
        long[] key = new long[groups.size() + 3];
        key[0] = roundedTotal;
        for (int g = 0; g < groups.size(); g++) {
            key[g + 1] = groupScores.get(g);
        }
        key[groups.size() + 1] = atMax;
        key[groups.size() + 2] = leaderTotal == null ? -1 : leaderTotal;
        return new Scored(member, roundedTotal, selfTotal, leaderTotal, peerMean, atMax, groupScores, List.of(), key);
    }

    private static long whole(BigDecimal hundredths) {
        return hundredths.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    private static long points(Map<String, Long> scorecard, String criterion) {
        Long points = scorecard.get(criterion);
        return points == null ? 0 : points;
    }

    private static long sum(Covenant covenant, Map<String, Long> scorecard) {
        return covenant.criteria().stream().mapToLong(c -> points(scorecard, c.code())).sum();
    }

    private record Scored(Member member, long total, Long selfTotal, Long leaderTotal, Long peerMean, int atMax,
                          List<Long> groupScores, List<String> missing, long[] key) {
    }
}
