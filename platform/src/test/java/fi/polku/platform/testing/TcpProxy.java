package fi.polku.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A TCP proxy in the test JVM in front of a real server, so a test can make that server go away as a restart
 * would: {@link #cut()} resets every open connection and refuses new ones until {@link #restore()}. It can also
 * answer every new connection itself ({@link #answerNewConnections}), as a server that refuses a login would.
 */
final class TcpProxy {

    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;
    private volatile Function<Socket, Runnable> answering;
    private volatile int port;

    TcpProxy(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
    }

    synchronized int start() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        port = socket.getLocalPort();
        server = socket;
        Thread.ofPlatform().daemon().name("tcp-proxy-" + port).start(() -> accept(socket));
        return port;
    }

    /** Resets every connection and refuses new ones: to its clients the server is gone. */
    synchronized void cut() throws IOException {
        server.close();
        for (Socket socket : sockets) {
            reset(socket);
        }
        sockets.clear();
    }

    /**
     * Resets every connection and hands each new one to {@code answer} instead of the server, until
     * {@link #proxyAgain()}.
     */
    synchronized void answerNewConnections(Function<Socket, Runnable> answer) {
        answering = answer;
        for (Socket socket : sockets) {
            reset(socket);
        }
        sockets.clear();
    }

    /** New connections reach the server again. */
    synchronized void proxyAgain() {
        answering = null;
    }

    /** Accepts connections again, on the same port. */
    synchronized void restore() throws IOException {
        if (server.isClosed()) {
            start();
        }
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Function<Socket, Runnable> answer = answering;
                if (answer != null) {
                    Thread.ofVirtual().start(answer.apply(client));
                    continue;
                }
                Socket upstream = new Socket(targetHost, targetPort);
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                sockets.add(client);
                sockets.add(upstream);
                Thread.ofVirtual().start(() -> pump(client, upstream));
                Thread.ofVirtual().start(() -> pump(upstream, client));
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    continue;
                }
                return;
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // The other side went away, or the proxy was cut: close both ends below.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    /** Closes with a TCP reset, as a crashed server's connections end; one that closed meanwhile is left be. */
    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException alreadyClosed) {
            // A pump closed it after the loop took it from the set.
        }
    }

    private void closeQuietly(Socket socket) {
        sockets.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }
}
