package vn.tdkt.support.security;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data for readers who may not see it and for logs: {@code qlns@stc.langson.gov.vn}
 * becomes {@code q***@stc.langson.gov.vn} (the office stays recognisable, the person does not).
 */
public final class PersonalData {

    private static final Pattern EMAIL = Pattern.compile("([\\p{L}\\p{N}._%+-]+)@([\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,})");

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

    /** Every e-mail address inside a text (a log message, an SMTP error) masked as {@link #maskEmail}. */
    public static String maskEmailsIn(String text) {
        if (text == null || text.indexOf('@') < 0) {
            return text;
        }
        return EMAIL.matcher(text).replaceAll(match -> Matcher.quoteReplacement(
                match.group(1).charAt(0) + "***@" + match.group(2)));
    }
}
