package vn.tdkt.campaign.unit;

/**
 * The registry's syntax checks as plain loops, accepting exactly what their documented patterns
 * ({@link UnitCode#PATTERN}, {@link Unit#EMAIL_PATTERN}, {@link Contact#PHONE_PATTERN}) accept (SyntaxTest
 * holds them equal). A CSV import checks every code, address and phone of a hundred thousand rows twice; as
 * regular expressions these checks were the import's largest cost after writing.
 */
final class Syntax {

    private Syntax() {
    }

    /** {@code ^[A-Za-z0-9._-]{1,64}$} */
    static boolean isCode(String value) {
        if (value == null || value.isEmpty() || value.length() > 64) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_'
                    || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** {@code ^[^@\s]+@[^@\s]+\.[^@\s.]+$}: one {@code @} after something, and a dot after something in the domain. */
    static boolean isEmail(String value) {
        if (value == null) {
            return false;
        }
        int at = value.indexOf('@');
        if (at < 1 || value.indexOf('@', at + 1) >= 0) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (isRegexSpace(value.charAt(i))) {
                return false;
            }
        }
        int lastDot = value.lastIndexOf('.');
        return lastDot > at + 1 && lastDot < value.length() - 1;
    }

    /** {@code ^[+0-9 ().-]{3,30}$} */
    static boolean isPhone(String value) {
        if (value == null || value.length() < 3 || value.length() > 30) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '+' || c == ' ' || c == '(' || c == ')' || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** {@code \s} of java.util.regex without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
