package vn.tdkt.embeddedmongo.server;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import org.bson.BsonDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.embeddedmongo.commands.CommandDispatcher;
import vn.tdkt.embeddedmongo.storage.BsonBytes;
import vn.tdkt.embeddedmongo.wire.Frame;
import vn.tdkt.embeddedmongo.wire.OpMsg;
import vn.tdkt.embeddedmongo.wire.OpQuery;
import vn.tdkt.embeddedmongo.wire.Request;
import vn.tdkt.embeddedmongo.wire.WireFormatException;

/**
 * One client connection: read a message, run it, write the reply, repeat. A malformed message
 * ends this connection only, as mongod does; nothing here can reach the other connections.
 */
final class Connection {

    private static final Logger LOG = LoggerFactory.getLogger(Connection.class);

    private final Socket socket;
    private final long id;
    private final CommandDispatcher dispatcher;
    private final ServerStats stats;
    private final SpinWait spinWait;
    private final String host;
    private int nextRequestId = 1;

    Connection(Socket socket, long id, CommandDispatcher dispatcher, ServerStats stats, SpinWait spinWait) {
        this.socket = socket;
        this.id = id;
        this.dispatcher = dispatcher;
        this.stats = stats;
        this.spinWait = spinWait;
        this.host = socket.getLocalAddress().getHostAddress() + ":" + socket.getLocalPort();
    }

    void serve() {
        try (socket;
             DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 64 * 1024));
             OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024)) {
            long gap = Long.MAX_VALUE; // from a reply to the next request; a new client counts as idle
            while (true) {
                long replied = System.nanoTime();
                spinWait.awaitInput(in, id, gap);
                Frame frame = Frame.read(in);
                if (frame == null) {
                    break;
                }
                gap = System.nanoTime() - replied;
                spinWait.arrived(id);
                stats.requests.incrementAndGet();
                stats.bytesIn.addAndGet(frame.body().capacity() + 16L);
                byte[] reply = handle(frame);
                if (reply != null) {
                    out.write(reply);
                    out.flush();
                    stats.bytesOut.addAndGet(reply.length);
                }
            }
        } catch (WireFormatException e) {
            LOG.info("closing connection {}: {}", id, e.getMessage());
        } catch (IOException e) {
            LOG.debug("connection {} ended: {}", id, e.getMessage());
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            LOG.warn("connection {} failed", id, e);
        }
    }

    /** The reply bytes, or null when the client asked for none (moreToCome). */
    private byte[] handle(Frame frame) throws WireFormatException {
        switch (frame.opCode()) {
            case Frame.OP_MSG -> {
                OpMsg.Parsed parsed = OpMsg.parse(frame.body());
                BsonDocument reply = run(parsed.request());
                return parsed.moreToCome() ? null : OpMsg.reply(nextRequestId++, frame.requestId(), BsonBytes.toBytes(reply));
            }
            case Frame.OP_QUERY -> {
                Request request = OpQuery.parse(frame.body());
                return OpQuery.reply(nextRequestId++, frame.requestId(), BsonBytes.toBytes(run(request)));
            }
            default -> throw new WireFormatException("unsupported opCode " + frame.opCode());
        }
    }

    /** A body that stays raw is read lazily; if it is malformed, the dispatcher is the one to say so. */
    private static boolean awaitsTopologyChange(Request request) {
        try {
            return request.body().containsKey("maxAwaitTimeMS");
        } catch (RuntimeException e) {
            return false;
        }
    }

    private BsonDocument run(Request request) {
        // An awaitable hello waits for a topology change, not for the CPU: pollers need not give way.
        boolean awaits = awaitsTopologyChange(request);
        if (!awaits) {
            spinWait.serving();
        }
        try {
            return dispatcher.execute(request, id, host);
        } finally {
            if (!awaits) {
                spinWait.served();
            }
        }
    }
}
