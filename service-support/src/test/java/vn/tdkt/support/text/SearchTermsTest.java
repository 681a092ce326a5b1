package vn.tdkt.support.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Folding Vietnamese for search: the same words with or without diacritics. */
class SearchTermsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Đại hội thi đua yêu nước                 | dai hoi thi dua yeu nuoc
            ĐỔI MỚI, SÁNG TẠO, TĂNG TỐC, BỨT PHÁ     | doi moi, sang tao, tang toc, but pha
            Khánh Hòa                                | khanh hoa
            Khánh Hoà                                | khanh hoa
            1665/UBND-NC                             | 1665/ubnd-nc
            """)
    void foldsCaseAccentsAndToneMarks(String text, String folded) {
        assertThat(SearchTerms.fold(text)).isEqualTo(folded);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Phát động phong trào thi đua, chào mừng Đại hội! | phat,dong,phong,trao,thi,dua,chao,mung,dai,hoi
            Số 1665/UBND-NC                                  | so,1665,ubnd,nc
            thi đua THI ĐUA                                  | thi,dua
            """)
    void wordsAreFoldedDistinctAndInOrder(String text, String terms) {
        assertThat(SearchTerms.of(List.of(text))).containsExactly(terms.split(","));
    }

    @Property
    void foldingTwiceIsFoldingOnce(@ForAll String text) {
        assertThat(SearchTerms.fold(SearchTerms.fold(text))).isEqualTo(SearchTerms.fold(text));
    }

    @Property
    void aQueryOfATextsOwnWordsFindsIt(@ForAll String text) {
        List<String> terms = SearchTerms.of(List.of(text));
        if (terms.size() < SearchTerms.MAX_TERMS) {
            assertThat(terms).containsAll(SearchTerms.of(List.of(SearchTerms.fold(text))));
        }
    }

    /** The loops against the regular expressions they replaced, on any text and on Vietnamese-heavy text. */
    @Property(tries = 2000)
    void theLoopsFoldAndSplitAsTheExpressions(@ForAll String any, @ForAll("vietnamese") String vietnamese) {
        for (String text : List.of(any, vietnamese)) {
            assertThat(SearchTerms.fold(text)).isEqualTo(Oracle.fold(text));
            assertThat(SearchTerms.of(List.of(text, text + " x"))).isEqualTo(Oracle.of(List.of(text, text + " x")));
        }
    }

    @Provide
    Arbitrary<String> vietnamese() {
        return Arbitraries.strings().withChars("aăâđĐeêioôơuưyÁÀẢÃẠấầẩẫậ\u0301\u0323 ,.-/1İΣς\uD835\uDC00ǅⅫ²")
                .ofMaxLength(40);
    }

    /** The former implementation, by regular expressions. */
    private static final class Oracle {

        private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
        private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

        static String fold(String text) {
            String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
            return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D')
                    .toLowerCase(java.util.Locale.ROOT);
        }

        static List<String> of(List<String> texts) {
            java.util.Set<String> terms = new java.util.LinkedHashSet<>();
            for (String text : texts) {
                for (String word : NOT_WORD.split(fold(text))) {
                    if (!word.isEmpty() && terms.size() < SearchTerms.MAX_TERMS) {
                        terms.add(word);
                    }
                }
            }
            return List.copyOf(terms);
        }
    }
}
