package vn.tdkt.notification.bloc;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.tdkt.events.bloc.BlocProposal;
import vn.tdkt.events.bloc.BlocRankingEntry;
import vn.tdkt.events.bloc.BlocResultPublished;

/**
 * The Vietnamese email of a bloc's published result to one member unit: its own place first, then the whole
 * ranking and whom the bloc proposes for its flag (Cờ thi đua) or a certificate of merit (Bằng khen).
 */
final class BlocResultEmail {

    static final String SUBJECT_PREFIX = "[Thi đua – Khen thưởng] ";

    private static final String BODY = """
            Kính gửi: %s,

            %s thông báo kết quả chấm điểm, xếp hạng thi đua năm %d của %s.

            Kết quả của đơn vị: %s

            Bảng xếp hạng:
            %s

            Đề nghị khen thưởng:
            %s

            Đây là thư tự động của hệ thống Thi đua – Khen thưởng; vui lòng không trả lời thư này.
            """;

    private BlocResultEmail() {
    }

    record Composed(String subject, String body) {
    }

    /**
     * @param addressee the name of the unit acting for the member now (its successor if it was merged)
     * @param names     unit names by code; a code without one is shown as the code
     */
    static Composed compose(BlocResultPublished result, String memberUnitCode, String addressee,
                            Map<String, String> names) {
        String bloc = result.name() == null || result.name().isBlank() ? "khối thi đua" : result.name();
        String subject = SUBJECT_PREFIX + "Kết quả thi đua năm " + result.year() + ": " + bloc;
        String ranking = result.ranking().isEmpty() ? "(chưa có)" : result.ranking().stream()
                .map(entry -> entry.rank() + ". " + name(names, entry.unitCode()) + " – " + points(entry.total())
                        + " điểm")
                .collect(Collectors.joining("\n"));
        String proposals = result.proposals().isEmpty() ? "Không có đơn vị được đề nghị." : result.proposals().stream()
                .map(proposal -> "- " + award(proposal.award()) + ": " + name(names, proposal.unitCode()) + " (hạng "
                        + proposal.rank() + ")" + (proposal.contested()
                        ? " – đồng hạng, Hội đồng Thi đua – Khen thưởng xem xét, quyết định" : ""))
                .collect(Collectors.joining("\n"));
        String body = BODY.formatted(addressee, name(names, result.organiserUnitCode()),
                result.year(), bloc, own(result, memberUnitCode, names), ranking, proposals);
        return new Composed(subject, body);
    }

    private static String own(BlocResultPublished result, String member, Map<String, String> names) {
        Optional<BlocRankingEntry> entry = result.ranking().stream()
                .filter(ranked -> ranked.unitCode().equals(member)).findFirst();
        if (entry.isEmpty()) {
            return "đơn vị không có trong bảng xếp hạng.";
        }
        BlocRankingEntry ranked = entry.get();
        String text = "xếp hạng " + ranked.rank() + "/" + result.ranking().size() + ", tổng điểm "
                + points(ranked.total()) + ".";
        if (!ranked.tiedWith().isEmpty()) {
            text += " Đồng hạng với: " + ranked.tiedWith().stream().map(code -> name(names, code))
                    .collect(Collectors.joining(", ")) + ".";
        }
        String proposed = result.proposals().stream().filter(p -> p.unitCode().equals(member))
                .map(BlocProposal::award).map(BlocResultEmail::award).collect(Collectors.joining(", "));
        return proposed.isEmpty() ? text : text + " Đơn vị được đề nghị tặng " + proposed + ".";
    }

    /** FLAG and COMMENDATION, as the documents call them. */
    static String award(String award) {
        return switch (award == null ? "" : award) {
            case "FLAG" -> "Cờ thi đua";
            case "COMMENDATION" -> "Bằng khen";
            default -> award;
        };
    }

    /** Points with a decimal comma, as written in Vietnamese: 95,5. */
    static String points(BigDecimal total) {
        return total == null ? "—" : total.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String name(Map<String, String> names, String code) {
        return names.getOrDefault(code, code);
    }
}
