package vn.tdkt.campaign;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import vn.tdkt.localstack.Infrastructure;

/**
 * A broker and database of a test class's own, closed only after Spring has closed the class's context
 * ({@code @DirtiesContext}). Closed the other way round, from {@code @AfterAll}, the service's producers and
 * consumers spent about two minutes per class reconnecting to a broker that was gone before the context closed.
 * After-class callbacks run in reverse order, so the highest precedence runs last.
 */
final class OwnInfrastructure implements TestExecutionListener, Ordered {

    private static final Map<Class<?>, Infrastructure> STARTED = new ConcurrentHashMap<>();

    /** Starts the infrastructure of {@code testClass}, to be closed after its context. */
    static Infrastructure start(Class<?> testClass) {
        Infrastructure infrastructure = Infrastructure.builder().build().start();
        Infrastructure earlier = STARTED.put(testClass, infrastructure);
        if (earlier != null) {
            earlier.close();
        }
        return infrastructure;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void afterTestClass(TestContext testContext) {
        Infrastructure infrastructure = STARTED.remove(testContext.getTestClass());
        if (infrastructure != null) {
            infrastructure.close();
        }
    }
}
