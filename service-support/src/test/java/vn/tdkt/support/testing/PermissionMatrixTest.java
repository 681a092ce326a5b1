package vn.tdkt.support.testing;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.junit.jupiter.params.support.ParameterDeclarations;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A permission-matrix web slice: every {@link DemoUser} sends every request of {@code R} with a fresh token
 * and gets the status its row of the table says; every bad token of {@link TestTokens#badTokens()} gets a
 * 401 on every request; and after each refusal {@link #assertNothingChanged()} holds.
 *
 * <p>A subclass is a {@code @WebMvcTest} of its controllers (with its stores mocked and stubbed in a
 * {@code @BeforeEach}) that declares only what differs: the table as its one static {@link PermissionMatrix}
 * field, how each request is built, and what a refused request must not have done. Tokens are wired here.
 */
public abstract class PermissionMatrixTest<R extends Enum<R>> {

    @Autowired
    private MockMvc mvc;

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    /** The request a column of the table stands for, without an {@code Authorization} header. */
    protected abstract MockHttpServletRequestBuilder build(R request);

    /** Verifies that a refused request (403 or 401) stored and sent nothing; by default nothing to verify. */
    protected void assertNothingChanged() throws Exception {
    }

    /** Stubs what one request needs beyond the {@code @BeforeEach} state; by default nothing. */
    protected void arrange(R request) {
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @ArgumentsSource(Decisions.class)
    void decides(DemoUser user, R request, int expected) throws Exception {
        arrange(request);
        mvc.perform(build(request).header(HttpHeaders.AUTHORIZATION, user.bearer()))
                .andExpect(status().is(expected));

        if (expected == 403) {
            assertNothingChanged();
        }
    }

    @ParameterizedTest(name = "{0} token: {1} → 401")
    @ArgumentsSource(BadTokens.class)
    void refusesBadTokens(TestTokens.BadToken token, R request) throws Exception {
        MockHttpServletRequestBuilder call = build(request);
        if (token.header() != null) {
            call.header(HttpHeaders.AUTHORIZATION, token.header());
        }
        mvc.perform(call).andExpect(status().isUnauthorized());

        assertNothingChanged();
    }

    static final class Decisions implements ArgumentsProvider {
        @Override
        public Stream<Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
            return table(context).decisions();
        }
    }

    static final class BadTokens implements ArgumentsProvider {
        @Override
        public Stream<Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
            return table(context).badTokens();
        }
    }

    /** The test class's one static {@link PermissionMatrix} field: arguments are made before any instance. */
    private static PermissionMatrix<?> table(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        List<Field> tables = ReflectionSupport.findFields(testClass, field -> Modifier.isStatic(field.getModifiers())
                && field.getType() == PermissionMatrix.class, HierarchyTraversalMode.BOTTOM_UP);
        if (tables.size() != 1) {
            throw new IllegalStateException(testClass.getSimpleName() + " needs exactly one static PermissionMatrix"
                    + " field, has " + tables.size());
        }
        try {
            tables.getFirst().setAccessible(true);
            return (PermissionMatrix<?>) tables.getFirst().get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
