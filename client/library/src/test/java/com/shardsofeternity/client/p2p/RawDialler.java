package com.shardsofeternity.client.p2p;

import com.shardsofeternity.client.realtime.TransportConnection;
import com.shardsofeternity.client.realtime.TransportListener;
import com.shardsofeternity.client.realtime.TyrusTransport;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A hand-driven WebSocket to a peer listener: sends exactly what a test says, records what comes back. */
final class RawDialler implements AutoCloseable {

    private final LinkedBlockingQueue<String> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final TransportConnection connection;

    private RawDialler(TyrusTransport transport, int port) throws Exception {
        this.connection = transport.open(URI.create("ws://127.0.0.1:" + port + "/"), new TransportListener() {
            @Override
            public void onText(String text) {
                frames.add(text);
            }

            @Override
            public void onClosed(int code, String reason) {
                closeCode.complete(code);
            }
        }).get(5, TimeUnit.SECONDS);
    }

    static RawDialler connect(TyrusTransport transport, int port) throws Exception {
        return new RawDialler(transport, port);
    }

    static String hello(String ticket, boolean encryption) {
        return "{\"type\":\"p2p_hello\",\"ticket\":\"" + ticket + "\",\"encryption\":" + encryption + "}";
    }

    void send(String text) throws Exception {
        connection.sendText(text).get(5, TimeUnit.SECONDS);
    }

    /** The next frame from the listener; fails when none comes within five seconds. */
    String awaitFrame() throws InterruptedException {
        String frame = frames.poll(5, TimeUnit.SECONDS);
        if (frame == null) {
            throw new AssertionError("no frame from the listener");
        }
        return frame;
    }

    /** The close code the listener sent; fails when it does not close within {@code seconds}. */
    int awaitClose(int seconds) throws Exception {
        return closeCode.get(seconds, TimeUnit.SECONDS);
    }

    boolean isOpen() {
        return !closeCode.isDone();
    }

    @Override
    public void close() {
        connection.close(1000, "test over");
    }
}
