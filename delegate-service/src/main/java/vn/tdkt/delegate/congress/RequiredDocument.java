package vn.tdkt.delegate.congress;

/** What a unit sends its upper council before its congress (seed 002 §IV.1), with its Vietnamese name. */
enum RequiredDocument {
    PLAN("Kế hoạch"), SCHEDULE("Lịch tổ chức hội nghị"), REPORT("Báo cáo tổng kết"), AGENDA("Nội dung, chương trình");

    private final String label;

    RequiredDocument(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
