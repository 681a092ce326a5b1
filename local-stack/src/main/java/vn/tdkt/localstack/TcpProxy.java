package vn.tdkt.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small TCP proxy on loopback that can break the connection between a service and Kafka or MongoDB
 * the ways networks break: {@link #cut()} resets every connection and every new one, {@link #slow}
 * delays every chunk in both directions, {@link #halfOpen()} leaves connections open but carries nothing
 * any more (a peer that vanished without a FIN: only the client's own timeouts notice), and
 * {@link #pass()} carries bytes again. A half-open connection stays dead after {@link #pass()}, as a real
 * one does; only new connections work again.
 *
 * <p>Written here rather than taken from a library: Toxiproxy needs its own server binary, and the
 * faults the suite needs are these four.
 */
public final class TcpProxy implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TcpProxy.class);
    private static final int CHUNK = 16 * 1024;

    /** What the proxy currently does with bytes. */
    public enum Mode { PASS, CUT, SLOW, HALF_OPEN }

    private final String name;
    private final ServerSocket server;
    private final InetSocketAddress target;
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private volatile Mode mode = Mode.PASS;
    private volatile Duration latency = Duration.ZERO;
    private volatile boolean closed;

    private TcpProxy(String name, ServerSocket server, InetSocketAddress target) {
        this.name = name;
        this.server = server;
        this.target = target;
    }

    /** Listens on {@code 127.0.0.1:listenPort} (0: a free port) and forwards to {@code 127.0.0.1:targetPort}. */
    public static TcpProxy start(String name, int listenPort, int targetPort) {
        try {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), listenPort), 100);
            TcpProxy proxy = new TcpProxy(name, server, new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort));
            Thread.ofPlatform().daemon().name("proxy-" + name + "-accept").start(proxy::acceptLoop);
            log.info("TCP proxy {}: 127.0.0.1:{} → 127.0.0.1:{}", name, proxy.port(), targetPort);
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the TCP proxy " + name, e);
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    public String name() {
        return name;
    }

    public Mode mode() {
        return mode;
    }

    /** Carries bytes again (new connections; half-open ones stay dead). */
    public synchronized void pass() {
        mode = Mode.PASS;
        latency = Duration.ZERO;
        log.info("TCP proxy {}: pass", name);
    }

    /** Resets every open connection and every new one until {@link #pass()}. */
    public synchronized void cut() {
        mode = Mode.CUT;
        int open = connections.size();
        connections.forEach(Connection::reset);
        log.info("TCP proxy {}: cut ({} connections reset)", name, open);
    }

    /** Holds every chunk for {@code delay} before passing it on, both ways, until {@link #pass()}. */
    public synchronized void slow(Duration delay) {
        latency = delay;
        mode = Mode.SLOW;
        log.info("TCP proxy {}: slow, {} ms a chunk", name, delay.toMillis());
    }

    /**
     * Open connections stop carrying bytes without being closed, and new ones are accepted but never
     * reach the target: what a client sees when the peer's host vanishes.
     */
    public synchronized void halfOpen() {
        mode = Mode.HALF_OPEN;
        connections.forEach(c -> c.stalled = true);
        log.info("TCP proxy {}: half-open ({} connections stalled)", name, connections.size());
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        connections.forEach(Connection::reset);
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                if (!closed) {
                    log.warn("TCP proxy {}: accept failed", name, e);
                }
                return;
            }
            Connection c = new Connection(client);
            connections.add(c);
            Thread.ofVirtual().name("proxy-" + name + "-open").start(c::open);
        }
    }

    /** One client connection and, unless it was born stalled, its connection to the target. */
    private final class Connection {
        private final Socket client;
        private volatile Socket upstream;
        private volatile boolean stalled;

        Connection(Socket client) {
            this.client = client;
        }

        void open() {
            Mode now = mode;
            if (now == Mode.CUT) {
                reset();
                return;
            }
            if (now == Mode.HALF_OPEN) {
                stalled = true; // never reaches the target; the client's bytes go nowhere
                pump(client, null);
                return;
            }
            try {
                Socket up = new Socket();
                up.connect(target, 5_000);
                upstream = up;
                client.setTcpNoDelay(true);
                up.setTcpNoDelay(true);
            } catch (IOException e) {
                reset(); // target down: the client sees the reset it would see without the proxy
                return;
            }
            Thread.ofVirtual().name("proxy-" + name + "-up").start(() -> pump(client, upstream));
            pump(upstream, client);
        }

        /** Copies {@code from} to {@code to} as the mode says, until either side closes. */
        private void pump(Socket from, Socket to) {
            byte[] buffer = new byte[CHUNK];
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to == null ? null : to.getOutputStream();
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (stalled || out == null) {
                        continue; // half-open: read and drop, so that a client's close is still noticed
                    }
                    if (mode == Mode.SLOW) {
                        Thread.sleep(latency);
                    }
                    if (stalled) {
                        continue;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // a side closed or was reset: end the connection
            }
            if (stalled && from != client && !closed && !from.isClosed()) {
                return; // the target went away, but a stalled connection tells the client nothing: only it may give up
            }
            closeQuietly(client);
            closeQuietly(upstream);
            connections.remove(this);
        }

        /** Closes both sides with RST (linger 0), as a cut cable or a dropped firewall state does. */
        void reset() {
            for (Socket s : new Socket[] {client, upstream}) {
                if (s != null) {
                    try {
                        s.setSoLinger(true, 0);
                    } catch (SocketException ignored) {
                        // already closed
                    }
                    closeQuietly(s);
                }
            }
            connections.remove(this);
        }

        private static void closeQuietly(Socket s) {
            if (s != null) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // nothing to do
                }
            }
        }
    }
}
