package vn.tdkt.embeddedmongo.conformance;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The same cases against real MongoDB where Docker exists, so that any divergence of the embedded
 * server shows as a case that passes on one and fails on the other. A plain {@code mongod} (not
 * Testcontainers' MongoDBContainer, which starts a replica set) because the embedded server
 * presents itself as a standalone, which for instance refuses transactions.
 */
@Testcontainers(disabledWithoutDocker = true)
class RealMongoConformanceTest extends ConformanceSuite {

    private GenericContainer<?> container;

    @Override
    protected String start() {
        container = new GenericContainer<>("mongo:7.0").withExposedPorts(27017)
                .waitingFor(Wait.forLogMessage("(?i).*waiting for connections.*", 1));
        container.start();
        return "mongodb://" + container.getHost() + ":" + container.getMappedPort(27017);
    }

    @Override
    protected void stop() {
        container.stop();
    }

    @Override
    protected boolean embedded() {
        return false;
    }
}
