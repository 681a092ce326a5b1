package vn.tdkt.console.congress;

/**
 * Seed 002's congresses as delegate-service answers them: the Chi Lăng district conference of at most 300 on
 * 15/04/2025 (210 exemplary seats), the pilot commune Nhân Lý in February with one document late, Đồng Mỏ – Quang
 * Lang in March; the seats allocated by staff.
 */
public final class ChiLang {

    public static final String DISTRICT = "0d1b2c3d-0000-4000-8000-000000000001";
    public static final String NHAN_LY = "0d1b2c3d-0000-4000-8000-000000000002";
    public static final String DONG_MO = "0d1b2c3d-0000-4000-8000-000000000003";

    private ChiLang() {
    }

    public static String congress(String id, String unit, String title, String date, String form, int max,
                                  boolean pilot, String upper, String dueOn, String planState) {
        return """
                {"id":"%s","organiserUnitCode":"%s","title":"%s","level":"COMMUNE","staffCount":450,"form":%s,
                 "formUndecided":%s,"status":"PLANNED","date":"%s","maxDelegates":%d,"exemplarySeats":%d,
                 "policy":{"exemplaryPercent":70,"targets":[{"attribute":"WOMEN","minimumPercent":30}]},
                 "agenda":["Chào cờ","Thông qua danh sách đại biểu đi dự Đại hội cấp trên"],
                 "upperCongressId":%s,"pilot":%s,"scheduleOverride":null,"documentsDueOn":"%s",
                 "documents":[{"document":"PLAN","label":"Kế hoạch","dueOn":"%s","receivedOn":null,"state":"%s"},
                              {"document":"SCHEDULE","label":"Lịch tổ chức hội nghị","dueOn":"%s","receivedOn":"2025-01-30","state":"RECEIVED"}],
                 "currentAllocationVersion":%s,"version":3,"createdAt":"2024-12-01T02:00:00Z","warnings":[]}"""
                .formatted(id, unit, title, form == null ? "null" : "\"" + form + "\"", form == null, date, max,
                        max * 70 / 100, upper == null ? "null" : "\"" + upper + "\"", pilot, dueOn, dueOn, planState,
                        dueOn, id.equals(DISTRICT) ? "1" : "null");
    }

    public static String district() {
        return congress(DISTRICT, "LS-CL", "Hội nghị điển hình tiên tiến huyện Chi Lăng năm 2025", "2025-04-15",
                "DELEGATE", 300, false, null, "2025-03-31", "DUE");
    }

    public static String nhanLy() {
        return congress(NHAN_LY, "LS-CL-NL", "Hội nghị điển hình tiên tiến xã Nhân Lý năm 2025", "2025-02-20",
                "PLENARY", 40, true, DISTRICT, "2025-02-05", "LATE");
    }

    public static String page(String... items) {
        return "{\"items\":[" + String.join(",", items) + "],\"page\":0,\"size\":20,\"totalItems\":" + items.length + "}";
    }

    public static String allocation() {
        return """
                {"congressId":"%s","version":1,"method":"WEBSTER","basis":"STAFF","seats":210,
                 "units":[{"unitCode":"LS-CL-NL","weight":"18","quota":"54","seats":54,"explanation":"18 ÷ 0.333 = 54 → 54"},
                          {"unitCode":"LS-CL-DMQ","weight":"24","quota":"72","seats":72,"explanation":"24 ÷ 0.333 = 72 → 72"},
                          {"unitCode":"LS-CL-QS","weight":"28","quota":"84","seats":84,"explanation":"28 ÷ 0.333 = 84 → 84"}],
                 "warnings":["TIE: LS-CL-NL and LS-CL-DMQ had equal claims"],"allocatedAt":"2025-01-10T03:00:00Z"}"""
                .formatted(DISTRICT);
    }

    public static String timeline() {
        return """
                {"congressId":"%s","today":"2025-02-10","truncated":false,"nodes":[
                 {"congressId":"%s","organiserUnitCode":"LS-CL-NL","title":"Hội nghị điển hình tiên tiến xã Nhân Lý năm 2025","level":"COMMUNE","depth":1,
                  "date":"2025-02-20","pilot":true,"form":"PLENARY","status":"PLANNED","upperCongressId":"%s","councilUnitCode":"LS-CL",
                  "documentsDueOn":"2025-02-05","documents":[{"document":"PLAN","label":"Kế hoạch","dueOn":"2025-02-05","receivedOn":null,"state":"LATE"},
                   {"document":"AGENDA","label":"Nội dung, chương trình","dueOn":"2025-02-05","receivedOn":"2025-02-07","state":"RECEIVED_LATE"}],"problems":[]},
                 {"congressId":"%s","organiserUnitCode":"LS-CL-DMQ","title":"Hội nghị điển hình tiên tiến xã Đồng Mỏ – Quang Lang năm 2025","level":"COMMUNE","depth":1,
                  "date":"2025-03-12","pilot":false,"form":"PLENARY","status":"PLANNED","upperCongressId":"%s","councilUnitCode":"LS-CL",
                  "documentsDueOn":"2025-02-25","documents":[{"document":"PLAN","label":"Kế hoạch","dueOn":"2025-02-25","receivedOn":null,"state":"DUE"}],"problems":[]},
                 {"congressId":"%s","organiserUnitCode":"LS-CL","title":"Hội nghị điển hình tiên tiến huyện Chi Lăng năm 2025","level":"DISTRICT","depth":0,
                  "date":"2025-04-15","pilot":false,"form":"DELEGATE","status":"PLANNED","upperCongressId":null,"councilUnitCode":"LS",
                  "documentsDueOn":"2025-03-31","documents":[{"document":"PLAN","label":"Kế hoạch","dueOn":"2025-03-31","receivedOn":"2025-03-01","state":"RECEIVED"}],
                  "problems":[{"type":"FORM_UNDECIDED","message":"exactly 200 staff"}]}]}"""
                .formatted(DISTRICT, NHAN_LY, DISTRICT, DONG_MO, DISTRICT, DISTRICT);
    }
}
