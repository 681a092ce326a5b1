package vn.tdkt.campaign.unit;

import java.util.Locale;
import vn.tdkt.events.unit.UnitContact;
import vn.tdkt.support.problem.InvalidInputException;

/**
 * A named contact of a unit: its emulation officer (cán bộ thi đua) or its leader (lãnh đạo). The name is
 * required, the rest optional; the e-mail is lower-cased like the unit's contact e-mails.
 */
record Contact(String name, String title, String email, String phone) {

    static final int MAX_LENGTH = 200;
    /** Digits, spaces and the usual separators, e.g. {@code 0205 3870 123} or {@code +84-205-3870123}. */
    static final String PHONE_PATTERN = "^[+0-9 ().-]{3,30}$";

    /** A validated contact; every problem names {@code field.name}, {@code field.email} … */
    static Contact of(String field, String name, String title, String email, String phone) {
        String checkedName = text(field + ".name", name);
        if (checkedName == null) {
            throw new InvalidInputException(field + ".name", "must not be blank");
        }
        String checkedEmail = text(field + ".email", email);
        if (checkedEmail != null) {
            checkedEmail = checkedEmail.toLowerCase(Locale.ROOT);
            if (!Syntax.isEmail(checkedEmail)) {
                throw new InvalidInputException(field + ".email", "must be an email address");
            }
        }
        String checkedPhone = text(field + ".phone", phone);
        if (checkedPhone != null && !Syntax.isPhone(checkedPhone)) {
            throw new InvalidInputException(field + ".phone", "must be a phone number: digits, spaces, + ( ) . -");
        }
        return new Contact(checkedName, text(field + ".title", title), checkedEmail, checkedPhone);
    }

    UnitContact toEvent() {
        return new UnitContact(name, title, email, phone);
    }

    private static String text(String field, String value) {
        String stripped = value == null ? null : value.strip();
        if (stripped == null || stripped.isEmpty()) {
            return null;
        }
        if (stripped.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, "must be at most " + MAX_LENGTH + " characters");
        }
        return stripped;
    }
}
