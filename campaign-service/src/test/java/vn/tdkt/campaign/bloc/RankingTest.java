package vn.tdkt.campaign.bloc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ranking as tables: scorecards in, order and ranks out, and how each tie was (or was not) broken. */
class RankingTest {

    static final Covenant COVENANT = BlocFixtures.covenant();
    static final List<String> CODES = List.of("1.1", "1.2", "2.1", "2.2");

    /** Points on 1.1, 1.2, 2.1, 2.2 (maxima 30, 20, 30, 20), e.g. {@code "30 20 25 15"}. */
    static Map<String, Long> card(String points) {
        String[] values = points.trim().split("\\s+");
        Map<String, Long> card = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            card.put(CODES.get(i), Points.parse("points", new BigDecimal(values[i])));
        }
        return card;
    }

    static Ranking.Member leaderOnly(String code, String points) {
        return new Ranking.Member(code, null, card(points), List.of());
    }

    static Ranking.Result leaderDecides(String a, String b, String c) {
        return Ranking.rank(COVENANT, Weights.LEADER_DECIDES,
                List.of(leaderOnly("A", a), leaderOnly("B", b), leaderOnly("C", c)));
    }

    @ParameterizedTest(name = "{5}")
    @CsvSource(delimiter = '|', textBlock = """
            30 20 30 20 | 25 20 30 20 | 28 20 30 20    | A,C,B | 1,2,3 | the totals decide
            29.99 20 30 20 | 30 20 30 20 | 0 0 0 0     | B,A,C | 1,2,3 | a hundredth is a difference
            30 20 20 10 | 25 15 25 15 | 10 10 10 10    | A,B,C | 1,2,3 | 80 each: section I first (50 to 40)
            30 10 25 15 | 20 20 30 10 | 10 10 10 10    | B,A,C | 1,2,3 | 80 each, 40 and 40 on both sections, criteria at maximum 2 to 1
            30 15 25 20 | 25 20 30 15 | 20 10 20 10    | A,B,C | 1,1,3 | 90 each, every tie-breaker equal: a shared rank, then 3
            10 10 10 10 | 10 10 10 10 | 10 10 10 10    | A,B,C | 1,1,1 | everybody tied
            """)
    void ranks(String a, String b, String c, String order, String ranks, String why) {
        Ranking.Result result = leaderDecides(a, b, c);

        assertThat(result.entries()).extracting(Ranking.Entry::unitCode).containsExactly(order.split(","));
        assertThat(result.entries()).extracting(Ranking.Entry::rank)
                .containsExactlyElementsOf(Arrays.stream(ranks.split(",")).map(Integer::valueOf).toList());
    }

    @Test
    void aTieBrokenBySectionSaysSo() {
        Ranking.Result result = leaderDecides("30 20 20 10", "25 15 25 15", "10 10 10 10");

        assertThat(result.entries().getFirst().explanation()).isEqualTo("Total 80.00, the same as B; "
                + "score on section 'I. Thực hiện nhiệm vụ chuyên môn': A 50.00, B 40.00 – A ahead of B.");
        assertThat(result.entries().get(2).explanation()).isEqualTo("Total 40.00; no other member has this total.");
        assertThat(result.ties()).singleElement().satisfies(tie -> {
            assertThat(tie.unitCodes()).containsExactly("A", "B");
            assertThat(tie.total()).isEqualTo(8000);
            assertThat(tie.steps()).singleElement().satisfies(step -> {
                assertThat(step.tieBreaker()).isEqualTo("score on section 'I. Thực hiện nhiệm vụ chuyên môn'");
                assertThat(step.values()).containsExactly("A 50.00", "B 40.00");
                assertThat(step.outcome()).isEqualTo("A ahead of B");
            });
            assertThat(tie.undecided()).isEmpty();
        });
    }

    @Test
    void aTieNoTieBreakerSeparatesIsLeftToTheCouncilListingEveryTieBreakerTried() {
        Ranking.Result result = leaderDecides("30 15 25 20", "25 20 30 15", "20 10 20 10");

        Ranking.Entry first = result.entries().getFirst();
        assertThat(first.tiedWith()).containsExactly("B");
        assertThat(result.entries().get(1).tiedWith()).containsExactly("A");
        assertThat(first.explanation()).startsWith("Total 90.00, the same as B; score on section")
                .contains("criteria at their maximum: A 2, B 2 – still tied",
                        "the leader's total: A 90.00, B 90.00 – still tied")
                .endsWith("tied — the council decides between A, B.");
        assertThat(result.ties()).singleElement().satisfies(tie -> {
            assertThat(tie.steps()).extracting(Ranking.TieStep::tieBreaker).containsExactly(
                    "score on section 'I. Thực hiện nhiệm vụ chuyên môn'",
                    "score on section 'II. Công tác thi đua, khen thưởng'", "criteria at their maximum",
                    "the leader's total");
            assertThat(tie.undecided()).containsExactly("A, B");
        });
    }

    @Test
    void weightsCombineSelfLeaderAndTheMeanOfThePeersCriterionByCriterion() {
        Ranking.Member member = new Ranking.Member("A", card("30 20 30 20"), card("28 18 27 17"),
                List.of(card("24 16 24 16"), card("27 18 27 18")));

        Ranking.Entry entry = Ranking.rank(COVENANT, new Weights(20, 50, 30), List.of(member)).entries().getFirst();

        // 0.2·100 + 0.5·90 + 0.3·85
        assertThat(entry.total()).isEqualTo(9050);
        assertThat(entry.selfTotal()).isEqualTo(10000);
        assertThat(entry.leaderTotal()).isEqualTo(9000);
        assertThat(entry.peerMean()).isEqualTo(8500);
        assertThat(entry.peerScorecards()).isEqualTo(2);
        assertThat(entry.groupScores()).containsExactly(4575L, 4475L);
    }

    @Test
    void aMemberMissingAWeightedScorecardIsNotRankedAndSaysWhy() {
        Ranking.Result result = Ranking.rank(COVENANT, new Weights(0, 50, 50), List.of(
                new Ranking.Member("B", null, null, List.of()),
                new Ranking.Member("A", null, card("30 20 30 20"), List.of(card("20 20 20 20")))));

        assertThat(result.entries()).extracting(Ranking.Entry::unitCode).containsExactly("A", "B");
        assertThat(result.entries().get(1).rank()).isNull();
        assertThat(result.entries().get(1).missing()).containsExactly("the leader's scorecard", "a peer's scorecard");
        assertThat(result.entries().get(1).explanation())
                .isEqualTo("Not ranked: missing the leader's scorecard, a peer's scorecard");
        assertThat(result.ranked()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            clear order                   | 1,2,3,4,5 | 1 | 2 | A:FLAG:false,B:COMMENDATION:false,C:COMMENDATION:false
            a tie for the flag            | 1,1,3,4,5 | 1 | 2 | A:FLAG:true,B:FLAG:true,C:COMMENDATION:false
            a tie across the last place   | 1,2,3,3,5 | 1 | 2 | A:FLAG:false,B:COMMENDATION:true,C:COMMENDATION:true,D:COMMENDATION:true
            no flag, commendations only   | 1,2,3,4,5 | 0 | 2 | A:COMMENDATION:false,B:COMMENDATION:false
            """)
    void proposals(String why, String ranks, int flags, int commendations, String expected) {
        List<String> codes = List.of("A", "B", "C", "D", "E");
        List<Integer> rankList = Arrays.stream(ranks.split(",")).map(Integer::valueOf).toList();
        List<Ranking.Entry> entries = java.util.stream.IntStream.range(0, codes.size())
                .mapToObj(i -> new Ranking.Entry(codes.get(i), rankList.get(i), 0L, null, 0L, null, 0, 0, List.of(),
                        List.of(), "", List.of())).toList();

        assertThat(Proposals.propose(entries, new AwardSlots(flags, commendations)))
                .extracting(p -> p.unitCode() + ":" + p.award() + ":" + p.contested())
                .containsExactly(expected.split(","));
    }
}
