package vn.tdkt.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;
import vn.tdkt.support.problem.ProblemResponses;

/** The default limit, and a larger one for the paths configured with their own. */
class RequestSizeFilterTest {

    private final RequestSizeFilter filter = new RequestSizeFilter(DataSize.ofKilobytes(512).toBytes(),
            List.of(new WebHardeningProperties.PathLimit("/api/v1/units/imports", DataSize.ofMegabytes(64)),
                    new WebHardeningProperties.PathLimit("/api/v1/units/imports/small", DataSize.ofKilobytes(1))),
            new ProblemResponses(JsonMapper.builder().build()));

    @ParameterizedTest(name = "{0} with {1} bytes → {2}")
    @CsvSource({
            "/api/v1/units,                     600000,   413",
            "/api/v1/units,                     500000,   200",
            "/api/v1/units/imports,             60000000, 200",
            "/api/v1/units/imports,             70000000, 413",
            "/api/v1/units/imports/x,           60000000, 200",
            "/api/v1/units/importsX,            600000,   413",
            "/api/v1/units/imports/small,       2000,     413",
    })
    void theLongestMatchingPrefixSetsTheLimit(String path, long length, int status) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path) {
            @Override
            public long getContentLengthLong() {
                return length; // the header as sent, without building a body that large
            }
        };
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(status);
    }
}
