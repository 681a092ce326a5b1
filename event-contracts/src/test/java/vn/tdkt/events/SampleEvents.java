package vn.tdkt.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.tdkt.events.bloc.BlocCreated;
import vn.tdkt.events.bloc.BlocPhaseChanged;
import vn.tdkt.events.bloc.BlocProposal;
import vn.tdkt.events.bloc.BlocRankingEntry;
import vn.tdkt.events.bloc.BlocResultPublished;
import vn.tdkt.events.bloc.BlocUpdated;
import vn.tdkt.events.bloc.CovenantCriterion;
import vn.tdkt.events.bloc.CovenantSigned;
import vn.tdkt.events.bloc.CriterionScore;
import vn.tdkt.events.bloc.ScorecardSubmitted;
import vn.tdkt.events.campaign.AwardForm;
import vn.tdkt.events.campaign.CampaignCreated;
import vn.tdkt.events.campaign.CampaignMilestoneAdded;
import vn.tdkt.events.campaign.CampaignPhaseChanged;
import vn.tdkt.events.campaign.CampaignResponsibilityAdded;
import vn.tdkt.events.campaign.CampaignUpdated;
import vn.tdkt.events.campaign.LegalBasis;
import vn.tdkt.events.congress.CongressDocumentReceived;
import vn.tdkt.events.congress.CongressDocumentReminder;
import vn.tdkt.events.congress.CongressPlanned;
import vn.tdkt.events.congress.CongressRescheduled;
import vn.tdkt.events.congress.CongressSeatsAllocated;
import vn.tdkt.events.congress.CongressTarget;
import vn.tdkt.events.congress.CongressUnitSeats;
import vn.tdkt.events.congress.CongressUpdated;
import vn.tdkt.events.unit.UnitContact;
import vn.tdkt.events.campaign.Milestone;
import vn.tdkt.events.campaign.Participants;
import vn.tdkt.events.campaign.Responsibility;
import vn.tdkt.events.congress.ApprovedDelegate;
import vn.tdkt.events.congress.DelegateListApproved;
import vn.tdkt.events.congress.DelegateListReopened;
import vn.tdkt.events.congress.DelegateListWarning;
import vn.tdkt.events.registration.CampaignRegistrationSubmitted;
import vn.tdkt.events.registration.IndividualTarget;
import vn.tdkt.events.nomination.Exemplar;
import vn.tdkt.events.nomination.ExemplarRegistrationDue;
import vn.tdkt.events.nomination.ExemplarRegistrationMissed;
import vn.tdkt.events.nomination.ExemplarsRegistered;
import vn.tdkt.events.nomination.HonourConferred;
import vn.tdkt.events.nomination.HonourRecorded;
import vn.tdkt.events.nomination.CouncilAgendaItem;
import vn.tdkt.events.nomination.CouncilSessionClosed;
import vn.tdkt.events.nomination.CouncilSessionOpened;
import vn.tdkt.events.nomination.CouncilUpdated;
import vn.tdkt.events.nomination.CouncilVoteResult;
import vn.tdkt.events.nomination.InitiativeRecognised;
import vn.tdkt.events.nomination.InitiativeUsed;
import vn.tdkt.events.nomination.NominationAppraised;
import vn.tdkt.events.nomination.NominationDecided;
import vn.tdkt.events.nomination.NominationForwarded;
import vn.tdkt.events.nomination.NominationReturned;
import vn.tdkt.events.nomination.NominationSubmitted;
import vn.tdkt.events.nomination.NominationVoted;
import vn.tdkt.events.nomination.RulePackChanged;
import vn.tdkt.events.nomination.RulePackLoaded;
import vn.tdkt.events.unit.UnitRegistered;
import vn.tdkt.events.unit.UnitUpdated;

/** One fully populated instance of every catalogued event, with Vietnamese text. */
final class SampleEvents {

    static final Instant AT = Instant.parse("2026-11-24T04:30:00.123Z");

    private SampleEvents() {
    }

    static final List<LegalBasis> BASIS =
            List.of(new LegalBasis("9733/KH-UBND", LocalDate.of(2024, 9, 4), "UBND tỉnh Khánh Hòa"));
    static final Participants WHO = new Participants("SNV-KH", List.of("công chức, viên chức", "người lao động"));
    static final List<String> MOVEMENTS = List.of("Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở");
    static final List<AwardForm> AWARDS = List.of(new AwardForm("Giấy khen", "Giám đốc Sở Nội vụ"));
    static final Milestone APRIL_30 = new Milestone(LocalDate.of(2025, 4, 30),
            "50 năm ngày giải phóng miền Nam, thống nhất đất nước");
    static final Responsibility VP = new Responsibility("SNV-KH.VP", "Theo dõi, hướng dẫn, đôn đốc", null);

    static List<DomainEvent> all() {
        return List.of(
                new UnitRegistered(UUID.randomUUID(), AT, "SO-NV", 1, "SO-NV", "Sở Nội vụ tỉnh Đồng Tháp",
                        "DEPARTMENT", "UBND-DT", 85, List.of("thidua@sonv.dongthap.gov.vn"), "ACTIVE", null,
                        List.of(), null, new UnitContact("Nguyễn Thị Hương", "Chuyên viên thi đua",
                                "huong@sonv.dongthap.gov.vn", null),
                        new UnitContact("Trần Văn Đức", "Giám đốc Sở", "duc@sonv.dongthap.gov.vn", "0277 3851 234")),
                new UnitUpdated(UUID.randomUUID(), AT, "XA-MY-AN", 4, "XA-MY-AN", "Xã Mỹ An", "COMMUNE", null,
                        null, List.of(), "MERGED", "XA-MY-AN-MOI", List.of("XA-MY-AN-CU"), LocalDate.of(2025, 7, 1),
                        null, null),
                new CampaignCreated(UUID.randomUUID(), AT, "c-2026-01", 1, "Phong trào thi đua \"Cả nước chung tay\"",
                        "Đổi mới, sáng tạo, tăng tốc, bứt phá", "THEMATIC", "SO-NV", null,
                        List.of(new LegalBasis("12/KH-UBND", LocalDate.of(2026, 1, 15), "UBND tỉnh Đồng Tháp")),
                        LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31), List.of("XA-MY-AN", "SO-TC"), "DRAFT"),
                new CampaignPhaseChanged(UUID.randomUUID(), AT, "c-2025-03", 3, "Thi đua chào mừng Đại hội XIX",
                        null, "SNV-KH", List.of("SNV-KH.VP"), "LAUNCHED", "MIDTERM_REVIEW", LocalDate.of(2024, 9, 20),
                        LocalDate.of(2025, 12, 31), "Sơ kết: 12 tập thể, 40 cá nhân đăng ký", "THEMATIC", "c-kh",
                        BASIS, WHO, MOVEMENTS, List.of("Hoàn thành vượt mức chỉ tiêu"), List.of("Tiêu chí 1"),
                        AWARDS, List.of(APRIL_30), List.of(VP), LocalDate.of(2024, 10, 31)),
                new CampaignUpdated(UUID.randomUUID(), AT, "c-2025-03", 1, "Thi đua chào mừng Đại hội XIX", null,
                        "THEMATIC", "SNV-KH", "c-kh", BASIS, LocalDate.of(2024, 9, 20), LocalDate.of(2025, 12, 31),
                        List.of("SNV-KH.VP"), "DRAFT", WHO, MOVEMENTS, List.of(), List.of(), AWARDS, List.of(),
                        List.of(), null),
                new CampaignMilestoneAdded(UUID.randomUUID(), AT, "c-2025-03", 4, "Thi đua chào mừng Đại hội XIX",
                        null, "THEMATIC", "SNV-KH", null, BASIS, LocalDate.of(2024, 9, 20), LocalDate.of(2025, 12, 31),
                        List.of("SNV-KH.VP"), "LAUNCHED", WHO, MOVEMENTS, List.of(), List.of(), AWARDS,
                        List.of(APRIL_30), List.of(VP), LocalDate.of(2024, 10, 31), APRIL_30),
                new CampaignResponsibilityAdded(UUID.randomUUID(), AT, "c-2025-03", 5, "Thi đua chào mừng Đại hội XIX",
                        null, "THEMATIC", "SNV-KH", null, BASIS, LocalDate.of(2024, 9, 20), LocalDate.of(2025, 12, 31),
                        List.of("SNV-KH.VP"), "LAUNCHED", null, List.of(), List.of(), List.of(), List.of(),
                        List.of(), List.of(VP), null, VP),
                new CampaignRegistrationSubmitted(UUID.randomUUID(), AT, "c-2025-03:SNV-KH.VP", 0, "c-2025-03",
                        "SNV-KH.VP", "SNV-KH", List.of("Tập thể lao động xuất sắc"),
                        List.of("100% công chức hoàn thành tốt nhiệm vụ"),
                        List.of(new IndividualTarget("Nguyễn Thị Ánh", "Chánh Văn phòng", "Chiến sĩ thi đua cơ sở"))),
                new BlocCreated(UUID.randomUUID(), AT, BLOC, 0, "Khối thi đua các huyện", 2026, "LS", MEMBERS,
                        MEMBERS, "LS-CL", "LS-HL", CRITERIA, 0, 100, 0, 1, 2, "DRAFT"),
                new BlocUpdated(UUID.randomUUID(), AT, BLOC, 1, "Khối thi đua các huyện", 2026, "LS", MEMBERS,
                        MEMBERS, "LS-CL", "LS-HL", CRITERIA, 20, 50, 30, 1, 2, "COVENANT_SIGNING"),
                new BlocPhaseChanged(UUID.randomUUID(), AT, BLOC, 2, "Khối thi đua các huyện", 2026, "LS", MEMBERS,
                        "LS-CL", "LS-HL", "DRAFT", "COVENANT_SIGNING"),
                new CovenantSigned(UUID.randomUUID(), AT, BLOC, 3, "Khối thi đua các huyện", 2026, "LS", MEMBERS,
                        "LS-HL", AT, List.of("LS-CL", "LS-HL"), false),
                new ScorecardSubmitted(UUID.randomUUID(), AT, BLOC, 4, "Khối thi đua các huyện", 2026, "LS", MEMBERS,
                        "LS-CL", "LS-HL", "LEADER", List.of(new CriterionScore("1.1", new BigDecimal("38.5"))),
                        new BigDecimal("38.5"), 2),
                new BlocResultPublished(UUID.randomUUID(), AT, BLOC, 5, "Khối thi đua các huyện", 2026, "LS",
                        MEMBERS, "LS-CL", "LS-HL", 0, 100, 0,
                        List.of(new BlocRankingEntry(1, "LS-HL", new BigDecimal("38.50"), null,
                                new BigDecimal("38.50"), null, 0, List.of(), "Total 38.50; no other member has it")),
                        List.of(new BlocProposal("LS-HL", "FLAG", 1, false))),
                new RulePackLoaded(UUID.randomUUID(), AT, "vn-2024", 0, "Luật Thi đua, khen thưởng 06/2022/QH15",
                        "VN", null, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30), "ab12",
                        List.of("LAO_DONG_TIEN_TIEN", "CSTD_CO_SO")),
                new RulePackChanged(UUID.randomUUID(), AT, "ls-2024", 1, "Quy định của tỉnh Lạng Sơn", "LS", "vn-2024",
                        LocalDate.of(2024, 1, 1), null, "cd34", List.of("GIAY_KHEN")),
                new HonourRecorded(UUID.randomUUID(), AT, "CB-0042", 0, "b-1", "INDIVIDUAL", "Hoàng Thị Mai", "LS-STC",
                        2024, "CSTD_CO_SO", "Chiến sĩ thi đua cơ sở", "125/QĐ-STC", LocalDate.of(2025, 1, 20),
                        "CSV_IMPORT"),
                new InitiativeRecognised(UUID.randomUUID(), AT, "SK-2024-015", 0, "Số hoá hồ sơ khen thưởng",
                        "LS-STC", List.of("CB-0042"), "CO_SO", LocalDate.of(2024, 11, 30), "Hội đồng sáng kiến Sở Tài chính",
                        true),
                new InitiativeUsed(UUID.randomUUID(), AT, "SK-2024-015", 1, "DX-2025-7", "CB-0042", "CSTD_CO_SO",
                        2024, 2024),
                new NominationSubmitted(UUID.randomUUID(), AT, NOMINATION, 1, "SUBMITTED", "LS-CL-NL", "LS-CL",
                        "INDIVIDUAL", "CB-0042", "Hoàng Thị Mai", "LS-CL-NL", "CSTD_CO_SO", "Chiến sĩ thi đua cơ sở",
                        2024, null, null, false),
                new NominationAppraised(UUID.randomUUID(), AT, NOMINATION, 2, "APPRAISED", "LS-CL-NL", "LS-CL",
                        "INDIVIDUAL", "CB-0042", "Hoàng Thị Mai", "LS-CL-NL", "CSTD_CO_SO", "Chiến sĩ thi đua cơ sở",
                        2024, null, null, "vn-2024", "UNKNOWN", List.of("STANDARD")),
                new NominationReturned(UUID.randomUUID(), AT, NOMINATION, 2, "RETURNED", "LS-CL-NL", "LS-CL",
                        "INDIVIDUAL", "CB-0042", "Hoàng Thị Mai", "LS-CL-NL", "CSTD_CO_SO", "Chiến sĩ thi đua cơ sở",
                        2024, null, null, List.of("Thiếu sáng kiến được công nhận")),
                new NominationVoted(UUID.randomUUID(), AT, NOMINATION, 3, "APPROVED", "LS-CL-NL", "LS-CL",
                        "INDIVIDUAL", "CB-0042", "Hoàng Thị Mai", "LS-CL-NL", "CSTD_CO_SO", "Chiến sĩ thi đua cơ sở",
                        2024, null, null, "s-1", true, 7, 6, 6, 0, 0, "≥ 2/3 tổng số thành viên"),
                new NominationDecided(UUID.randomUUID(), AT, NOMINATION, 4, "DECIDED", "LS-CL-NL", "LS-CL",
                        "INDIVIDUAL", "CB-0042", "Hoàng Thị Mai", "LS-CL-NL", "CSTD_CO_SO", "Chiến sĩ thi đua cơ sở",
                        2024, null, null, "d-1", "125/QĐ-UBND", LocalDate.of(2025, 1, 20)),
                new NominationForwarded(UUID.randomUUID(), AT, NOMINATION, 4, "FORWARDED", "LS-CL-NL", "LS-CL",
                        "INDIVIDUAL", "CB-0042", "Hoàng Thị Mai", "LS-CL-NL", "CSTD_TINH", "Chiến sĩ thi đua cấp tỉnh",
                        2024, null, null, "LS", "0b4e1c7a-5f1e-4c1e-9a55-2f2d6c1d9e01", "không thuộc thẩm quyền"),
                new CouncilUpdated(UUID.randomUUID(), AT, "LS", 0, "LS", "Hội đồng Thi đua – Khen thưởng tỉnh",
                        "uyvien.1", "thuky.hoidong", List.of("uyvien.1", "uyvien.2", "uyvien.3"), 3, "thuky.hoidong"),
                new CouncilSessionOpened(UUID.randomUUID(), AT, "phien-1", 0, "LS",
                        "Hội đồng Thi đua – Khen thưởng tỉnh", "Phiên họp tháng 1", 3,
                        List.of(new CouncilAgendaItem("DX-1", "Hoàng Thị Mai", "LS-STC", "CSTD_CO_SO",
                                "Chiến sĩ thi đua cơ sở", 2024, "vn-2024")), "thuky.hoidong"),
                new CouncilSessionClosed(UUID.randomUUID(), AT, "phien-1", 1, "LS",
                        "Hội đồng Thi đua – Khen thưởng tỉnh", "Phiên họp tháng 1", 3, 3,
                        List.of(new CouncilVoteResult("DX-1", "Hoàng Thị Mai", "LS-STC", "CSTD_CO_SO",
                                "Chiến sĩ thi đua cơ sở", 2024, 3, 3, 3, 0, 0, new BigDecimal("0.9"), "TOTAL_MEMBERS",
                                true, "vn-before-2024: ≥ 90% of all members", false)), "thuky.hoidong"),
                new HonourConferred(UUID.randomUUID(), AT, "0b7e4c1a-2f3d-4e5f-8a9b-0c1d2e3f4a5b", 1, "125/QĐ-UBND",
                        LocalDate.of(2025, 1, 20), "LS", "PROVINCE", "DX-2025-7", "INDIVIDUAL", "CB-0042",
                        "Hoàng Thị Mai", "LS-STC", "LS-STC", "BANG_KHEN_TINH", "Bằng khen của Chủ tịch UBND tỉnh", 2024),
                new ExemplarsRegistered(UUID.randomUUID(), AT, "LS-STC-VP:2017-05", 1, "LS-STC-VP", "Văn phòng Sở",
                        "2017-05", List.of(new Exemplar("INDIVIDUAL", "Nguyễn Thị Ánh", "Chánh Văn phòng", "Văn phòng Sở",
                                "Số hoá hồ sơ một cửa", "Cải cách hành chính"))),
                new ExemplarRegistrationDue(UUID.randomUUID(), AT, "LS-STC-QLG:2017-05", 0, "LS-STC-QLG",
                        "Phòng Quản lý giá", "LS-STC", "2017-05", LocalDate.of(2017, 6, 25)),
                new ExemplarRegistrationMissed(UUID.randomUUID(), AT, "LS-STC-QLG:2017-05", 0, "LS-STC-QLG",
                        "Phòng Quản lý giá", "LS-STC", "2017-05", LocalDate.of(2017, 6, 25)),
                new CongressPlanned(UUID.randomUUID(), AT, CONGRESS, 1, "LS-CL-NL",
                        "Hội nghị điển hình tiên tiến xã Nhân Lý năm 2025", "COMMUNE", "PLENARY", false, "PLANNED",
                        LocalDate.of(2025, 2, 20), 120, 70, List.of(new CongressTarget("WOMEN", 30)),
                        List.of("Chào cờ", "Thông qua danh sách đại biểu đi dự Đại hội cấp trên"), UPPER_CONGRESS,
                        true, true, "Xã chỉ đạo điểm", List.of("trùng ngày với Đại hội cấp trên")),
                new CongressUpdated(UUID.randomUUID(), AT, CONGRESS, 2, List.of("form"), "LS-CL-NL",
                        "Hội nghị điển hình tiên tiến xã Nhân Lý năm 2025", "COMMUNE", "DELEGATE", false, "PLANNED",
                        LocalDate.of(2025, 2, 20), 120, 70, List.of(new CongressTarget("WOMEN", 30)),
                        List.of("Chào cờ"), UPPER_CONGRESS, true, true, "Xã chỉ đạo điểm",
                        List.of("trùng ngày với Đại hội cấp trên")),
                new CongressRescheduled(UUID.randomUUID(), AT, CONGRESS, 3, "LS-CL-NL", UPPER_CONGRESS,
                        LocalDate.of(2025, 2, 20), LocalDate.of(2025, 4, 20), true, "Xã chỉ đạo điểm",
                        List.of("không trước Đại hội cấp trên ngày 2025-04-20")),
                new CongressDocumentReceived(UUID.randomUUID(), AT, CONGRESS, 4, "LS-CL-NL", UPPER_CONGRESS, "PLAN",
                        LocalDate.of(2025, 2, 5), LocalDate.of(2025, 2, 7), true),
                new CongressSeatsAllocated(UUID.randomUUID(), AT, UPPER_CONGRESS, 5, "LS-CL", 1, "WEBSTER", "STAFF",
                        210, List.of(new CongressUnitSeats("LS-CL-NL", "120", "1000/3", 12))),
                new CongressDocumentReminder(UUID.randomUUID(), AT, CONGRESS, 5, "LS-CL-NL",
                        "Hội nghị điển hình tiên tiến xã Nhân Lý năm 2025", LocalDate.of(2025, 2, 20), "LS-CL",
                        "REPORT", LocalDate.of(2025, 2, 5), "DUE_SOON"),
                new DelegateListApproved(UUID.randomUUID(), AT, UPPER_CONGRESS + ":LS-CL-NL", 4, UPPER_CONGRESS,
                        "LS-CL-NL", "LS-CL", 12, 1, List.of(new ApprovedDelegate("d-1", "EXEMPLARY",
                                "honour:d-1:DX-2025-7")),
                        List.of(new DelegateListWarning("COMPOSITION_TARGET",
                                "Nhà khoa học: 0 trên 1 đại biểu (0,0 %), chỉ tiêu tối thiểu 5 %"))),
                new DelegateListReopened(UUID.randomUUID(), AT, UPPER_CONGRESS + ":LS-CL-NL", 5, UPPER_CONGRESS,
                        "LS-CL-NL", "LS-CL", "Thay đại biểu do chuyển công tác"));
    }

    private static final String CONGRESS = "3c0d7a3e-6a1b-4c9e-8f2d-1b2c3d4e5f60";
    private static final String UPPER_CONGRESS = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    private static final String NOMINATION = "6f1d2c3b-4a5e-4f60-9b7c-8d9e0f1a2b3c";
    private static final String BLOC = "7b0c1f2e-3a4d-4e5f-8a9b-0c1d2e3f4a5b";
    private static final List<String> MEMBERS = List.of("LS-CL", "LS-HL", "LS-STC");
    private static final List<CovenantCriterion> CRITERIA = List.of(new CovenantCriterion("1.1",
            "Hoàn thành chỉ tiêu thu ngân sách", "I. Thực hiện nhiệm vụ chính trị", new BigDecimal("40")));
}
