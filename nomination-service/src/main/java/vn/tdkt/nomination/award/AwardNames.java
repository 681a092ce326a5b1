package vn.tdkt.nomination.award;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How award names are compared: Vietnamese text arrives composed or decomposed, in any case, with quotes
 * (“Chiến sĩ thi đua cơ sở”) and extra spaces, and the đ must survive all of it.
 */
final class AwardNames {

    /** Compiled once: every dossier of an import looks its award up by name. */
    private static final Pattern QUOTES = Pattern.compile("[\"'“”‘’«»]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");

    private AwardNames() {
    }

    static String key(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return SPACES.matcher(QUOTES.matcher(composed).replaceAll(" ")).replaceAll(" ").strip();
    }
}
