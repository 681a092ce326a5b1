package vn.tdkt.console.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void searchIgnoresDiacriticsCaseAndWordOrder() {
        assertThat(VietnameseText.matches("chi lang", "UBND huyện Chi Lăng")).isTrue();
        assertThat(VietnameseText.matches("LANG chi", "UBND huyện Chi Lăng")).isTrue();
        assertThat(VietnameseText.matches("dong mo", "UBND xã Đồng Mỏ")).isTrue();
        assertThat(VietnameseText.matches("Đồng Mỏ", "ubnd xa dong mo")).isTrue();
        assertThat(VietnameseText.matches("huu lung", "UBND huyện Chi Lăng")).isFalse();
        assertThat(VietnameseText.matches("  ", "anything")).isTrue();
    }

    @Test
    void foldsToPlainLowerCaseLetters() {
        assertThat(VietnameseText.fold("  Thi ĐUA   Khen thưởng ")).isEqualTo("thi dua khen thuong");
        assertThat(VietnameseText.fold(null)).isEmpty();
    }

    @Test
    void sortsByTheVietnameseAlphabet() {
        // a < ă < â < b …; d < đ < e; tones after the bare letter, so "Bắc" before "Cao"
        List<String> names = List.of("Đồng Mỏ", "Ân Thi", "Cao Lộc", "Dương", "An Bình", "Ăn Khê", "Bắc Sơn");
        assertThat(VietnameseText.sorted(names, s -> s))
                .containsExactly("An Bình", "Ăn Khê", "Ân Thi", "Bắc Sơn", "Cao Lộc", "Dương", "Đồng Mỏ");
    }

    @Test
    void searchKeepsTheOrderOfTheItems() {
        List<String> units = List.of("UBND xã Nhân Lý", "UBND huyện Chi Lăng", "Phòng Văn hóa huyện Chi Lăng");
        assertThat(VietnameseText.search(units, "chi lang", List::of))
                .containsExactly("UBND huyện Chi Lăng", "Phòng Văn hóa huyện Chi Lăng");
    }
}
