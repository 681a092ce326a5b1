package vn.tdkt.support.testing;

import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;

/** Expectations on RFC 9457 answers ({@code application/problem+json} naming the fields), for web slice tests. */
public final class Problems {

    private Problems() {
    }

    /** A problem+json answer with {@code status} whose {@code errors} name at least {@code fields}. */
    public static ResultMatcher problem(int status, String... fields) {
        List<ResultMatcher> all = List.of(
                status().is(status),
                content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
                jsonPath("$.status").value(status),
                jsonPath("$.detail").isNotEmpty(),
                fields.length == 0 ? jsonPath("$.errors").isArray() : jsonPath("$.errors[*].field", hasItems(fields)));
        return result -> {
            for (ResultMatcher matcher : all) {
                matcher.match(result);
            }
        };
    }
}
