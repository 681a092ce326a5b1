package vn.tdkt.campaign.bloc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * What every ranking keeps, whatever the scorecards: it ranks each member once, the order of the input
 * does not matter, ties are symmetric, ranks are competition ranks, and raising one of a member's
 * points never lowers its rank. Points come in quarters of a criterion's maximum, so ties are common.
 */
class RankingProperties {

    static final Covenant COVENANT = BlocFixtures.covenant();

    record Scenario(Weights weights, List<Ranking.Member> members) {
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Weights> weights = Arbitraries.of(Weights.LEADER_DECIDES, new Weights(20, 50, 30),
                new Weights(1, 1, 1), new Weights(0, 0, 100), new Weights(10, 90, 0));
        Arbitrary<Map<String, Long>> card = Combinators.combine(COVENANT.criteria().stream()
                .map(c -> Arbitraries.integers().between(0, 4).map(k -> c.maxPoints() * k / 4)).toList())
                .as(points -> {
                    Map<String, Long> map = new LinkedHashMap<>();
                    for (int i = 0; i < points.size(); i++) {
                        map.put(COVENANT.criteria().get(i).code(), points.get(i));
                    }
                    return map;
                });
        Arbitrary<List<Ranking.Member>> members = Arbitraries.integers().between(2, 7).flatMap(n ->
                Combinators.combine(card.injectNull(0.1), card.injectNull(0.05), card.list().ofMaxSize(3))
                        .as((self, leader, peers) -> new Object[] {self, leader, peers})
                        .list().ofSize(n).map(parts -> {
                            List<Ranking.Member> list = new ArrayList<>();
                            for (int i = 0; i < parts.size(); i++) {
                                @SuppressWarnings("unchecked")
                                List<Map<String, Long>> peers = (List<Map<String, Long>>) parts.get(i)[2];
                                @SuppressWarnings("unchecked")
                                Map<String, Long> self = (Map<String, Long>) parts.get(i)[0];
                                @SuppressWarnings("unchecked")
                                Map<String, Long> leader = (Map<String, Long>) parts.get(i)[1];
                                list.add(new Ranking.Member("U" + i, self, leader, peers));
                            }
                            return list;
                        }));
        return Combinators.combine(weights, members).as(Scenario::new);
    }

    @Property
    void everyMemberIsListedExactlyOnce(@ForAll("scenarios") Scenario s) {
        Ranking.Result result = Ranking.rank(COVENANT, s.weights(), s.members());

        assertThat(result.entries()).extracting(Ranking.Entry::unitCode)
                .containsExactlyInAnyOrderElementsOf(s.members().stream().map(Ranking.Member::unitCode).toList());
    }

    @Property
    void theOrderOfTheInputDoesNotMatter(@ForAll("scenarios") Scenario s, @ForAll long seed) {
        Random random = new Random(seed);
        List<Ranking.Member> shuffled = new ArrayList<>();
        for (Ranking.Member m : s.members()) {
            List<Map<String, Long>> peers = new ArrayList<>(m.peers());
            Collections.shuffle(peers, random);
            shuffled.add(new Ranking.Member(m.unitCode(), m.self(), m.leader(), peers));
        }
        Collections.shuffle(shuffled, random);

        assertThat(Ranking.rank(COVENANT, s.weights(), shuffled))
                .isEqualTo(Ranking.rank(COVENANT, s.weights(), s.members()));
    }

    @Property
    void tiesAreSymmetricAndShareTheirRank(@ForAll("scenarios") Scenario s) {
        Ranking.Result result = Ranking.rank(COVENANT, s.weights(), s.members());
        Map<String, Ranking.Entry> byCode = new HashMap<>();
        result.entries().forEach(e -> byCode.put(e.unitCode(), e));

        for (Ranking.Entry entry : result.entries()) {
            for (String other : entry.tiedWith()) {
                assertThat(byCode.get(other).rank()).isEqualTo(entry.rank());
                assertThat(byCode.get(other).tiedWith()).contains(entry.unitCode());
            }
        }
    }

    @Property
    void ranksAreCompetitionRanksInOrder(@ForAll("scenarios") Scenario s) {
        List<Ranking.Entry> ranked = Ranking.rank(COVENANT, s.weights(), s.members()).ranked();

        for (int i = 0; i < ranked.size(); i++) {
            Ranking.Entry entry = ranked.get(i);
            if (i > 0 && entry.tiedWith().contains(ranked.get(i - 1).unitCode())) {
                assertThat(entry.rank()).isEqualTo(ranked.get(i - 1).rank());
            } else {
                assertThat(entry.rank()).as("position %d", i).isEqualTo(i + 1);
                for (Ranking.Entry earlier : ranked.subList(0, i)) {
                    assertThat(entry.tiedWith()).doesNotContain(earlier.unitCode());
                }
            }
        }
    }

    @Property
    void raisingOnePointNeverLowersTheRank(@ForAll("scenarios") Scenario s, @ForAll @IntRange(max = 6) int who,
                                           @ForAll @IntRange(max = 3) int criterion,
                                           @ForAll @IntRange(max = 2) int component) {
        Ranking.Member member = s.members().get(who % s.members().size());
        Integer before = rankOf(Ranking.rank(COVENANT, s.weights(), s.members()), member.unitCode());
        String code = COVENANT.criteria().get(criterion).code();
        long max = COVENANT.criteria().get(criterion).maxPoints();
        Ranking.Member raised = switch (component) {
            case 0 -> new Ranking.Member(member.unitCode(), raise(member.self(), code, max), member.leader(), member.peers());
            case 1 -> new Ranking.Member(member.unitCode(), member.self(), raise(member.leader(), code, max), member.peers());
            default -> new Ranking.Member(member.unitCode(), member.self(), member.leader(), member.peers().isEmpty()
                    ? List.of() : raisedFirstPeer(member.peers(), code, max));
        };
        List<Ranking.Member> after = new ArrayList<>(s.members());
        after.set(after.indexOf(member), raised);

        Integer now = rankOf(Ranking.rank(COVENANT, s.weights(), after), member.unitCode());
        if (before != null) {
            assertThat(now).isNotNull().isLessThanOrEqualTo(before);
        }
    }

    private static List<Map<String, Long>> raisedFirstPeer(List<Map<String, Long>> peers, String code, long max) {
        List<Map<String, Long>> copy = new ArrayList<>(peers);
        copy.set(0, raise(peers.getFirst(), code, max));
        return copy;
    }

    private static Map<String, Long> raise(Map<String, Long> card, String code, long max) {
        if (card == null) {
            return null;
        }
        Map<String, Long> copy = new LinkedHashMap<>(card);
        copy.put(code, max);
        return copy;
    }

    private static Integer rankOf(Ranking.Result result, String code) {
        return result.entries().stream().filter(e -> e.unitCode().equals(code)).findFirst().orElseThrow().rank();
    }
}
