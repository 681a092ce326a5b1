package vn.tdkt.support.security;

import java.util.List;

/**
 * Masks personal data for readers who may not see it and for logs: {@code qlns@stc.langson.gov.vn}
 * becomes {@code q***@stc.langson.gov.vn} (the office stays recognisable, the person does not).
 */
public final class PersonalData {

    private PersonalData() {
    }

    public static String maskEmail(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    public static List<String> maskEmails(List<String> emails) {
        return emails == null ? null : emails.stream().map(PersonalData::maskEmail).toList();
    }

    /** {@code Nguyễn Văn An} becomes {@code N***}: enough to tell log lines apart, not to name anyone. */
    public static String maskName(String name) {
        return name == null || name.isBlank() ? name : name.strip().codePoints().limit(1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "***";
    }
}
