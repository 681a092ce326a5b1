package vn.tdkt.embeddedmongo.conformance;

import vn.tdkt.embeddedmongo.EmbeddedMongoServer;

/** The conformance cases against the embedded server; always runs. */
class EmbeddedConformanceTest extends ConformanceSuite {

    private EmbeddedMongoServer server;

    @Override
    protected String start() {
        server = EmbeddedMongoServer.builder().build().start();
        return server.connectionString();
    }

    @Override
    protected void stop() {
        server.close();
    }

    @Override
    protected boolean embedded() {
        return true;
    }
}
