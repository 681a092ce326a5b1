package vn.tdkt.console.nomination;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * Choices for a select (the forms fragment takes value → label, already translated): the services' codes
 * with their labels from messages ({@code prefix + code}), an empty first choice where the field may be left
 * blank. Shared by the nomination screens.
 */
public final class Options {

    private Options() {
    }

    public static Map<String, String> of(MessageSource messages, Locale locale, String prefix, List<String> codes,
            boolean blankFirst) {
        Map<String, String> out = new LinkedHashMap<>();
        if (blankFirst) {
            out.put("", messages.getMessage("nomination.choose", null, "—", locale));
        }
        for (String code : codes) {
            out.put(code, messages.getMessage(prefix + code, null, code, locale));
        }
        return out;
    }
}
