package vn.tdkt.nomination.award;

/** An emulation title (danh hiệu thi đua) or a commendation (hình thức khen thưởng). */
public enum AwardKind {
    EMULATION_TITLE, COMMENDATION
}
