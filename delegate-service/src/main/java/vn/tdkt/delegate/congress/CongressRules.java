package vn.tdkt.delegate.congress;

import java.util.List;

/**
 * The congress rules of the Chi Lăng plan for the 2025 emulation congresses (seed 002: Kế hoạch của UBND huyện
 * Chi Lăng, tháng 6/2024, tiến tới Đại hội thi đua yêu nước tỉnh Lạng Sơn lần thứ VI), as named data. Each
 * constant cites the part of the plan it comes from; nothing else in the feature repeats these numbers.
 */
final class CongressRules {

    /**
     * §II.2.1: a commune with under 200 staff (cán bộ, công chức, viên chức, người lao động) holds a plenary
     * conference, one with over 200 a delegate conference. Exactly 200 is not covered: the organiser decides.
     */
    static final int PLENARY_STAFF_LIMIT = 200;

    /** §II.2.2: the district conference has at most 300 delegates ("không quá 300 đại biểu"). */
    static final int DISTRICT_MAX_DELEGATES = 300;

    /**
     * §II.2.1 and §II.2.2: exemplary people are 70 % of the delegates called, guests and leaders 30 %.
     */
    static final int DEFAULT_EXEMPLARY_PERCENT = 70;

    /**
     * §IV.1: before its congress a unit sends its plan, schedule, report and programme to the upper council
     * ("trước 15 ngày").
     */
    static final int DOCUMENT_LEAD_DAYS = 15;

    /** The level whose congress {@link #DISTRICT_MAX_DELEGATES} limits (the unit projection's level name). */
    static final String DISTRICT = "DISTRICT";

    /** The agenda item a congress ends its business with (§II.1): the list of delegates to the upper congress. */
    static final String DELEGATE_LIST_ITEM = "Thông qua danh sách đại biểu đi dự Đại hội cấp trên";

    /**
     * §II.1, the programme ("Nội dung chương trình"), one line per item. It ends with the delegate list: the
     * plan's last formality (tổng kết và bế mạc) is left to the organiser, since the list is the business the
     * upper level waits for.
     */
    static final List<String> DEFAULT_AGENDA = List.of(
            "Chào cờ",
            "Tuyên bố lý do, giới thiệu đại biểu và khai mạc",
            "Báo cáo tổng kết phong trào thi đua và công tác khen thưởng giai đoạn 2020 - 2025; phương hướng,"
                    + " nhiệm vụ công tác thi đua, khen thưởng 5 năm tới",
            "Báo cáo tham luận của các điển hình tiên tiến (tập thể và cá nhân)",
            "Giao lưu với các điển hình tiên tiến",
            "Biểu dương, tôn vinh, khen thưởng các điển hình tiên tiến",
            "Phát động phong trào thi đua giai đoạn 2025 - 2030",
            DELEGATE_LIST_ITEM);

    private CongressRules() {
    }

    /** What the staff count decides about the form: a form, or nothing (exactly 200, or the count is unknown). */
    static FormRule formFor(Integer staffCount) {
        if (staffCount == null) {
            return FormRule.UNKNOWN_STAFF;
        }
        if (staffCount < PLENARY_STAFF_LIMIT) {
            return FormRule.PLENARY;
        }
        return staffCount > PLENARY_STAFF_LIMIT ? FormRule.DELEGATE : FormRule.ORGANISER_DECIDES;
    }

    /** The most delegates a congress at {@code level} may have by the plan, or {@code Integer.MAX_VALUE}. */
    static int levelMaximum(String level) {
        return DISTRICT.equals(level) ? DISTRICT_MAX_DELEGATES : Integer.MAX_VALUE;
    }

    /**
     * The exemplary seats of a congress: {@code maxDelegates × exemplaryPercent / 100} rounded down, so that the
     * exemplary share never exceeds its percentage and the remainder goes to guests and leaders.
     */
    static long exemplarySeats(int maxDelegates, int exemplaryPercent) {
        return (long) maxDelegates * exemplaryPercent / 100;
    }

    enum FormRule {
        PLENARY(CongressForm.PLENARY), DELEGATE(CongressForm.DELEGATE), ORGANISER_DECIDES(null), UNKNOWN_STAFF(null);

        private final CongressForm form;

        FormRule(CongressForm form) {
            this.form = form;
        }

        /** The form the rule imposes, or null where the organiser chooses. */
        CongressForm form() {
            return form;
        }
    }
}
