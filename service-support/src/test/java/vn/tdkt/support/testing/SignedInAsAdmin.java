package vn.tdkt.support.testing;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * For web slice tests about something other than permissions: every MockMvc request carries an
 * administrator's token unless it sets its own {@code Authorization} header. Import it next to
 * {@code @DynamicPropertySource} with {@link TestTokens#register}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SignedInAsAdmin {

    @Bean
    MockMvcBuilderCustomizer signedInAsAdmin() {
        return builder -> builder.defaultRequest(get("/").header("Authorization", TestTokens.admin()));
    }
}
