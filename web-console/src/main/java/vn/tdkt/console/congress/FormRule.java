package vn.tdkt.console.congress;

/**
 * The form of a unit's congress from its staff count, as the organiser is told it while planning: the Chi Lăng
 * district's plan for the 2025 congresses (Kế hoạch tổ chức Đại hội thi đua yêu nước các cấp, 06/2024, §II) holds
 * a plenary conference (hội nghị toàn thể) under 200 staff and a delegate conference (hội nghị đại biểu) above
 * 200; it says nothing of exactly 200, which the organiser decides. delegate-service's CongressRules applies the
 * same rule; this copy only explains it on the form.
 */
record FormRule(Integer staffCount, Outcome outcome) {

    /** The plan's threshold: "dưới 200 … trên 200". */
    static final int STAFF_THRESHOLD = 200;

    enum Outcome { PLENARY, DELEGATE, ASK, UNKNOWN }

    static FormRule of(Integer staffCount) {
        if (staffCount == null) {
            return new FormRule(null, Outcome.UNKNOWN);
        }
        if (staffCount < STAFF_THRESHOLD) {
            return new FormRule(staffCount, Outcome.PLENARY);
        }
        return new FormRule(staffCount, staffCount > STAFF_THRESHOLD ? Outcome.DELEGATE : Outcome.ASK);
    }

    /** The organiser must choose the form: exactly 200 staff, or no staff count known. */
    boolean mustChoose() {
        return outcome == Outcome.ASK || outcome == Outcome.UNKNOWN;
    }
}
