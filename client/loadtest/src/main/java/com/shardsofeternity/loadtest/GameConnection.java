package com.shardsofeternity.loadtest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One player's socket over the JDK's asynchronous WebSocket client: authenticates with the player's
 * token, answers the server's {@code ping}, queues outgoing text (the JDK allows one send in flight)
 * and hands every received frame, whole, to a {@link FrameListener}.
 */
public final class GameConnection implements WebSocket.Listener {

    /** What the load test does with received frames. */
    public interface FrameListener {
        void onFrame(GameConnection connection, String frame, long receivedNanos);

        default void onClosed(GameConnection connection, int code) {
        }
    }

    private final Player player;
    private final FrameListener listener;
    private final CompletableFuture<GameConnection> authenticated = new CompletableFuture<>();
    private final ConcurrentLinkedQueue<String> outgoing = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean sending = new AtomicBoolean();
    private final StringBuilder partial = new StringBuilder();
    private volatile WebSocket socket;
    private volatile int closeCode;
    private volatile boolean sendFailed;

    private GameConnection(Player player, FrameListener listener) {
        this.player = player;
        this.listener = listener;
    }

    /** Connects and authenticates; the future completes once {@code auth_response} says success. */
    public static CompletableFuture<GameConnection> open(HttpClient client, URI uri, Player player, FrameListener listener) {
        GameConnection connection = new GameConnection(player, listener);
        client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30)).buildAsync(uri, connection)
                .whenComplete((socket, failure) -> {
                    if (failure != null) {
                        connection.authenticated.completeExceptionally(failure);
                    } else {
                        connection.socket = socket;
                        connection.send(Wire.authRequest(player.token()));
                    }
                });
        return connection.authenticated;
    }

    public Player player() {
        return player;
    }

    public boolean isOpen() {
        return closeCode == 0 && !sendFailed;
    }

    public int closeCode() {
        return closeCode;
    }

    public void send(String text) {
        outgoing.add(text);
        pump();
    }

    public void close() {
        WebSocket current = socket;
        if (current != null && !current.isOutputClosed()) {
            current.sendClose(WebSocket.NORMAL_CLOSURE, "load test done");
        }
    }

    public void abort() {
        WebSocket current = socket;
        if (current != null) {
            current.abort();
        }
    }

    private void pump() {
        WebSocket current = socket;
        if (current == null || !sending.compareAndSet(false, true)) {
            return;
        }
        String next = outgoing.poll();
        if (next == null) {
            sending.set(false);
            if (!outgoing.isEmpty()) {
                pump();
            }
            return;
        }
        current.sendText(next, true).whenComplete((ignored, failure) -> {
            if (failure != null) {
                sendFailed = true;
                outgoing.clear();
            }
            sending.set(false);
            if (failure == null) {
                pump();
            }
        });
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        long received = System.nanoTime();
        String frame;
        if (last && partial.length() == 0) {
            frame = data.toString();
        } else {
            partial.append(data);
            frame = last ? partial.toString() : null;
            if (last) {
                partial.setLength(0);
            }
        }
        if (frame != null) {
            handle(frame, received);
        }
        webSocket.request(1);
        return null;
    }

    private void handle(String frame, long received) {
        if (!authenticated.isDone()) {
            if (Wire.isSuccessfulAuthResponse(frame)) {
                authenticated.complete(this);
            } else if (frame.contains("\"auth_response\"") || frame.contains("\"error\"")) {
                authenticated.completeExceptionally(new IllegalStateException("authentication refused: " + frame));
            }
        }
        String pong = Wire.pongFor(frame);
        if (pong != null) {
            send(pong);
        }
        listener.onFrame(this, frame, received);
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeCode = statusCode == 0 ? WebSocket.NORMAL_CLOSURE : statusCode;
        authenticated.completeExceptionally(new IllegalStateException("closed with " + statusCode + " " + reason));
        listener.onClosed(this, closeCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closeCode = 1006;
        authenticated.completeExceptionally(error);
        listener.onClosed(this, closeCode);
    }
}
