package vn.tdkt.campaign.bloc;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.campaign.unit.UnitCode;

/**
 * A bloc of the demo province: the provincial office runs a bloc of Chi Lăng, Hữu Lũng and the
 * Department of Finance, with a covenant of four criteria in two sections (100 points), as seed 001's
 * blocs sign every year.
 */
final class BlocFixtures {

    static final Instant T0 = Instant.parse("2025-02-10T02:00:00Z");
    static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
    static final UnitCode LS = new UnitCode("LS");
    static final UnitCode CL = new UnitCode("LS-CL");
    static final UnitCode HL = new UnitCode("LS-HL");
    static final UnitCode STC = new UnitCode("LS-STC");
    static final String SECTION_I = "I. Thực hiện nhiệm vụ chuyên môn";
    static final String SECTION_II = "II. Công tác thi đua, khen thưởng";

    private BlocFixtures() {
    }

    static List<Covenant.Draft> criteria() {
        return List.of(
                new Covenant.Draft("1.1", "Hoàn thành dự toán thu ngân sách", SECTION_I, new BigDecimal("30")),
                new Covenant.Draft("1.2", "Cải cách hành chính, chuyển đổi số", SECTION_I, new BigDecimal("20")),
                new Covenant.Draft("2.1", "Tổ chức phong trào thi đua yêu nước", SECTION_II, new BigDecimal("30")),
                new Covenant.Draft("2.2", "Phát hiện, nhân rộng điển hình tiên tiến", SECTION_II, new BigDecimal("20")));
    }

    static Covenant covenant() {
        return Covenant.of(criteria());
    }

    static EmulationBloc.Definition definition() {
        return definition(null, null);
    }

    static EmulationBloc.Definition definition(Weights weights, AwardSlots awards) {
        return new EmulationBloc.Definition("Khối thi đua các huyện và Sở Tài chính", 2025, LS, List.of(CL, HL, STC),
                null, null, null, covenant(), weights, awards);
    }

    static EmulationBloc drafted() {
        return drafted(definition());
    }

    static EmulationBloc drafted(EmulationBloc.Definition definition) {
        EmulationBloc bloc = EmulationBloc.create(BlocId.newId(), definition, CLOCK).bloc();
        bloc.stored(0);
        return bloc;
    }

    /** Walks a drafted bloc along legal moves to {@code phase}; scoring is complete for the default weights. */
    static EmulationBloc in(BlocPhase phase) {
        return in(phase, definition());
    }

    static EmulationBloc in(BlocPhase phase, EmulationBloc.Definition definition) {
        EmulationBloc bloc = drafted(definition);
        if (phase == BlocPhase.DRAFT) {
            return bloc;
        }
        bloc.moveTo(BlocPhase.COVENANT_SIGNING, CLOCK);
        if (phase == BlocPhase.COVENANT_SIGNING) {
            return bloc;
        }
        bloc.members().forEach(member -> bloc.sign(member, CLOCK));
        bloc.moveTo(BlocPhase.SCORING, CLOCK);
        if (phase == BlocPhase.SCORING) {
            return bloc;
        }
        leaderScores(bloc, "30", "20", "30", "20", "25", "20", "30", "20", "28", "20", "30", "20");
        bloc.publish(CLOCK);
        return bloc;
    }

    /** Points on 1.1, 1.2, 2.1 and 2.2, in that order. */
    static List<EmulationBloc.ScoreDraft> scores(String... points) {
        List<String> codes = List.of("1.1", "1.2", "2.1", "2.2");
        List<EmulationBloc.ScoreDraft> scores = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            scores.add(new EmulationBloc.ScoreDraft(codes.get(i), new BigDecimal(points[i])));
        }
        return scores;
    }

    /**
     * The leader's scorecards for every member (the deputy's for the leader): four points for Chi Lăng,
     * then Hữu Lũng, then the Department of Finance.
     */
    static void leaderScores(EmulationBloc bloc, String... points) {
        UnitCode leader = bloc.rotation().leader();
        UnitCode deputy = bloc.rotation().deputy();
        List<UnitCode> subjects = List.of(CL, HL, STC);
        for (int i = 0; i < subjects.size(); i++) {
            UnitCode subject = subjects.get(i);
            bloc.submit(subject.equals(leader) ? deputy : leader, subject,
                    scores(points[4 * i], points[4 * i + 1], points[4 * i + 2], points[4 * i + 3]), CLOCK);
        }
    }
}
