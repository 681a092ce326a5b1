package vn.tdkt.console.congress.apportionment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class WeightsTextTest {

    @Test
    void cellsPastedFromASpreadsheetTakeTheFirstAndLastColumnAndSkipTheHeader() {
        WeightsText parsed = WeightsText.parse("Mã đơn vị\tTên\tSố cán bộ\nLS-CL-NL\tXã Nhân Lý\t18\nLS-CL-DMQ\tXã Đồng Mỏ\t40\n");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.lines()).extracting(WeightsText.Line::number, WeightsText.Line::code, WeightsText.Line::weight)
                .containsExactly(tuple(2, "LS-CL-NL", new BigDecimal("18")), tuple(3, "LS-CL-DMQ", new BigDecimal("40")));
    }

    @Test
    void semicolonsCommasAndSpacesSeparateAndTheDecimalCommaIsVietnamese() {
        WeightsText parsed = WeightsText.parse("A;1,5\nB, 2.25\nC 1.234.567\nD;1.234,5");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.lines()).extracting(WeightsText.Line::weight).containsExactly(new BigDecimal("1.5"),
                new BigDecimal("2.25"), new BigDecimal("1234567"), new BigDecimal("1234.5"));
    }

    @Test
    void whatCannotBeReadIsReportedByLine() {
        WeightsText parsed = WeightsText.parse("A;3\nB\n\nC;nhiều\n;4");
        assertThat(parsed.lines()).extracting(WeightsText.Line::code).containsExactly("A");
        assertThat(parsed.problems()).extracting(WeightsText.Problem::number, WeightsText.Problem::kind)
                .containsExactly(tuple(2, WeightsText.Kind.NO_WEIGHT), tuple(4, WeightsText.Kind.NOT_A_NUMBER),
                        tuple(5, WeightsText.Kind.NO_CODE));
    }
}
