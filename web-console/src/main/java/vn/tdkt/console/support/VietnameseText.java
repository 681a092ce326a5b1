package vn.tdkt.console.support;

import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Vietnamese ordering and search, the two things a list of unit names or titles needs: sorting by the
 * Vietnamese alphabet (a ă â b c d đ e ê …, tones after the letter) and finding "Chi Lăng" by typing
 * "chi lang" — every word of the query, in any order, without diacritics, đ as d, case ignored.
 */
public final class VietnameseText {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    /** A collator is not thread-safe: a new one per comparator. */
    public static Comparator<String> order() {
        Collator collator = Collator.getInstance(VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        return Comparator.nullsLast(collator::compare);
    }

    /** Sorted by {@code key} in Vietnamese order; the input is left as it is. */
    public static <T> List<T> sorted(List<T> items, Function<T, String> key) {
        List<T> copy = new ArrayList<>(items);
        Comparator<String> order = order();
        copy.sort(Comparator.comparing(key, order));
        return copy;
    }

    /** Lower case without diacritics, đ/Đ as d, runs of spaces as one: "Đồng  Mỏ" → "dong mo". */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(VIETNAMESE).replace('đ', 'd');
        String bare = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(bare.strip()).replaceAll(" ");
    }

    /** True when every word of the query occurs in one of the texts (folded); a blank query matches all. */
    public static boolean matches(String query, String... texts) {
        String q = fold(query);
        if (q.isEmpty()) {
            return true;
        }
        StringBuilder hay = new StringBuilder();
        for (String t : texts) {
            hay.append(' ').append(fold(t));
        }
        String all = hay.toString();
        for (String word : q.split(" ")) {
            if (!all.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** The items matching the query in one of the texts {@code keys} give, in their order. */
    public static <T> List<T> search(List<T> items, String query, Function<T, List<String>> keys) {
        return items.stream().filter(i -> matches(query, keys.apply(i).toArray(String[]::new))).toList();
    }
}
