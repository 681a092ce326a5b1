package vn.tdkt.support.text;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text search without diacritics: "Đại hội" and "dai hoi", "Hoàng Thị Mai" and "hoang thi mai" find the same
 * things. A document stores the folded words of its texts (an indexed array, which embedded-mongo and MongoDB
 * both serve without a text index), and a query's words must all be among them. One folding for every
 * service, so a search means the same everywhere.
 */
public final class SearchTerms {

    /** Enough for a long title, theme and movements, or a dossier's achievements; the rest would not change what is found. */
    public static final int MAX_TERMS = 400;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchTerms() {
    }

    /** Lower case, without accents and tone marks, đ as d. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /** The distinct folded words of {@code texts}, in their first order, at most {@link #MAX_TERMS}. */
    public static List<String> of(List<String> texts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (String word : NOT_WORD.split(fold(text))) {
                if (!word.isEmpty() && terms.size() < MAX_TERMS) {
                    terms.add(word);
                }
            }
        }
        return List.copyOf(terms);
    }
}
