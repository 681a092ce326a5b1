package vn.tdkt.notification.nomination;

import java.util.Map;

/** The Vietnamese email of one step of a nomination dossier, to the contacts of one unit concerned. */
final class DossierEmail {

    static final String SUBJECT_PREFIX = "[Thi đua – Khen thưởng] ";

    private static final String BODY = """
            Kính gửi: %s,

            Hồ sơ đề nghị khen thưởng "%s" năm %d cho %s (%s) %s.

            %sĐơn vị đề nghị: %s. Cấp xét: %s. Mã hồ sơ: %s.

            Đây là thư tự động của hệ thống Thi đua – Khen thưởng; vui lòng không trả lời thư này.
            """;

    private DossierEmail() {
    }

    record Composed(String subject, String body) {
    }

    /** @param names unit names by code; a code without one is shown as the code */
    static Composed compose(DossierStep step, String addressedUnitCode, Map<String, String> names) {
        String subject = SUBJECT_PREFIX + "Hồ sơ khen thưởng " + step.nomineeName() + ": " + step.step();
        String body = BODY.formatted(name(names, addressedUnitCode), step.awardName(), step.year(), step.nomineeName(),
                name(names, step.nomineeUnitCode()), step.step(),
                step.details() == null ? "" : step.details() + "\n\n", name(names, step.nominatingUnitCode()),
                name(names, step.addressedTo()), step.nominationId());
        return new Composed(subject, body);
    }

    private static String name(Map<String, String> names, String code) {
        return code == null ? "—" : names.getOrDefault(code, code);
    }
}
