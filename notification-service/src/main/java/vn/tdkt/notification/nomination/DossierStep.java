package vn.tdkt.notification.nomination;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import vn.tdkt.events.nomination.NominationAppraised;
import vn.tdkt.events.nomination.NominationDecided;
import vn.tdkt.events.nomination.NominationEvent;
import vn.tdkt.events.nomination.NominationForwarded;
import vn.tdkt.events.nomination.NominationReturned;
import vn.tdkt.events.nomination.NominationSubmitted;
import vn.tdkt.events.nomination.NominationVoted;

/**
 * One step of a nomination dossier's workflow as its emails need it: the dossier's facts, which every dossier
 * event carries in full, and what the step says (its Vietnamese name and details). Other nomination events
 * (rule packs, honours history, councils, decisions, the exemplar register) are not dossier steps.
 */
record DossierStep(NominationEvent event, String nominationId, String nominatingUnitCode, String addressedTo,
                   String nomineeName, String nomineeUnitCode, String awardName, int year, String step,
                   String details) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static Optional<DossierStep> of(NominationEvent event) {
        return Optional.ofNullable(switch (event) {
            case NominationSubmitted e -> new DossierStep(e, e.aggregateId(), e.nominatingUnitCode(), e.addressedTo(),
                    e.nomineeName(), e.nomineeUnitCode(), e.awardName(), e.year(),
                    e.resubmission() ? "đã được nộp lại sau khi bổ sung, hoàn thiện" : e.forwardedFrom() != null
                            ? "đã được cấp dưới trình lên để xét khen thưởng" : "đã được nộp để thẩm định",
                    null);
            case NominationAppraised e -> new DossierStep(e, e.aggregateId(), e.nominatingUnitCode(), e.addressedTo(),
                    e.nomineeName(), e.nomineeUnitCode(), e.awardName(), e.year(),
                    "đã được thẩm định, đủ điều kiện trình Hội đồng Thi đua – Khen thưởng",
                    "Bộ quy tắc áp dụng: " + e.rulePackId() + ".");
            case NominationReturned e -> new DossierStep(e, e.aggregateId(), e.nominatingUnitCode(), e.addressedTo(),
                    e.nomineeName(), e.nomineeUnitCode(), e.awardName(), e.year(),
                    "đã được trả lại để bổ sung, hoàn thiện",
                    "Lý do:\n" + String.join("\n", e.reasons().stream().map(reason -> "- " + reason).toList()));
            case NominationVoted e -> new DossierStep(e, e.aggregateId(), e.nominatingUnitCode(), e.addressedTo(),
                    e.nomineeName(), e.nomineeUnitCode(), e.awardName(), e.year(),
                    e.approved() ? "đã được Hội đồng Thi đua – Khen thưởng biểu quyết đề nghị khen thưởng"
                            : "không được Hội đồng Thi đua – Khen thưởng biểu quyết đề nghị khen thưởng",
                    "Kết quả bỏ phiếu kín: " + e.approvals() + " đồng ý, " + e.rejections() + " không đồng ý, "
                            + e.blanks() + " phiếu trắng; " + e.participants() + "/" + e.membership()
                            + " thành viên tham gia. Quy tắc áp dụng: " + e.ruleApplied() + ".");
            case NominationDecided e -> new DossierStep(e, e.aggregateId(), e.nominatingUnitCode(), e.addressedTo(),
                    e.nomineeName(), e.nomineeUnitCode(), e.awardName(), e.year(),
                    "đã được khen thưởng",
                    "Quyết định số " + e.decisionNumber() + (e.decisionDate() == null ? ""
                            : " ngày " + DATE.format(e.decisionDate())) + ".");
            case NominationForwarded e -> new DossierStep(e, e.aggregateId(), e.nominatingUnitCode(), e.addressedTo(),
                    e.nomineeName(), e.nomineeUnitCode(), e.awardName(), e.year(),
                    "đã được trình cấp trên xét khen thưởng",
                    "Trình lên: " + e.forwardedTo() + (e.reason() == null ? "" : ". Lý do: " + e.reason()) + ".");
            default -> null;
        });
    }
}
