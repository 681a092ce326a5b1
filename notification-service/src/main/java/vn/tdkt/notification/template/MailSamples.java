package vn.tdkt.notification.template;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sample data for every template kind, with the variables its composer passes: what the preview endpoint renders
 * and what the rendering test goes through. Names from the Lạng Sơn seeds; nothing personal beyond a sample name.
 */
public final class MailSamples {

    private static final String CAMPAIGN = "Thi đua thực hiện thắng lợi nhiệm vụ năm 2026";
    private static final Map<String, Object> CAMPAIGN_FACTS = Map.of("path", "/campaigns/c-2026-01",
            "title", CAMPAIGN, "organiser", "UBND tỉnh Lạng Sơn", "hasPeriod", true,
            "start", "05/01/2026", "end", "31/12/2026");

    private static final Map<String, Map<String, Object>> SAMPLES = Map.of(
            "campaign-phase-changed", with(CAMPAIGN_FACTS, Map.of("theme", "Đổi mới, sáng tạo, tăng tốc, bứt phá",
                    "move", "LAUNCHED", "to", "LAUNCHED", "toKnown", true, "from", "DRAFT", "fromKnown", true)),
            "campaign-milestone-added", with(CAMPAIGN_FACTS, Map.of("date", "02/09/2026",
                    "milestone", "Kỷ niệm 81 năm Quốc khánh 2/9")),
            "campaign-responsibility-added", with(CAMPAIGN_FACTS, Map.of("unit", "Sở Giáo dục và Đào tạo",
                    "task", "Tổng hợp kết quả phong trào của các trường học", "due", "15/11/2026")),
            "milestone-reminder", with(CAMPAIGN_FACTS, Map.of("date", "02/09/2026",
                    "milestone", "Kỷ niệm 81 năm Quốc khánh 2/9", "days", 5L)),
            "registration-reminder", with(CAMPAIGN_FACTS, Map.of("unit", "UBND xã Chi Lăng", "date", "31/03/2026",
                    "days", 2L)),
            "bloc-result", Map.of("path", "/blocs/b-2025", "bloc", "Cụm thi đua các xã miền núi", "year", "2025",
                    "organiser", "UBND tỉnh Lạng Sơn", "addressee", "UBND xã Hữu Lũng",
                    "own", Map.of("rank", "2", "outOf", "3", "total", new BigDecimal("92.25"),
                            "tied", "UBND xã Đình Lập", "awardKeys", List.of("award.COMMENDATION")),
                    "ranking", List.of(
                            Map.of("rank", "1", "name", "UBND xã Chi Lăng", "total", new BigDecimal("95.5")),
                            Map.of("rank", "2", "name", "UBND xã Hữu Lũng", "total", new BigDecimal("92.25")),
                            Map.of("rank", "2", "name", "UBND xã Đình Lập", "total", new BigDecimal("92.25"))),
                    "proposals", List.of(
                            Map.of("awardKey", "award.FLAG", "name", "UBND xã Chi Lăng", "rank", "1", "contested", false),
                            Map.of("awardKey", "award.COMMENDATION", "name", "UBND xã Hữu Lũng", "rank", "2",
                                    "contested", true))),
            "nomination-step", Map.ofEntries(Map.entry("path", "/nominations/n-2026-17"),
                    Map.entry("addressee", "Trường Tiểu học Nhân Lý"), Map.entry("award", "Lao động tiên tiến"),
                    Map.entry("year", "2026"), Map.entry("nominee", "Hoàng Thị Lan"),
                    Map.entry("nomineeUnit", "Trường Tiểu học Nhân Lý"), Map.entry("step", "RETURNED"),
                    Map.entry("reasons", List.of("Thiếu báo cáo thành tích có xác nhận của thủ trưởng đơn vị")),
                    Map.entry("nominating", "UBND xã Nhân Lý"), Map.entry("addressedTo", "UBND xã Chi Lăng"),
                    Map.entry("nominationId", "n-2026-17")),
            "exemplar-registration-due", Map.of("path", "/exemplars/register?unit=LS-CL-NL&month=2026-03",
                    "addressee", "UBND xã Nhân Lý", "office", "UBND xã Nhân Lý", "month", "03/2026",
                    "deadline", "25/03/2026"),
            "exemplar-registration-missed", Map.of("path", "/exemplars/register?unit=LS-CL-NL&month=2026-03",
                    "addressee", "UBND xã Chi Lăng", "office", "UBND xã Nhân Lý", "month", "03/2026",
                    "deadline", "25/03/2026"),
            "congress-document-reminder", Map.of("path", "/congresses/dh-2026", "addressee", "UBND xã Chi Lăng",
                    "document", "REPORT", "documentKnown", true,
                    "congress", "Đại hội Thi đua yêu nước xã Chi Lăng lần thứ I", "upperCouncil", "UBND tỉnh Lạng Sơn",
                    "late", false, "dueOn", "01/06/2026", "congressDate", "16/06/2026", "leadDays", "15"));

    /** Kinds that are not about one event (Map.of takes ten pairs at most, hence two maps). */
    private static final Map<String, Map<String, Object>> ROUND_UPS = Map.of(
            "deadline-escalation", with(CAMPAIGN_FACTS, Map.of("unit", "UBND xã Chi Lăng", "date", "31/03/2026")),
            "daily-digest", Map.of("path", "/units/LS-CL",
                    "addressee", "UBND xã Chi Lăng", "day", "24/03/2026", "count", "2", "items", List.of(
                            Map.of("subject", "[Thi đua – Khen thưởng] Phát động phong trào: " + CAMPAIGN,
                                    "link", "http://127.0.0.1:8080/campaigns/c-2026-01"),
                            Map.of("subject", "[Thi đua – Khen thưởng] Hồ sơ khen thưởng Hoàng Thị Lan: đã được"
                                    + " khen thưởng", "link", ""))));

    private MailSamples() {
    }

    public static Optional<Map<String, Object>> of(String kind) {
        return Optional.ofNullable(SAMPLES.get(kind)).or(() -> Optional.ofNullable(ROUND_UPS.get(kind)));
    }

    private static Map<String, Object> with(Map<String, Object> base, Map<String, Object> more) {
        var all = new java.util.HashMap<>(base);
        all.putAll(more);
        return Map.copyOf(all);
    }
}
