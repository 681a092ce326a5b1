package vn.tdkt.campaign;

import java.time.LocalDate;
import java.util.List;

/**
 * Seed 000 as a client sends it: the province's directive (Công văn 1665/UBND-NC of 05/11/2024 by the
 * chair of UBND tỉnh Lạng Sơn) launched as a province campaign, and the Department of Finance's plan
 * implementing it, with its linked movements, its offices' tasks and its distribution list. Codes end
 * in {@code suffix} so that runs sharing a database do not collide; {@code Seed000.of("")} gives the
 * demo tree's codes. The system test of issue 11 uses the same shape.
 */
public record Seed000(String suffix, LocalDate start, LocalDate end, LocalDate registrationDeadline) {

    /** As the plans have it: from November 2024 to the end of 2025, registrations until 31/01/2025. */
    public static Seed000 of(String suffix) {
        return new Seed000(suffix, LocalDate.of(2024, 11, 20), LocalDate.of(2025, 12, 31), LocalDate.of(2025, 1, 31));
    }

    /** The same plans moved to another period, e.g. one around today for a test on the real clock. */
    public Seed000 during(LocalDate newStart, LocalDate newEnd, LocalDate newDeadline) {
        return new Seed000(suffix, newStart, newEnd, newDeadline);
    }

    public String province() {
        return "LS" + suffix;
    }

    public String finance() {
        return "LS-STC" + suffix;
    }

    public String homeAffairs() {
        return "LS-SNV" + suffix;
    }

    public String chiLang() {
        return "LS-CL" + suffix;
    }

    public String financeOffice() {
        return "LS-STC-VP" + suffix;
    }

    public String financeInspectorate() {
        return "LS-STC-TTRA" + suffix;
    }

    /** The units to register, parents first: {@code POST /api/v1/units} bodies. */
    public List<String> units() {
        return List.of(
                unit(province(), "UBND tỉnh Lạng Sơn", "PROVINCE", null, "vanthu@langson.gov.vn"),
                unit(finance(), "Sở Tài chính tỉnh Lạng Sơn", "DEPARTMENT", province(), "stc@langson.gov.vn"),
                unit(homeAffairs(), "Sở Nội vụ tỉnh Lạng Sơn", "DEPARTMENT", province(), "snv@langson.gov.vn"),
                unit(chiLang(), "UBND huyện Chi Lăng", "DISTRICT", province(), "ubnd@chilang.langson.gov.vn"),
                unit(financeOffice(), "Văn phòng Sở Tài chính", "OFFICE", finance(), "vp.stc@langson.gov.vn"),
                unit(financeInspectorate(), "Thanh tra Sở Tài chính", "OFFICE", finance(), "ttra.stc@langson.gov.vn"));
    }

    /** The province's campaign: what Công văn 1665/UBND-NC asks of the departments and districts. */
    public String provinceCampaign() {
        return """
                {"title":"Đẩy mạnh phong trào thi đua yêu nước chào mừng Đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
                 "theme":"Thi đua lập thành tích chào mừng Đại hội Thi đua yêu nước toàn quốc lần thứ XI",
                 "kind":"THEMATIC","organiserUnitCode":"%s",
                 "legalBasis":[{"number":"1665/UBND-NC","date":"2024-11-05","issuer":"Chủ tịch UBND tỉnh Lạng Sơn"}],
                 "startDate":"%s","endDate":"%s",
                 "recipientUnitCodes":["%s","%s","%s"],
                 "participants":{"rootUnitCode":"%s","groups":["cán bộ, công chức, viên chức","người lao động"]}}
                """.formatted(province(), start, end, finance(), homeAffairs(), chiLang(), province());
    }

    /** The Department of Finance's plan implementing the province's campaign {@code parentId}. */
    public String departmentCampaign(String parentId) {
        return """
                {"title":"Phát động phong trào thi đua yêu nước chào mừng Đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, Đại hội thi đua yêu nước toàn quốc lần thứ XI",
                 "kind":"THEMATIC","organiserUnitCode":"%s","parentCampaignId":"%s",
                 "legalBasis":[{"number":"1665/UBND-NC","date":"2024-11-05","issuer":"Chủ tịch UBND tỉnh Lạng Sơn"}],
                 "startDate":"%s","endDate":"%s",
                 "recipientUnitCodes":["%s","%s","%s","%s"],
                 "participants":{"rootUnitCode":"%s","groups":["công chức","người lao động"]},
                 "movements":["Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí",
                              "Cả nước chung sức xây dựng nông thôn mới",
                              "Vì người nghèo - Không để ai bị bỏ lại phía sau",
                              "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở"],
                 "goals":["Hoàn thành đạt và vượt mức các chỉ tiêu, nhiệm vụ năm 2024, năm 2025",
                          "Phát hiện, biểu dương, khen thưởng kịp thời các tập thể, cá nhân có thành tích xuất sắc"],
                 "awardForms":[{"name":"Giấy khen","grantedBy":"Giám đốc Sở Tài chính"},
                               {"name":"Bằng khen","grantedBy":"Chủ tịch UBND tỉnh (trình cấp có thẩm quyền)"}],
                 "responsibilities":[
                   {"unitCode":"%s","task":"Tham mưu giúp Giám đốc Sở hướng dẫn, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tham mưu sơ kết, tổng kết và báo cáo"},
                   {"unitCode":"%s","task":"Tuyên truyền sâu rộng tới công chức, người lao động; phát hiện, giới thiệu gương điển hình tiên tiến"}],
                 "registrationDeadline":"%s"}
                """.formatted(finance(), parentId, start, end, province(), homeAffairs(), financeOffice(),
                financeInspectorate(),
                finance(), financeOffice(), financeInspectorate(), registrationDeadline);
    }

    /** The Office of the Department registers what it and two of its people aim for. */
    public String officeRegistration() {
        return """
                {"collectiveTitles":["Tập thể lao động xuất sắc"],
                 "commitments":["100% công chức hoàn thành tốt nhiệm vụ trở lên"],
                 "individuals":[{"name":"Nguyễn Thị Hằng","position":"Chánh Văn phòng","title":"Chiến sĩ thi đua cơ sở"},
                                {"name":"Hoàng Văn Đức","position":"Chuyên viên","title":"Lao động tiên tiến"}]}
                """;
    }

    private static String unit(String code, String name, String level, String parent, String email) {
        return """
                {"code":"%s","name":"%s","level":"%s",%s"contactEmails":["%s"]}"""
                .formatted(code, name, level, parent == null ? "" : "\"parentCode\":\"" + parent + "\",", email);
    }
}
