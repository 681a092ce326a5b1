package vn.tdkt.support.text;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Text search without diacritics: "Đại hội" and "dai hoi", "Hoàng Thị Mai" and "hoang thi mai" find the same
 * things. A document stores the folded words of its texts (an indexed array, which embedded-mongo and MongoDB
 * both serve without a text index), and a query's words must all be among them. One folding for every
 * service, so a search means the same everywhere.
 */
public final class SearchTerms {

    /** Enough for a long title, theme and movements, or a dossier's achievements; the rest would not change what is found. */
    public static final int MAX_TERMS = 400;

    private SearchTerms() {
    }

    /**
     * Lower case, without accents and tone marks ({@code \p{M}} after NFD), đ as d. Plain loops rather than
     * regular expressions: an import folds every dossier's texts, and the expressions were a tenth of its time
     * (SearchTermsTest holds the loops equal to the expressions).
     */
    public static String fold(String text) {
        if (isAscii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (isMark(c)) {
                continue;
            }
            folded.appendCodePoint(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
        }
        return folded.toString().toLowerCase(Locale.ROOT);
    }

    /** The distinct folded words ({@code [\p{L}\p{N}]+}) of {@code texts}, in their first order, at most {@link #MAX_TERMS}. */
    public static List<String> of(List<String> texts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            String folded = fold(text);
            int start = -1;
            for (int i = 0; i <= folded.length() && terms.size() < MAX_TERMS; ) {
                int c = i < folded.length() ? folded.codePointAt(i) : -1;
                if (c >= 0 && isWordPart(c)) {
                    if (start < 0) {
                        start = i;
                    }
                } else if (start >= 0) {
                    terms.add(folded.substring(start, i));
                    start = -1;
                }
                i += c < 0 ? 1 : Character.charCount(c);
            }
        }
        return List.copyOf(terms);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isWordPart(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
