package vn.tdkt.nomination.it;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.tdkt.events.ConsumerGroups;
import vn.tdkt.support.testing.ProjectionScenario;

/** This service's own bindings, consumers and directories pass the shared projection scenario. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ProjectionIntegrationTest extends ProjectionScenario {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        register(registry, ConsumerGroups.NOMINATION);
    }

    @Override
    protected String group() {
        return ConsumerGroups.NOMINATION;
    }
}
