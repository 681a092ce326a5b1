package vn.tdkt.benchmarks.nomination;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Made-up dossiers of the demo tree's district Chi Lăng for its own council, one per nominee: generated from
 * their index, so each has its own {@code nomineeId} (one live dossier per nominee, award and year) and the
 * REST requests, the CSV rows and the baseline's documents describe the same nominees. Vietnamese names and
 * achievements on every one (multi-byte UTF-8).
 */
final class Dossiers {

    /** The demo officer of Chi Lăng (EMULATION_OFFICER: NOMINATE on LS-CL and below). */
    static final String OFFICER = "thiduakt.chilang";
    static final String NOMINATING = "LS-CL";
    static final String NOMINEE_UNIT = "LS-CL-NL";
    /** The certificate of merit (giấy khen), for a person or a collective, on any basis. */
    static final String AWARD = "GIAY_KHEN";
    static final int YEAR = 2025;

    private static final String[] NAMES = {"Hoàng Thị Lan", "Nông Văn Dũng", "Lương Thị Thu Hà", "Vi Văn Thắng",
        "Hà Thị Ngọc Ánh", "Lộc Văn Quý", "Chu Thị Mỹ Dung", "Triệu Đức Lượng"};
    private static final String[] POSITIONS = {"Công chức Văn hoá – Xã hội", "Công chức Địa chính – Xây dựng",
        "Phó Chủ tịch Ủy ban nhân dân xã", "Công chức Tư pháp – Hộ tịch"};

    private final String prefix;

    /** @param prefix distinguishes the runs' nominees, e.g. {@code W} for the warm-up, {@code R} for the measured run */
    Dossiers(String prefix) {
        this.prefix = prefix;
    }

    /** Fixed width, so that no nominee id is a prefix of another (the baseline substitutes ids in strings). */
    String nomineeId(int i) {
        return String.format(Locale.ROOT, "NB-%s-%08d", prefix, i);
    }

    String name(int i) {
        return NAMES[i % NAMES.length];
    }

    /** The body of {@code POST /api/v1/nominations} for nominee {@code i}. */
    Map<String, Object> request(int i) {
        Map<String, Object> nominee = new LinkedHashMap<>();
        nominee.put("kind", "INDIVIDUAL");
        nominee.put("nomineeId", nomineeId(i));
        nominee.put("name", name(i));
        nominee.put("position", POSITIONS[i % POSITIONS.length]);
        nominee.put("unitCode", NOMINEE_UNIT);
        nominee.put("gender", i % 2 == 0 ? "FEMALE" : "MALE");
        nominee.put("ethnicity", i % 3 == 0 ? "Kinh" : "Tày");
        nominee.put("birthYear", 1970 + i % 30);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nominatingUnitCode", NOMINATING);
        body.put("addressedTo", NOMINATING);
        body.put("nominee", nominee);
        body.put("award", AWARD);
        body.put("basis", "REGULAR");
        body.put("year", YEAR);
        body.put("achievements", achievements(i));
        body.put("evidence", Map.of("taskRatings", List.of(Map.of("year", YEAR - 1, "rating", "HTXSNV"),
                Map.of("year", YEAR, "rating", "HTXSNV")), "discipline", "NONE"));
        return body;
    }

    static String achievements(int i) {
        return "Hoàn thành xuất sắc nhiệm vụ năm " + YEAR + "; vận động " + (60 + i % 40) + "% hộ gia đình tham gia "
                + "phong trào \"Toàn dân đoàn kết xây dựng đời sống văn hoá\".";
    }
}
