package vn.tdkt.notification.nomination;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.events.nomination.ExemplarRegistrationDue;
import vn.tdkt.events.nomination.ExemplarRegistrationMissed;
import vn.tdkt.events.nomination.NominationEvent;

/**
 * A reminder of the monthly exemplar register (seed 004: each office registers its exemplary collectives and
 * individuals every month): before the deadline to the office, after a missed one to the office and in copy
 * to the unit that keeps the register book.
 */
record ExemplarReminder(NominationEvent event, String unitCode, String parentUnitCode, String month,
                        LocalDate deadline, boolean missed) {

    static final String SUBJECT_PREFIX = "[Thi đua – Khen thưởng] ";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final String BODY = """
            Kính gửi: %s,

            %s

            Đây là thư tự động của hệ thống Thi đua – Khen thưởng; vui lòng không trả lời thư này.
            """;

    static Optional<ExemplarReminder> of(NominationEvent event) {
        return Optional.ofNullable(switch (event) {
            case ExemplarRegistrationDue e -> new ExemplarReminder(e, e.unitCode(), e.parentUnitCode(), e.month(),
                    e.deadline(), false);
            case ExemplarRegistrationMissed e -> new ExemplarReminder(e, e.unitCode(), e.parentUnitCode(), e.month(),
                    e.deadline(), true);
            default -> null;
        });
    }

    /** {@code month} is yyyy-MM; the letters say MM/yyyy. */
    String monthText() {
        return month.length() == 7 ? month.substring(5) + "/" + month.substring(0, 4) : month;
    }

    DossierEmail.Composed compose(String addressedUnitCode, Map<String, String> names) {
        String office = names.getOrDefault(unitCode, unitCode);
        String deadlineText = deadline == null ? "" : DATE.format(deadline);
        String subject = SUBJECT_PREFIX + (missed
                ? "Chưa đăng ký gương điển hình tiên tiến tháng " + monthText() + ": " + office
                : "Nhắc đăng ký gương điển hình tiên tiến tháng " + monthText());
        String text = missed
                ? office + " chưa đăng ký gương điển hình tiên tiến tháng " + monthText() + " vào sổ theo dõi; hạn"
                        + " đăng ký là ngày " + deadlineText + " đã qua. Đề nghị đơn vị đăng ký bổ sung (kể cả khi"
                        + " tháng này không có gương điển hình)."
                : office + " chưa đăng ký gương điển hình tiên tiến tháng " + monthText() + ". Hạn đăng ký: ngày "
                        + deadlineText + ". Đề nghị đơn vị đăng ký các tập thể, cá nhân điển hình (kể cả khi tháng"
                        + " này không có gương điển hình).";
        return new DossierEmail.Composed(subject,
                BODY.formatted(names.getOrDefault(addressedUnitCode, addressedUnitCode), text));
    }
}
