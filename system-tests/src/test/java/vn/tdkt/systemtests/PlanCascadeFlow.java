package vn.tdkt.systemtests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request bodies for issue 11's system flows, after seed 000 (Lạng Sơn, 2024): the province's directive
 * (Công văn 1665/UBND-NC) launched as a campaign, the Department of Finance's plan implementing it with
 * its offices' tasks, and the 2025 reform's merger of two communes into one.
 */
final class PlanCascadeFlow {

    static final String DIRECTIVE_TITLE = "Đẩy mạnh phong trào thi đua yêu nước chào mừng Đại hội Đảng bộ các cấp "
            + "tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng";
    static final String FINANCE_PLAN_TITLE = "Sở Tài chính phát động phong trào thi đua chào mừng Đại hội Đảng bộ các cấp, "
            + "Đại hội Thi đua yêu nước toàn quốc lần thứ XI";
    static final String MERGER_CAMPAIGN_TITLE = "Thi đua xây dựng chính quyền địa phương hai cấp sau sắp xếp năm 2026";

    private PlanCascadeFlow() {
    }

    static Map<String, Object> unit(String code, String name, String level, String parentCode, List<String> contacts) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("level", level);
        body.put("parentCode", parentCode);
        body.put("staffCount", 20);
        body.put("contactEmails", contacts);
        return body;
    }

    /** The province's campaign: what the directive asks of the departments and communes. */
    static Map<String, Object> provinceCampaign(String organiser, List<String> recipients) {
        Map<String, Object> body = plan(DIRECTIVE_TITLE, organiser, null, recipients);
        body.put("theme", "Thi đua lập thành tích chào mừng Đại hội Thi đua yêu nước toàn quốc lần thứ XI");
        body.put("movements", List.of("Cả nước thi đua xây dựng xã hội học tập", "Cả nước chung tay vì người nghèo"));
        body.put("awardForms", List.of(Map.of("name", "Bằng khen của Chủ tịch UBND tỉnh", "grantedBy", "Chủ tịch UBND tỉnh")));
        body.put("milestones", List.of(Map.of("date", "2026-09-02", "title", "Kỷ niệm 81 năm Quốc khánh")));
        return body;
    }

    /** The department's plan implementing {@code parentId}, with a task for each of its offices. */
    static Map<String, Object> departmentCampaign(String organiser, String parentId, List<String> offices) {
        Map<String, Object> body = plan(FINANCE_PLAN_TITLE, organiser, parentId, offices);
        body.put("responsibilities", offices.stream().map(o -> Map.of("unitCode", o,
                "task", "Tổ chức phát động, đăng ký thi đua và báo cáo kết quả về Văn phòng Sở", "dueDate", "2026-11-30")).toList());
        return body;
    }

    static Map<String, Object> plan(String title, String organiser, String parentId, List<String> recipients) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("kind", "THEMATIC");
        body.put("organiserUnitCode", organiser);
        if (parentId != null) {
            body.put("parentCampaignId", parentId);
        }
        body.put("legalBasis", List.of(Map.of("number", "1665/UBND-NC", "date", "2026-01-05",
                "issuer", "Chủ tịch UBND tỉnh Lạng Sơn")));
        body.put("startDate", "2026-01-10");
        body.put("endDate", "2026-12-31");
        body.put("recipientUnitCodes", recipients);
        return body;
    }

    static Map<String, Object> merger(List<String> sources, Map<String, Object> successor) {
        return Map.of("effectiveDate", "2026-07-01", "sourceCodes", sources, "successor", successor);
    }
}
