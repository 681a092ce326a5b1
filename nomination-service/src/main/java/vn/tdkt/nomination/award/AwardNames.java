package vn.tdkt.nomination.award;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How award names are compared: Vietnamese text arrives composed or decomposed, in any case, with quotes
 * (“Chiến sĩ thi đua cơ sở”) and extra spaces, and the đ must survive all of it.
 */
final class AwardNames {

    private AwardNames() {
    }

    static String key(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return composed.replaceAll("[\"'“”‘’«»]", " ").replaceAll("[\\s\\u00a0]+", " ").strip();
    }
}
