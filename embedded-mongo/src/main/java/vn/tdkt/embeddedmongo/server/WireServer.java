package vn.tdkt.embeddedmongo.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.embeddedmongo.commands.CommandDispatcher;

/**
 * Accepts TCP connections and serves each on its own virtual thread: a connection is a strict
 * request/response loop, so blocking I/O on a virtual thread is the simplest correct model, and
 * thousands of idle pooled driver connections cost almost nothing.
 */
public final class WireServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WireServer.class);

    private final String bindAddress;
    private final int requestedPort;
    private final CommandDispatcher dispatcher;
    private final ServerStats stats;
    private final SpinWait spinWait;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final AtomicLong connectionIds = new AtomicLong();
    private ServerSocket serverSocket;
    private Thread acceptor;
    private volatile boolean running;

    public WireServer(String bindAddress, int port, CommandDispatcher dispatcher, ServerStats stats, SpinWait spinWait) {
        this.bindAddress = bindAddress;
        this.requestedPort = port;
        this.dispatcher = dispatcher;
        this.stats = stats;
        this.spinWait = spinWait;
    }

    /** Binds the port (0 = any free port) and starts accepting. */
    public void start() throws IOException {
        serverSocket = new ServerSocket();
        serverSocket.setReuseAddress(true);
        serverSocket.bind(new InetSocketAddress(InetAddress.getByName(bindAddress), requestedPort), 512);
        running = true;
        acceptor = Thread.ofPlatform().daemon().name("embedded-mongo-accept-" + port()).start(this::acceptLoop);
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    private void acceptLoop() {
        while (running) {
            try {
                Socket socket = serverSocket.accept();
                socket.setTcpNoDelay(true);
                socket.setKeepAlive(true);
                long id = connectionIds.incrementAndGet();
                connections.add(socket);
                stats.currentConnections.incrementAndGet();
                stats.totalConnections.incrementAndGet();
                Thread.ofVirtual().name("embedded-mongo-conn-" + id).start(() -> {
                    try {
                        new Connection(socket, id, dispatcher, stats, spinWait).serve();
                    } finally {
                        connections.remove(socket);
                        stats.currentConnections.decrementAndGet();
                    }
                });
            } catch (SocketException e) {
                if (running) {
                    LOG.warn("accept failed: {}", e.getMessage());
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("accept failed: {}", e.toString());
            }
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            if (serverSocket != null) {
                serverSocket.close();
            }
        } catch (IOException e) {
            LOG.debug("closing server socket: {}", e.getMessage());
        }
        for (Socket socket : List.copyOf(connections)) {
            try {
                socket.close();
            } catch (IOException e) {
                LOG.debug("closing connection: {}", e.getMessage());
            }
        }
        if (acceptor != null) {
            try {
                acceptor.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (stats.currentConnections.get() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
