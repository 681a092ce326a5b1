package vn.tdkt.benchmarks.mongo;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * The floor under every one-client figure: a plain TCP round trip on loopback between two blocking
 * threads, with a request and a reply of the sizes a find by {@code _id} sends and gets. No server
 * can answer one client faster than this machine turns a message around.
 */
final class LoopbackBaseline {

    private LoopbackBaseline() {
    }

    static double roundTripsPerSecond(int requestBytes, int replyBytes, int count) throws IOException, InterruptedException {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread echo = Thread.ofPlatform().daemon().start(() -> answer(listener, requestBytes, replyBytes));
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort())) {
                socket.setTcpNoDelay(true);
                OutputStream out = socket.getOutputStream();
                DataInputStream in = new DataInputStream(socket.getInputStream());
                byte[] request = new byte[requestBytes];
                byte[] reply = new byte[replyBytes];
                long start = System.nanoTime();
                for (int i = 0; i < count; i++) {
                    out.write(request);
                    in.readFully(reply);
                }
                double rate = count / ((System.nanoTime() - start) / 1e9);
                socket.shutdownOutput();
                echo.join(5_000);
                return rate;
            }
        }
    }

    private static void answer(ServerSocket listener, int requestBytes, int replyBytes) {
        try (Socket socket = listener.accept()) {
            socket.setTcpNoDelay(true);
            DataInputStream in = new DataInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            byte[] request = new byte[requestBytes];
            byte[] reply = new byte[replyBytes];
            while (readRequest(in, request)) {
                out.write(reply);
            }
        } catch (IOException e) {
            throw new IllegalStateException("loopback echo failed", e);
        }
    }

    private static boolean readRequest(DataInputStream in, byte[] request) throws IOException {
        int first = in.read();
        if (first < 0) {
            return false;
        }
        in.readFully(request, 1, request.length - 1);
        return true;
    }
}
