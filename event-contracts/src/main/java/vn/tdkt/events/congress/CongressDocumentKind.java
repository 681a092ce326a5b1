package vn.tdkt.events.congress;

/**
 * The values of {@code document}: what a unit sends its upper council before its congress (kế hoạch, lịch tổ
 * chức, báo cáo tổng kết, nội dung chương trình).
 */
public enum CongressDocumentKind {
    PLAN, SCHEDULE, REPORT, AGENDA
}
