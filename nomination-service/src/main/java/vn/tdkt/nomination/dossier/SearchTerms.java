package vn.tdkt.nomination.dossier;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text search without diacritics: "Hoàng Thị Mai" is found by "hoang thi mai". A dossier stores the folded
 * words of its nominee's name and position and its achievements (an indexed array, which embedded-mongo and
 * MongoDB both serve without a text index); a query's words must all be among them.
 */
final class SearchTerms {

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
