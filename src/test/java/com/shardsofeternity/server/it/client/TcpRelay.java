package com.shardsofeternity.server.it.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay between clients and the server, standing in for the network: a test points a client at
 * {@link #url()} and can then break its WebSocket connections the way a network does, without any
 * close handshake. Plain HTTP connections (the REST calls) pass untouched.
 */
final class TcpRelay implements AutoCloseable {

    private static final byte[] WEBSOCKET_REQUEST = "GET /ws".getBytes(StandardCharsets.US_ASCII);

    private final InetSocketAddress server;
    private final int port;
    private volatile ServerSocket listener;
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "tcp-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Pipe> pipes = ConcurrentHashMap.newKeySet();

    private TcpRelay(InetSocketAddress server) throws IOException {
        this.server = server;
        ServerSocket first = listen(0);
        this.port = first.getLocalPort();
        startAccepting(first);
    }

    /** A relay to the server at {@code serverUrl}, listening on a free local port. */
    static TcpRelay to(String serverUrl) throws IOException {
        URI uri = URI.create(serverUrl);
        return new TcpRelay(new InetSocketAddress(uri.getHost(), uri.getPort()));
    }

    /** The server's URL as seen through the relay. */
    String url() {
        return "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port;
    }

    /**
     * From now on, what the server sends on the open WebSocket connections is swallowed: the server
     * believes it delivered it, the client never sees it, as with packets lost before a connection dies.
     */
    void loseWhatTheServerSends() {
        webSockets().forEach(pipe -> pipe.swallowingDownstream = true);
    }

    /** Resets every open WebSocket connection on both sides, as a dead network does; returns how many. */
    int cutWebSockets() {
        List<Pipe> cut = webSockets();
        cut.forEach(Pipe::reset);
        return cut.size();
    }

    /**
     * Stops listening, so that new connections are refused as if the server were unreachable; open
     * connections are left as they are.
     */
    void refuseConnections() throws IOException {
        listener.close();
    }

    /** Listens again on the same port after {@link #refuseConnections()}. */
    void acceptConnectionsAgain() throws IOException {
        startAccepting(listen(port));
    }

    @Override
    public void close() throws IOException {
        listener.close();
        pipes.forEach(Pipe::reset);
        threads.shutdownNow();
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        return socket;
    }

    private void startAccepting(ServerSocket socket) {
        listener = socket;
        threads.execute(() -> acceptConnections(socket));
    }

    private List<Pipe> webSockets() {
        return pipes.stream().filter(pipe -> pipe.webSocket).toList();
    }

    private void acceptConnections(ServerSocket socket) {
        while (!socket.isClosed()) {
            Socket client;
            try {
                client = socket.accept();
            } catch (IOException closed) {
                return;
            }
            try {
                Socket upstream = new Socket();
                upstream.connect(server, 5_000);
                Pipe pipe = new Pipe(client, upstream);
                pipes.add(pipe);
                threads.execute(pipe::relayUpstream);
                threads.execute(pipe::relayDownstream);
            } catch (IOException unreachable) {
                reset(client);
            }
        }
    }

    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException alreadyClosed) {
            // a reset of a socket that is already gone has nothing left to do
        }
    }

    /** One relayed connection: the client's socket and ours to the server. */
    private final class Pipe {
        private final Socket client;
        private final Socket upstream;
        private final AtomicInteger directionsOpen = new AtomicInteger(2);
        private volatile boolean webSocket;
        private volatile boolean swallowingDownstream;

        private Pipe(Socket client, Socket upstream) {
            this.client = client;
            this.upstream = upstream;
        }

        private void relayUpstream() {
            relay(client, upstream, true);
        }

        private void relayDownstream() {
            relay(upstream, client, false);
        }

        private void relay(Socket from, Socket to, boolean fromClient) {
            byte[] buffer = new byte[16 * 1024];
            boolean firstRead = true;
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    if (fromClient && firstRead) {
                        webSocket = startsWithWebSocketRequest(buffer, read);
                        firstRead = false;
                    }
                    if (!fromClient && swallowingDownstream) {
                        continue;
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
                to.shutdownOutput();
            } catch (IOException broken) {
                reset();
                return;
            }
            if (directionsOpen.decrementAndGet() == 0) {
                closeQuietly();
            }
        }

        private void reset() {
            pipes.remove(this);
            TcpRelay.reset(client);
            TcpRelay.reset(upstream);
        }

        private void closeQuietly() {
            pipes.remove(this);
            try {
                client.close();
                upstream.close();
            } catch (IOException alreadyClosed) {
                reset();
            }
        }

        private boolean startsWithWebSocketRequest(byte[] buffer, int length) {
            if (length < WEBSOCKET_REQUEST.length) {
                return false;
            }
            for (int i = 0; i < WEBSOCKET_REQUEST.length; i++) {
                if (buffer[i] != WEBSOCKET_REQUEST[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
