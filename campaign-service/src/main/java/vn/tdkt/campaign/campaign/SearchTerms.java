package vn.tdkt.campaign.campaign;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text search without diacritics: "Đại hội" and "dai hoi" find the same campaigns. A campaign stores
 * the folded words of its texts (an indexed array, which embedded-mongo and MongoDB both serve without
 * a text index), and a query's words must all be among them.
 */
final class SearchTerms {

    /** Enough for a long title, theme and movements; the rest would not change what is found. */
    static final int MAX_TERMS = 400;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchTerms() {
    }

    /** Lower case, without accents and tone marks, đ as d. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /** The distinct folded words of {@code texts}, in their first order, at most {@link #MAX_TERMS}. */
    static List<String> of(List<String> texts) {
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
