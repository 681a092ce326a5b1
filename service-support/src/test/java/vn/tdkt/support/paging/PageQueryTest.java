package vn.tdkt.support.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;

class PageQueryTest {

    @Test
    void defaultsToTheFirstPageOfTwenty() {
        PageQuery query = PageQuery.of(null, null);

        assertThat(query).isEqualTo(new PageQuery(0, 20));
        assertThat(query.offset()).isZero();
    }

    @ParameterizedTest(name = "page {0}, size {1} → offset {2}")
    @CsvSource({"0, 1, 0", "3, 20, 60", "100000, 200, 20000000"})
    void offsetIsPageTimesSize(int page, int size, long offset) {
        assertThat(new PageQuery(page, size).offset()).isEqualTo(offset);
    }

    @ParameterizedTest(name = "page {0}, size {1} → errors on {2}")
    @CsvSource(delimiter = ';', value = {"-1; 20; page", "0; 0; size", "0; 201; size", "100001; 20; page",
            "-1; 500; page,size"})
    void outOfBoundsNamesEveryField(int page, int size, String fields) {
        assertThatThrownBy(() -> new PageQuery(page, size))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly(fields.split(",")));
    }

    @Test
    void mapKeepsThePageAndTotal() {
        PageResponse<Integer> numbers = PageResponse.of(new PageQuery(2, 3), List.of(7, 8, 9), 12);

        assertThat(numbers.map(String::valueOf)).isEqualTo(new PageResponse<>(List.of("7", "8", "9"), 2, 3, 12));
    }
}
