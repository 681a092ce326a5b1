package vn.tdkt.nomination.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.nomination.eligibility.Facts.CouncilVote;
import vn.tdkt.nomination.eligibility.Facts.DisciplineStatus;
import vn.tdkt.nomination.eligibility.Facts.Nominee;
import vn.tdkt.nomination.eligibility.Facts.Scope;
import vn.tdkt.nomination.eligibility.Facts.TaskRating;

/**
 * Eligibility questions as a Lạng Sơn emulation office would ask them, written from the digest of the
 * law: the verdict, the criterion that decides it, its status and the article it cites.
 */
class LangSonEligibilityTableTest {

    static final String LDTT = "Lao động tiên tiến";
    static final String CSTDCS = "Chiến sĩ thi đua cơ sở";
    static final String BK_TINH = "Bằng khen của Chủ tịch UBND tỉnh";
    static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 15);
    static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 12);
    static final LocalDate DEC_2023 = LocalDate.of(2023, 12, 20);

    record Example(String who, String award, LocalDate decisionDate, Supplier<Nominee> nominee, CouncilVote vote,
                   Verdict verdict, String criterion, Status status, String citation) {

        @Override
        public String toString() {
            return who + " → " + award + " (" + decisionDate + "): " + verdict;
        }
    }

    static Example ex(String who, String award, LocalDate date, Supplier<Nominee> nominee, Verdict verdict,
                      String criterion, Status status, String citation) {
        return new Example(who, award, date, nominee, null, verdict, criterion, status, citation);
    }

    static Example vote(String who, String award, LocalDate date, Supplier<Nominee> nominee, CouncilVote vote,
                        Verdict verdict, String criterion, Status status, String citation) {
        return new Example(who, award, date, nominee, vote, verdict, criterion, status, citation);
    }

    /** Chị Hoàng Thị Mai, chuyên viên Sở Tài chính: 2022–2024 CSTĐCS, a provincial initiative. */
    static NomineeBuilder mai() {
        return NomineeBuilder.officer()
                .year(2022, TaskRating.HTXSNV, CSTDCS, LDTT).year(2023, TaskRating.HTXSNV, CSTDCS, LDTT)
                .year(2024, TaskRating.HTXSNV, CSTDCS, LDTT).basis(2022, 2023, 2024)
                .initiative("SK-STC-2024-03", Scope.BO_TINH, true, "Chủ tịch UBND tỉnh Lạng Sơn", "");
    }

    /** Anh Hoàng Văn Nam, Sở Tài chính 2018–2020 CSTĐCS, a provincial initiative (old regime). */
    static NomineeBuilder nam() {
        return NomineeBuilder.officer()
                .year(2020, TaskRating.HTXSNV, CSTDCS).year(2021, TaskRating.HTXSNV, CSTDCS)
                .year(2022, TaskRating.HTXSNV, CSTDCS).basis(2020, 2021, 2022)
                .initiative("SK-2022-07", Scope.BO_TINH, true, "Chủ tịch UBND tỉnh Lạng Sơn", "");
    }

    /** Phòng Tài chính – Kế hoạch huyện Chi Lăng: 20 people. */
    static NomineeBuilder chiLangOffice(int advanced) {
        NomineeBuilder b = NomineeBuilder.collective(2024, TaskRating.HTTNV, 20);
        b.membersAdvancedWorkers = advanced;
        return b;
    }

    /** Văn phòng Sở Tài chính: 20 people, rated HTXSNV. */
    static NomineeBuilder stcOffice() {
        NomineeBuilder b = NomineeBuilder.collective(2024, TaskRating.HTXSNV, 20);
        b.membersAdvancedWorkers = 16;
        b.membersBaseFighters = 2;
        return b;
    }

    /** Chị Lương Thị Thu, kế toán viên: a provincial certificate for 2019, then five good years. */
    static NomineeBuilder thu() {
        NomineeBuilder b = NomineeBuilder.officer().year(2019, TaskRating.HTXSNV, BK_TINH)
                .year(2020, TaskRating.HTXSNV, CSTDCS).year(2021, TaskRating.HTTNV)
                .year(2022, TaskRating.HTXSNV, CSTDCS).year(2023, TaskRating.HTTNV)
                .year(2024, TaskRating.HTXSNV, CSTDCS);
        b.otherBasesMet = false;
        return b;
    }

    static Stream<Example> examples() {
        return Stream.of(
                // ---- Lao động tiên tiến (Điều 24) ------------------------------------------------------
                ex("Hoàng Thị Mai, rated HTTNV in 2024", LDTT, JAN_2025,
                        () -> NomineeBuilder.officer().year(2024, TaskRating.HTTNV).build(),
                        Verdict.ELIGIBLE, "TASK_RATING", Status.MET, "Điều 24 Luật 06/2022/QH15"),
                ex("Hoàng Thị Mai, rated HTNV in 2024", LDTT, JAN_2025,
                        () -> NomineeBuilder.officer().year(2024, TaskRating.HTNV).build(),
                        Verdict.NOT_ELIGIBLE, "TASK_RATING", Status.NOT_MET, "Điều 24 Luật 06/2022/QH15"),
                ex("Triệu Văn Bình, xã Nhân Lý, HTXSNV in 2025", LDTT, JAN_2026,
                        () -> NomineeBuilder.officer().year(2025, TaskRating.HTXSNV).build(),
                        Verdict.ELIGIBLE, "TASK_RATING", Status.MET, "Điều 24 Luật 06/2022/QH15"),
                ex("Nông Văn Hùng, xã Nhân Lý, under disciplinary consideration", LDTT, JAN_2025,
                        () -> NomineeBuilder.officer().year(2024, TaskRating.HTTNV)
                                .discipline(DisciplineStatus.UNDER_CONSIDERATION, null, null).build(),
                        Verdict.NOT_ELIGIBLE, "NO_PENDING_DISCIPLINE", Status.NOT_MET, "Điều 4 khoản 2 Nghị định 98/2023"),
                ex("Lộc Thị Hà, viên chức, six months of maternity leave in 2024", LDTT, JAN_2025,
                        () -> NomineeBuilder.officer().yearWith(2024, TaskRating.HTTNV, List.of(), List.of(), List.of(), 6)
                                .build(),
                        Verdict.ELIGIBLE, "TASK_RATING", Status.MET, "Điều 4 Nghị định 98/2023/NĐ-CP"),
                ex("Hoàng Thị Mai, 2023 under the old regime", LDTT, DEC_2023,
                        () -> NomineeBuilder.officer().year(2023, TaskRating.HTXSNV).build(),
                        Verdict.UNKNOWN, "STANDARD", Status.UNKNOWN, "Nghị định 91/2017/NĐ-CP"),
                ex("Vi Văn Tùng, participation in the movements not stated", LDTT, JAN_2025, () -> {
                            NomineeBuilder b = NomineeBuilder.officer().year(2024, TaskRating.HTTNV);
                            b.emulationParticipation = null;
                            return b.build();
                        },
                        Verdict.UNKNOWN, "EMULATION_SPIRIT", Status.UNKNOWN, "Điều 24 Luật 06/2022/QH15"),
                ex("Thiếu tá Lăng Văn Quân, Bộ Chỉ huy quân sự tỉnh", LDTT, JAN_2025, () -> {
                            NomineeBuilder b = NomineeBuilder.officer().year(2024, TaskRating.HTXSNV);
                            b.category = "quân nhân";
                            return b.build();
                        },
                        Verdict.NOT_ELIGIBLE, "CATEGORY", Status.NOT_MET, "Điều 24 Luật 06/2022/QH15"),
                ex("Thiếu tá Lăng Văn Quân as Chiến sĩ tiên tiến", "Chiến sĩ tiên tiến", JAN_2025, () -> {
                            NomineeBuilder b = NomineeBuilder.officer().year(2024, TaskRating.HTXSNV);
                            b.category = "quân nhân";
                            return b.build();
                        },
                        Verdict.ELIGIBLE, "CATEGORY", Status.MET, "Điều 24 Luật 06/2022/QH15"),
                // ---- Chiến sĩ thi đua cơ sở (Điều 23; NĐ 91/2017 Điều 9 khoản 3) ----------------------
                ex("Hoàng Thị Mai, HTXSNV in 2024", CSTDCS, JAN_2025,
                        () -> NomineeBuilder.officer().year(2024, TaskRating.HTXSNV, LDTT).build(),
                        Verdict.ELIGIBLE, "EXCELLENCE_OR_INITIATIVE", Status.MET, "Điều 23 điểm b"),
                ex("Đinh Thị Lan, HTTNV and an unused grassroots initiative", CSTDCS, JAN_2025,
                        () -> NomineeBuilder.officer()
                                .yearWith(2024, TaskRating.HTTNV, List.of(LDTT), List.of("SK-CL-2024-11"), List.of(), 0)
                                .initiative("SK-CL-2024-11", Scope.CO_SO, true, "Hội đồng sáng kiến huyện Chi Lăng", "")
                                .build(),
                        Verdict.ELIGIBLE, "EXCELLENCE_OR_INITIATIVE", Status.MET, "Điều 23 điểm b"),
                ex("Đinh Thị Lan, HTTNV, no initiative, no topic", CSTDCS, JAN_2025,
                        () -> NomineeBuilder.officer().year(2024, TaskRating.HTTNV, LDTT).build(),
                        Verdict.NOT_ELIGIBLE, "EXCELLENCE_OR_INITIATIVE", Status.NOT_MET, "Điều 23 điểm b"),
                ex("Đinh Thị Lan, HTTNV, initiative already used for a Giấy khen", CSTDCS, JAN_2025,
                        () -> NomineeBuilder.officer()
                                .yearWith(2024, TaskRating.HTTNV, List.of(LDTT), List.of("SK-CL-2024-11"), List.of(), 0)
                                .initiative("SK-CL-2024-11", Scope.CO_SO, true, "Hội đồng sáng kiến", "GK-2024-05").build(),
                        Verdict.NOT_ELIGIBLE, "EXCELLENCE_OR_INITIATIVE", Status.NOT_MET, "Công văn 5007/BNV-TĐKT"),
                ex("Hoàng Văn Nam, HTXSNV but no initiative, 2023 (old regime)", CSTDCS, DEC_2023,
                        () -> NomineeBuilder.officer().year(2023, TaskRating.HTXSNV).build(),
                        Verdict.NOT_ELIGIBLE, "INITIATIVE_OR_TOPIC", Status.NOT_MET, "Điều 9 khoản 3 Nghị định 91/2017"),
                ex("Hoàng Văn Nam, with an initiative, 2023 (old regime)", CSTDCS, DEC_2023,
                        () -> NomineeBuilder.officer()
                                .yearWith(2023, TaskRating.HTTNV, List.of(), List.of("SK-2023-02"), List.of(), 0)
                                .initiative("SK-2023-02", Scope.CO_SO, true, "Hội đồng sáng kiến Sở", "").build(),
                        Verdict.UNKNOWN, "OTHER_STANDARDS", Status.UNKNOWN, "Nghị định 91/2017/NĐ-CP"),
                ex("Nông Văn Hùng, discipline ended 31/3/2024, assessed 2024", CSTDCS, JAN_2025,
                        () -> NomineeBuilder.officer().year(2024, TaskRating.HTXSNV)
                                .discipline(DisciplineStatus.SERVED, "khiển trách", LocalDate.of(2024, 3, 31)).build(),
                        Verdict.NOT_ELIGIBLE, "NO_PENDING_DISCIPLINE", Status.NOT_MET, "Nghị định 98/2023/NĐ-CP"),
                ex("Nông Văn Hùng, discipline ended 31/3/2024, assessed 2025", CSTDCS, JAN_2026,
                        () -> NomineeBuilder.officer().year(2025, TaskRating.HTXSNV)
                                .discipline(DisciplineStatus.SERVED, "khiển trách", LocalDate.of(2024, 3, 31)).build(),
                        Verdict.ELIGIBLE, "NO_PENDING_DISCIPLINE", Status.MET, "Nghị định 98/2023/NĐ-CP"),
                ex("Hoàng Thị Mai, already CSTĐCS for 2024", CSTDCS, JAN_2025,
                        () -> NomineeBuilder.officer().year(2024, TaskRating.HTXSNV, CSTDCS).build(),
                        Verdict.NOT_ELIGIBLE, "NOT_ALREADY_REWARDED", Status.NOT_MET, "Điều 5 khoản 2 Luật 06/2022/QH15"),
                // ---- Chiến sĩ thi đua cấp tỉnh (Điều 22 khoản 1; NĐ 91/2017 Điều 9 khoản 2) -------------
                ex("Hoàng Thị Mai, 2022–2024 CSTĐCS, provincial initiative, from 7/2025", "CSTD_TINH", JAN_2026,
                        () -> mai().build(),
                        Verdict.UNKNOWN, "COUNCIL_VOTE", Status.UNKNOWN, "chưa xác nhận"),
                ex("Hoàng Thị Mai, 2023 without CSTĐCS", "CSTD_TINH", JAN_2025, () -> {
                            NomineeBuilder b = NomineeBuilder.officer().year(2022, TaskRating.HTXSNV, CSTDCS)
                                    .year(2023, TaskRating.HTTNV, LDTT).year(2024, TaskRating.HTXSNV, CSTDCS)
                                    .basis(2022, 2023, 2024)
                                    .initiative("SK-STC-2024-03", Scope.BO_TINH, true, "Chủ tịch UBND tỉnh", "");
                            return b.build();
                        },
                        Verdict.NOT_ELIGIBLE, "THREE_CONSECUTIVE_CSTDCS", Status.NOT_MET, "Điều 22 khoản 1 điểm a"),
                ex("Hoàng Thị Mai, only a grassroots initiative", "CSTD_TINH", JAN_2025, () -> {
                            NomineeBuilder b = mai();
                            b.initiatives = new java.util.ArrayList<>();
                            return b.initiative("SK-STC-2023-01", Scope.CO_SO, true, "Hội đồng sáng kiến Sở", "").build();
                        },
                        Verdict.NOT_ELIGIBLE, "PROVINCIAL_SCOPE_INITIATIVE", Status.NOT_MET, "Điều 22 khoản 1 điểm b"),
                ex("Hoàng Thị Mai, 2022 already counted for her 2023 title", "CSTD_TINH", JAN_2025,
                        () -> mai().priorFighter(2023, "2020-2022").build(),
                        Verdict.NOT_ELIGIBLE, "YEARS_NOT_COUNTED_AGAIN", Status.NOT_MET, "Điều 30 khoản 9 Nghị định 98/2023"),
                vote("Hoàng Văn Nam, 2020–2022, 11 of 12 members yes (old regime)", "CSTD_TINH", DEC_2023,
                        () -> nam().build(), new CouncilVote(true, 12, 10, 10, 1),
                        Verdict.ELIGIBLE, "COUNCIL_VOTE", Status.MET, "Điều 45 khoản 8 Nghị định 91/2017"),
                vote("Hoàng Văn Nam, 8 yes of 9 present on a council of 12 (old regime)", "CSTD_TINH", DEC_2023,
                        () -> nam().build(), new CouncilVote(true, 12, 9, 8, 0),
                        Verdict.NOT_ELIGIBLE, "COUNCIL_VOTE", Status.NOT_MET, "Điều 45 khoản 8 Nghị định 91/2017"),
                ex("Hoàng Văn Nam, no council vote yet (old regime)", "CSTD_TINH", DEC_2023, () -> nam().build(),
                        Verdict.UNKNOWN, "COUNCIL_VOTE", Status.UNKNOWN, "Điều 45 khoản 8 Nghị định 91/2017"),
                vote("Hoàng Văn Nam, who recognised the initiative not stated (old regime)", "CSTD_TINH", DEC_2023, () -> {
                            NomineeBuilder b = nam();
                            b.initiatives = new java.util.ArrayList<>();
                            return b.initiative("SK-2022-07", Scope.BO_TINH, true, null, "").build();
                        }, new CouncilVote(true, 12, 12, 12, 0),
                        Verdict.UNKNOWN, "PROVINCIAL_SCOPE_INITIATIVE", Status.UNKNOWN, "Điều 9 khoản 2 Nghị định 91/2017"),
                // ---- Chiến sĩ thi đua toàn quốc (Điều 21) ----------------------------------------------
                ex("Hoàng Thị Mai, provincial fighter 2019 and 2023, national initiative", "CSTD_TOAN_QUOC", JAN_2025,
                        () -> NomineeBuilder.officer().year(2024, TaskRating.HTXSNV).provincialFighter(true, 2019, 2023)
                                .initiative("SK-TQ-1", Scope.TOAN_QUOC, true, "Chủ tịch UBND tỉnh Lạng Sơn", "").build(),
                        Verdict.UNKNOWN, "COUNCIL_VOTE", Status.UNKNOWN, "chưa xác nhận"),
                ex("Hoàng Thị Mai, one provincial fighter title", "CSTD_TOAN_QUOC", JAN_2025,
                        () -> NomineeBuilder.officer().year(2024, TaskRating.HTXSNV).provincialFighter(true, 2023)
                                .initiative("SK-TQ-1", Scope.TOAN_QUOC, true, "Chủ tịch UBND tỉnh Lạng Sơn", "").build(),
                        Verdict.NOT_ELIGIBLE, "TWO_CONSECUTIVE_PROVINCIAL", Status.NOT_MET, "Điều 21 khoản 1 điểm a"),
                ex("Hoàng Thị Mai, initiative of provincial scope only", "CSTD_TOAN_QUOC", JAN_2025,
                        () -> NomineeBuilder.officer().year(2024, TaskRating.HTXSNV).provincialFighter(true, 2019, 2023)
                                .initiative("SK-T-1", Scope.BO_TINH, true, "Chủ tịch UBND tỉnh Lạng Sơn", "").build(),
                        Verdict.NOT_ELIGIBLE, "NATIONAL_SCOPE_INITIATIVE", Status.NOT_MET, "Điều 21 khoản 1 điểm b"),
                // ---- Tập thể lao động tiên tiến (Điều 28 khoản 1; Điều 28 Luật 2003) ---------------------
                ex("Phòng TC-KH huyện Chi Lăng, 15 of 20 advanced", "Tập thể lao động tiên tiến", JAN_2025,
                        () -> chiLangOffice(15).build(),
                        Verdict.ELIGIBLE, "ADVANCED_WORKERS_70", Status.MET, "Điều 28 khoản 1 Luật 06/2022/QH15"),
                ex("Phòng TC-KH huyện Chi Lăng, 13 of 20 advanced", "TAP_THE_LDTT", JAN_2025,
                        () -> chiLangOffice(13).build(),
                        Verdict.NOT_ELIGIBLE, "ADVANCED_WORKERS_70", Status.NOT_MET, "Điều 28 khoản 1 Luật 06/2022/QH15"),
                ex("Phòng TC-KH huyện Chi Lăng, one member reprimanded with a warning", "TAP_THE_LDTT", JAN_2025, () -> {
                            NomineeBuilder b = chiLangOffice(16);
                            b.membersDisciplined = 1;
                            return b.build();
                        },
                        Verdict.NOT_ELIGIBLE, "NO_MEMBER_DISCIPLINED", Status.NOT_MET, "Điều 28 khoản 1 Luật 06/2022/QH15"),
                ex("Phòng TC-KH huyện Chi Lăng 2023, 11 of 20 (old regime)", "TAP_THE_LDTT", DEC_2023, () -> {
                            NomineeBuilder b = chiLangOffice(11);
                            b.year = 2023;
                            return b.build();
                        },
                        Verdict.UNKNOWN, "ADVANCED_WORKERS_OVER_50", Status.MET, "Điều 28 Luật Thi đua, khen thưởng 2003"),
                ex("Phòng TC-KH huyện Chi Lăng 2023, 10 of 20 (old regime)", "TAP_THE_LDTT", DEC_2023, () -> {
                            NomineeBuilder b = chiLangOffice(10);
                            b.year = 2023;
                            return b.build();
                        },
                        Verdict.NOT_ELIGIBLE, "ADVANCED_WORKERS_OVER_50", Status.NOT_MET, "Điều 28 Luật Thi đua, khen thưởng 2003"),
                // ---- Tập thể lao động xuất sắc --------------------------------------------------------------
                ex("Văn phòng Sở Tài chính, HTXSNV, 16 of 20 advanced, 2 CSTĐCS", "TAP_THE_LDXS", JAN_2025,
                        () -> stcOffice().build(),
                        Verdict.ELIGIBLE, "ALL_MEMBERS_COMPLETED", Status.MET, "Tập thể lao động xuất sắc"),
                ex("Văn phòng Sở Tài chính, one member did not complete tasks", "TAP_THE_LDXS", JAN_2025, () -> {
                            NomineeBuilder b = stcOffice();
                            b.membersCompletedTasks = 19;
                            return b.build();
                        },
                        Verdict.NOT_ELIGIBLE, "ALL_MEMBERS_COMPLETED", Status.NOT_MET, "100% cá nhân"),
                ex("Văn phòng Sở Tài chính, no CSTĐCS among its members", "TAP_THE_LDXS", JAN_2025, () -> {
                            NomineeBuilder b = stcOffice();
                            b.membersBaseFighters = 0;
                            return b.build();
                        },
                        Verdict.NOT_ELIGIBLE, "HAS_BASE_FIGHTER", Status.NOT_MET, "Chiến sĩ thi đua cơ sở"),
                ex("Hoàng Thị Mai proposed for a collective title", "TAP_THE_LDXS", JAN_2025,
                        () -> NomineeBuilder.officer().year(2024, TaskRating.HTXSNV).build(),
                        Verdict.NOT_ELIGIBLE, "RECIPIENT", Status.NOT_MET, "Điều 5 khoản 2 Luật 06/2022/QH15"),
                // ---- Cờ thi đua ------------------------------------------------------------------------------
                ex("Sở Tài chính, leading a Prime-Minister movement of 5 years at its review", "Cờ thi đua của Chính phủ",
                        JAN_2025, () -> {
                            NomineeBuilder b = NomineeBuilder.collective(2024, TaskRating.HTXSNV, 85);
                            b.leadsPrimeMinisterMovement = new Facts.PmMovement(5, true);
                            return b.build();
                        },
                        Verdict.UNKNOWN, "GOVERNMENT_DETAILS", Status.UNKNOWN, "Điều 25 khoản 4"),
                ex("Sở Tài chính, neither leading a cluster nor a movement", "CO_THI_DUA_CHINH_PHU", JAN_2025, () -> {
                            NomineeBuilder b = NomineeBuilder.collective(2024, TaskRating.HTXSNV, 85);
                            b.amongLeadingCollectivesOfClusters = false;
                            b.leadsCentralCouncilCluster = false;
                            b.leadsPrimeMinisterMovement = new Facts.PmMovement(3, true);
                            return b.build();
                        },
                        Verdict.NOT_ELIGIBLE, "BASIS", Status.NOT_MET, "Điều 25 khoản 1, 2, 3"),
                ex("UBND xã Nhân Lý for the provincial flag", "Cờ thi đua cấp tỉnh", JAN_2025,
                        () -> NomineeBuilder.collective(2024, TaskRating.HTXSNV, 30).build(),
                        Verdict.UNKNOWN, "STANDARD", Status.UNKNOWN, "Cờ thi đua của Bộ, ban, ngành, tỉnh"),
                // ---- Giấy khen, Bằng khen --------------------------------------------------------------------
                ex("Đinh Thị Lan for a Giấy khen (national pack)", "Giấy khen", JAN_2025,
                        () -> NomineeBuilder.officer().year(2024, TaskRating.HTXSNV).build(),
                        Verdict.UNKNOWN, "PROVINCIAL_STANDARD", Status.UNKNOWN, "Điều 75 khoản 2"),
                ex("Nông Văn Hùng for a Giấy khen while a discipline is in force", "GIAY_KHEN", JAN_2025,
                        () -> NomineeBuilder.officer().year(2024, TaskRating.HTXSNV)
                                .discipline(DisciplineStatus.IN_FORCE, "cảnh cáo", null).build(),
                        Verdict.NOT_ELIGIBLE, "NO_PENDING_DISCIPLINE", Status.NOT_MET, "Điều 4 khoản 2 Nghị định 98/2023"),
                ex("Lương Thị Thu, Bằng khen tỉnh 2019 then five good years", "Bằng khen của Thủ tướng Chính phủ",
                        JAN_2026, () -> thu().build(),
                        Verdict.ELIGIBLE, "ONE_OF_POINTS", Status.MET, "Điều 73 khoản 1"),
                ex("Lương Thị Thu, Bằng khen tỉnh 2020: four years only", "BANG_KHEN_THU_TUONG", JAN_2026, () -> {
                            NomineeBuilder b = NomineeBuilder.officer().year(2020, TaskRating.HTXSNV, BK_TINH)
                                    .year(2021, TaskRating.HTXSNV, CSTDCS).year(2022, TaskRating.HTXSNV, CSTDCS)
                                    .year(2023, TaskRating.HTTNV).year(2024, TaskRating.HTXSNV, CSTDCS);
                            b.otherBasesMet = false;
                            return b.build();
                        },
                        Verdict.NOT_ELIGIBLE, "ONE_OF_POINTS", Status.NOT_MET, "Điều 73 khoản 1"),
                ex("Lương Thị Thu, an irregular achievement of provincial impact (point c)", "BANG_KHEN_THU_TUONG", JAN_2026,
                        () -> {
                            NomineeBuilder b = NomineeBuilder.officer().year(2024, TaskRating.HTXSNV);
                            b.otherBasesMet = true;
                            return b.build();
                        },
                        Verdict.ELIGIBLE, "ONE_OF_POINTS", Status.MET, "Điều 73 khoản 1"),
                ex("Đinh Thị Lan, CSTĐCS 2023–2024 and two grassroots initiatives", BK_TINH, JAN_2025, () -> {
                            NomineeBuilder b = NomineeBuilder.officer()
                                    .yearWith(2023, TaskRating.HTXSNV, List.of(CSTDCS), List.of("SK-1"), List.of(), 0)
                                    .yearWith(2024, TaskRating.HTXSNV, List.of(CSTDCS), List.of("SK-2"), List.of(), 0)
                                    .initiative("SK-1", Scope.CO_SO, true, "Hội đồng sáng kiến huyện", "")
                                    .initiative("SK-2", Scope.CO_SO, true, "Hội đồng sáng kiến huyện", "");
                            b.otherBasesMet = false;
                            return b.build();
                        },
                        Verdict.ELIGIBLE, "ONE_OF_POINTS", Status.MET, "Điều 74 khoản 1"),
                ex("Đinh Thị Lan, the initiatives already backed her CSTĐCS titles", "BANG_KHEN_TINH", JAN_2025, () -> {
                            NomineeBuilder b = NomineeBuilder.officer()
                                    .yearWith(2023, TaskRating.HTXSNV, List.of(CSTDCS), List.of("SK-1"), List.of(), 0)
                                    .yearWith(2024, TaskRating.HTXSNV, List.of(CSTDCS), List.of("SK-2"), List.of(), 0)
                                    .initiative("SK-1", Scope.CO_SO, true, "Hội đồng sáng kiến", "CSTĐCS 2023")
                                    .initiative("SK-2", Scope.CO_SO, true, "Hội đồng sáng kiến", "CSTĐCS 2024");
                            b.otherBasesMet = false;
                            return b.build();
                        },
                        Verdict.NOT_ELIGIBLE, "ONE_OF_POINTS", Status.NOT_MET, "Điều 74 khoản 1"),
                ex("Phòng TC-KH huyện Chi Lăng for a Bằng khen tỉnh", "BANG_KHEN_TINH", JAN_2025,
                        () -> chiLangOffice(18).build(),
                        Verdict.UNKNOWN, "RECIPIENT", Status.UNKNOWN, "Điều 74 khoản 1"),
                ex("Lương Thị Thu for a Bằng khen Thủ tướng in 2023 (old regime)", "BANG_KHEN_THU_TUONG", DEC_2023,
                        () -> thu().build(),
                        Verdict.UNKNOWN, "STANDARD", Status.UNKNOWN, "Nghị định 91/2017/NĐ-CP"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void answersWithTheDecidingCriterionAndItsArticle(Example example) {
        Explanation answer = Packs.explain(example.award(), example.decisionDate(), example.nominee().get(),
                example.vote());

        assertThat(answer.verdict()).as(answer.criteria().toString()).isEqualTo(example.verdict());
        CriterionResult deciding = Packs.criterion(answer, example.criterion());
        assertThat(deciding.status()).as(deciding.reason()).isEqualTo(example.status());
        assertThat(deciding.citation()).contains(example.citation());
        assertThat(deciding.reason()).isNotBlank();
        assertThat(answer.verdict()).isEqualTo(Verdict.of(answer.criteria()));
    }

    @org.junit.jupiter.api.Test
    void atLeastFortyExamplesOverTheThreeRegimes() {
        List<Example> all = examples().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
        assertThat(all.stream().map(e -> Packs.BUILT_IN.select(e.decisionDate(), null).id()).distinct())
                .containsExactlyInAnyOrder("vn-before-2024", "vn-2024", "vn-2025-07");
        assertThat(all.stream().map(Example::verdict).distinct()).containsExactlyInAnyOrder(Verdict.values());
    }
}
