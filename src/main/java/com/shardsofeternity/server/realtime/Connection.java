package com.shardsofeternity.server.realtime;

import com.shardsofeternity.protocol.Priority;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** One open socket: its outbound queue, when it last spoke, and the game session it authenticated as. */
public final class Connection implements FrameSink {

    private static final Logger LOG = Logger.getLogger(Connection.class.getName());

    /** The socket's user property holding the client's address, put there during the handshake. */
    static final String REMOTE_ADDRESS = "sote.remote-address";

    private final Session socket;
    private final OutboundQueue outbound;
    private final Executor closer;
    private final long openedAt;
    private volatile long lastInboundAt;
    private volatile long lastPingAt;
    private volatile PlayerSession player;
    private volatile boolean closing;

    public Connection(Session socket, RealtimeLimits limits, OutboundQueue.Flusher flusher, Executor closer, long now) {
        this.socket = socket;
        this.closer = closer;
        this.outbound = new OutboundQueue(this, flusher, limits.softLimit(), limits.hardLimit(), limits.graceMillis());
        this.openedAt = now;
        this.lastInboundAt = now;
    }

    public String id() {
        return socket.getId();
    }

    /** The address the client connected from, when the handshake could tell. */
    public Optional<String> remoteAddress() {
        return socket.getUserProperties().get(REMOTE_ADDRESS) instanceof String address ? Optional.of(address) : Optional.empty();
    }

    public OutboundQueue outbound() {
        return outbound;
    }

    public long openedAt() {
        return openedAt;
    }

    public long lastInboundAt() {
        return lastInboundAt;
    }

    public void heard(long now) {
        lastInboundAt = now;
    }

    public long lastPingAt() {
        return lastPingAt;
    }

    public void pinged(long now) {
        lastPingAt = now;
    }

    public PlayerSession player() {
        return player;
    }

    void authenticatedAs(PlayerSession player) {
        this.player = player;
    }

    public boolean isAuthenticated() {
        return player != null;
    }

    public boolean isClosing() {
        return closing || !socket.isOpen();
    }

    /** Queues a frame that carries no {@code seq}. */
    public void sendUnsequenced(String frame, long now) {
        outbound.offer(frame, Priority.CRITICAL, null, now);
    }

    @Override
    public void sendAsync(String text, Consumer<Throwable> done) {
        try {
            socket.getAsyncRemote().sendText(text, result -> done.accept(result.isOK() ? null : result.getException()));
        } catch (RuntimeException socketGone) {
            done.accept(socketGone);
        }
    }

    /**
     * Sends one last frame and closes, on the caller's thread; only for sockets with nothing else in
     * flight (before authentication).
     */
    public void finalFrameThenClose(String frame, int code, String reason) {
        if (closing) {
            return;
        }
        closing = true;
        outbound.close();
        try {
            if (socket.isOpen()) {
                socket.getBasicRemote().sendText(frame);
            }
        } catch (IOException | RuntimeException gone) {
            LOG.log(Level.FINE, "could not send the last frame before closing", gone);
        }
        closeSocket(code, reason);
    }

    /** Closes without waiting for queued frames (the session's replay buffer keeps them). */
    public void close(int code, String reason) {
        if (closing) {
            return;
        }
        closing = true;
        outbound.close();
        closer.execute(() -> closeSocket(code, reason));
    }

    private void closeSocket(int code, String reason) {
        try {
            if (socket.isOpen()) {
                socket.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
            }
        } catch (IOException | RuntimeException gone) {
            LOG.log(Level.FINE, "socket already gone while closing", gone);
        }
    }
}
