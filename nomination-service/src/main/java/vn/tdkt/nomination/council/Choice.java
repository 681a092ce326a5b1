package vn.tdkt.nomination.council;

/** What a member marks on the ballot paper for one dossier: đồng ý, không đồng ý, or a blank ballot. */
enum Choice {
    APPROVE("approvals"), REJECT("rejections"), BLANK("blanks");

    /** The session document's counter this choice adds one to. */
    final String counter;

    Choice(String counter) {
        this.counter = counter;
    }
}
