package vn.tdkt.console.report;

/** Answers of the services' statistics endpoints, as nomination-service sends them (h4-stats). */
final class Statistics {

    private Statistics() {
    }

    static final String NOMINATION = """
            {"unit":"LS-CL","from":"2025-01-01","to":"2025-12-31","unitsInSubtree":24,
             "nominations":{"counts":"hồ sơ đề nghị – nomination dossiers","total":7,
               "byStatus":{"DRAFT":1,"SUBMITTED":2,"RETURNED":0,"APPRAISED":0,"APPROVED":1,"NOT_APPROVED":0,"DECIDED":3,"FORWARDED":0},
               "byAward":[{"awardCode":"LDTT","awardName":"Lao động tiên tiến","total":5,
                           "byStatus":{"DRAFT":1,"SUBMITTED":1,"RETURNED":0,"APPRAISED":0,"APPROVED":0,"NOT_APPROVED":0,"DECIDED":3,"FORWARDED":0}},
                          {"awardCode":"CSTDCS","awardName":"=HYPERLINK(\\"http://x\\")","total":2,
                           "byStatus":{"DRAFT":0,"SUBMITTED":1,"RETURNED":0,"APPRAISED":0,"APPROVED":1,"NOT_APPROVED":0,"DECIDED":0,"FORWARDED":0}}]},
             "honoursConferred":{"counts":"khen thưởng","total":3,"individuals":2,"collectives":1,
               "byForm":[{"form":"EMULATION_TITLE","label":"Danh hiệu thi đua","total":3},{"form":"COMMENDATION","label":"Hình thức khen thưởng","total":0}],
               "byGrantorLevel":[{"grantorLevel":"DISTRICT","total":3}],
               "byAward":[{"awardCode":"LDTT","awardName":"Lao động tiên tiến","form":"EMULATION_TITLE","grantorLevel":"DISTRICT","individuals":2,"collectives":1,"total":3}]},
             "exemplarsRegistered":{"counts":"gương điển hình","total":2,"individuals":2,"collectives":0,
               "byMonth":[{"month":"2025-01","offices":1,"individuals":1,"collectives":0,"total":1},
                          {"month":"2025-02","offices":1,"individuals":1,"collectives":0,"total":1}]},
             "councilSessions":{"counts":"phiên họp hội đồng","held":2,"closed":1,"dossiersVoted":4}}""";

    /** A shape of the delegate service's figures (not landed yet when written): the reader takes any shape. */
    static final String DELEGATE = """
            {"unit":"LS-CL","from":"2025-01-01","to":"2025-12-31",
             "congresses":{"counts":"đại hội – congresses planned in the subtree","total":2,"byStatus":{"PLANNED":1,"HELD":1}},
             "delegates":{"counts":"đại biểu","total":120,"exemplary":84}}""";
}
