package vn.tdkt.systemtests;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request bodies for issue 13's system flow: a commune's dossier for the provincial chairperson's certificate
 * (Bằng khen của Chủ tịch UBND tỉnh), through the district's council to the province's, and the decision. The
 * province's authority for that certificate comes from the test's provincial rule pack
 * ({@code src/test/resources/rule-packs}), since the national packs leave it unconfirmed.
 */
final class NominationFlow {

    static final String NOMINEE = "Hoàng Thị Lan";
    static final String AWARD = "BANG_KHEN_TINH";
    static final String DECISION_NUMBER = "1234/QĐ-UBND";

    private NominationFlow() {
    }

    static Map<String, Object> dossier(String nominatingUnit, String addressedTo, String nomineeUnit) {
        Map<String, Object> nominee = new LinkedHashMap<>();
        nominee.put("kind", "INDIVIDUAL");
        nominee.put("nomineeId", "CB-NL-0007");
        nominee.put("name", NOMINEE);
        nominee.put("position", "Công chức Văn hoá – Xã hội");
        nominee.put("unitCode", nomineeUnit);
        nominee.put("gender", "FEMALE");
        nominee.put("ethnicity", "Tày");
        nominee.put("birthYear", 1986);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nominatingUnitCode", nominatingUnit);
        body.put("addressedTo", addressedTo);
        body.put("nominee", nominee);
        body.put("award", AWARD);
        body.put("basis", "REGULAR");
        body.put("year", 2025);
        body.put("achievements", "Hoàn thành xuất sắc nhiệm vụ hai năm liền; vận động 100% hộ gia đình tham gia phong "
                + "trào \"Toàn dân đoàn kết xây dựng đời sống văn hoá\".");
        body.put("evidence", Map.of("taskRatings", List.of(Map.of("year", 2024, "rating", "HTXSNV"),
                Map.of("year", 2025, "rating", "HTXSNV")), "discipline", "NONE"));
        return body;
    }

    static Map<String, Object> council(String name, List<String> members) {
        return Map.of("name", name, "chair", members.getFirst(), "secretary", "thuky.hoidong", "members", members);
    }

    /** What the secretary records where the rule pack leaves the council's threshold unconfirmed. */
    static Map<String, Object> closing() {
        return Map.of("ruleApplied", "Quy chế hoạt động của Hội đồng (kiểm thử): từ 90% tổng số thành viên đồng ý",
                "threshold", 0.9, "denominator", "TOTAL_MEMBERS");
    }

    static Map<String, Object> decision(String grantor, String nominationId) {
        return Map.of("number", DECISION_NUMBER,
                "date", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).toString(),
                "signer", Map.of("name", "Nguyễn Văn Quân", "title", "Chủ tịch Ủy ban nhân dân tỉnh"),
                "grantorUnitCode", grantor, "nominationIds", List.of(nominationId));
    }
}
