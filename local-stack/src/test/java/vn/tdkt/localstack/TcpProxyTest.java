package vn.tdkt.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The proxy's four modes against a plain echo server. */
class TcpProxyTest {

    private ServerSocket echo;
    private TcpProxy proxy;

    @BeforeEach
    void startEchoServerAndProxy() throws IOException {
        echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            while (!echo.isClosed()) {
                try {
                    Socket s = echo.accept();
                    Thread.ofVirtual().start(() -> {
                        try (s) {
                            s.getInputStream().transferTo(s.getOutputStream());
                        } catch (IOException ignored) {
                            // the client went away
                        }
                    });
                } catch (IOException e) {
                    return;
                }
            }
        });
        proxy = TcpProxy.start("test", 0, echo.getLocalPort());
    }

    @AfterEach
    void stop() throws IOException {
        proxy.close();
        echo.close();
    }

    @Test
    void passCarriesBytesBothWays() throws IOException {
        try (Socket s = connect()) {
            assertThat(roundTrip(s, "xin chào")).isEqualTo("xin chào");
        }
    }

    @Test
    void cutResetsOpenConnectionsAndRefusesNewOnesUntilPass() throws IOException {
        try (Socket s = connect()) {
            roundTrip(s, "a");
            proxy.cut();
            assertThatThrownBy(() -> {
                roundTrip(s, "b");
                roundTrip(s, "c");
            }).isInstanceOf(IOException.class);
        }
        try (Socket s = connect()) {
            assertThatThrownBy(() -> roundTrip(s, "d")).isInstanceOf(IOException.class);
        }
        proxy.pass();
        try (Socket s = connect()) {
            assertThat(roundTrip(s, "e")).isEqualTo("e");
        }
    }

    @Test
    void slowDelaysEveryChunkEachWay() throws IOException {
        proxy.slow(Duration.ofMillis(300));
        try (Socket s = connect()) {
            long begin = System.nanoTime();
            assertThat(roundTrip(s, "chậm")).isEqualTo("chậm");
            assertThat(Duration.ofNanos(System.nanoTime() - begin)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
        }
    }

    @Test
    void halfOpenCarriesNothingWithoutClosingAndStaysDeadAfterPass() throws IOException {
        try (Socket old = connect()) {
            roundTrip(old, "a");
            proxy.halfOpen();
            old.setSoTimeout(700);
            assertThatThrownBy(() -> roundTrip(old, "b")).isInstanceOf(SocketTimeoutException.class);
            try (Socket born = connect()) {
                born.setSoTimeout(700);
                assertThatThrownBy(() -> roundTrip(born, "c")).isInstanceOf(SocketTimeoutException.class);
            }
            proxy.pass();
            assertThatThrownBy(() -> roundTrip(old, "d")).as("a half-open connection never comes back")
                    .isInstanceOf(SocketTimeoutException.class);
            try (Socket fresh = connect()) {
                assertThat(roundTrip(fresh, "e")).isEqualTo("e");
            }
        }
    }

    private Socket connect() throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), proxy.port());
        s.setSoTimeout(5_000);
        return s;
    }

    /** Sends {@code text} and reads as many bytes back. */
    private static String roundTrip(Socket s, String text) throws IOException {
        byte[] out = text.getBytes(StandardCharsets.UTF_8);
        s.getOutputStream().write(out);
        s.getOutputStream().flush();
        InputStream in = s.getInputStream();
        byte[] back = in.readNBytes(out.length);
        if (back.length < out.length) {
            throw new IOException("closed after " + back.length + " bytes");
        }
        return new String(back, StandardCharsets.UTF_8);
    }
}
