package com.shardsofeternity.client.p2p;

import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One socket accepted by the {@link PeerListener}, which makes an instance per connection. It keeps the
 * listener's count of open sockets, refusing one over the limit with 1013, and hands every frame to its
 * {@link PeerConnection}. Public only because Tyrus calls endpoints reflectively.
 */
public final class PeerEndpoint extends Endpoint {

    private static final System.Logger LOG = System.getLogger(PeerEndpoint.class.getName());

    private final AtomicInteger open;
    private final int maxConnections;
    private final P2pStats stats;
    private final Function<PeerSocket, PeerConnection> accept;
    private volatile PeerConnection connection;
    private volatile boolean counted;

    PeerEndpoint(AtomicInteger open, int maxConnections, P2pStats stats, Function<PeerSocket, PeerConnection> accept) {
        this.open = open;
        this.maxConnections = maxConnections;
        this.stats = stats;
        this.accept = accept;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        session.setMaxTextMessageBufferSize(P2pNode.MAX_FRAME_CHARS);
        session.setMaxIdleTimeout(0);
        SessionSocket socket = new SessionSocket(session);
        if (open.incrementAndGet() > maxConnections) {
            open.decrementAndGet();
            stats.countRefusedOverLimit();
            socket.close(CloseCodes.TRY_AGAIN_LATER.getCode(), "this peer listener is full");
            return;
        }
        counted = true;
        connection = accept.apply(socket);
        session.addMessageHandler(String.class, (MessageHandler.Whole<String>) connection::onFrame);
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        if (counted) {
            counted = false;
            open.decrementAndGet();
            connection.onClosed(reason.getCloseCode().getCode(), reason.getReasonPhrase());
        }
    }

    @Override
    public void onError(Session session, Throwable failure) {
        LOG.log(Level.DEBUG, "peer socket error; the close follows", failure);
    }

    /** An accepted socket; sends are serialised because a JSR 356 remote endpoint may refuse overlapping ones. */
    private static final class SessionSocket implements PeerSocket {
        private final Session session;

        SessionSocket(Session session) {
            this.session = session;
        }

        @Override
        public CompletableFuture<Void> send(String text) {
            CompletableFuture<Void> sent = new CompletableFuture<>();
            try {
                synchronized (this) {
                    session.getAsyncRemote().sendText(text, result -> {
                        if (result.isOK()) {
                            sent.complete(null);
                        } else {
                            sent.completeExceptionally(result.getException());
                        }
                    });
                }
            } catch (RuntimeException notOpen) {
                sent.completeExceptionally(notOpen);
            }
            return sent;
        }

        @Override
        public void close(int code, String reason) {
            try {
                session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
            } catch (IOException | RuntimeException alreadyGone) {
                LOG.log(Level.DEBUG, "closing an already broken peer socket", alreadyGone);
            }
        }
    }
}
