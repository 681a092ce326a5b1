package vn.tdkt.embeddedmongo.commands;

import vn.tdkt.embeddedmongo.server.ServerStats;
import vn.tdkt.embeddedmongo.storage.Catalog;
import vn.tdkt.embeddedmongo.storage.Engine;
import vn.tdkt.embeddedmongo.storage.TtlReaper;

/** What a command may use: storage, open cursors, statistics, and the calling connection's id. */
record CommandContext(Engine engine, CursorRegistry cursors, ServerStats stats, TtlReaper reaper, long connectionId,
                      String host, java.util.concurrent.CountDownLatch shutdown,
                      org.bson.types.ObjectId processId) {

    Catalog catalog() {
        return engine.catalog();
    }
}
