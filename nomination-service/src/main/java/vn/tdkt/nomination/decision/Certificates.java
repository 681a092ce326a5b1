package vn.tdkt.nomination.decision;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.nomination.sheet.Sheet;

/**
 * The data of a decision's certificates (bằng, giấy khen): one row per honour with what is printed on it —
 * the recipient, their unit, the award, the achievement year, and the decision's number, date and signer.
 */
final class Certificates {

    static final List<String> HEADERS = List.of("STT", "Mã hồ sơ", "Đối tượng", "Họ tên / Tên tập thể", "Đơn vị",
            "Hình thức khen thưởng", "Năm thành tích", "Số quyết định", "Ngày quyết định", "Đơn vị khen thưởng",
            "Người ký", "Chức vụ người ký");
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Certificates() {
    }

    static Sheet of(Decision decision) {
        List<List<String>> rows = new ArrayList<>();
        int no = 1;
        for (DecisionSubjects.Subject h : decision.honours()) {
            rows.add(List.of(String.valueOf(no++), h.nominationId(), kind(h.recipientKind()),
                    h.nomineeName() == null ? h.nomineeId() : h.nomineeName(), h.nomineeUnitCode(), h.awardName(),
                    String.valueOf(h.year()), decision.number(), VIETNAMESE_DATE.format(decision.date()),
                    decision.grantorUnitCode(), decision.signer().name(), decision.signer().title()));
        }
        return new Sheet("Quyết định " + decision.number(), HEADERS, rows);
    }

    private static String kind(String recipientKind) {
        return "COLLECTIVE".equals(recipientKind) ? "Tập thể" : "Cá nhân";
    }
}
