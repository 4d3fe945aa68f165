package com.shardsofeternity.client.realtime;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.CloseReason;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import javax.net.ssl.SSLContext;
import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.client.ClientProperties;
import org.glassfish.tyrus.client.SslEngineConfigurator;

/**
 * WebSocket connections through a Tyrus {@link ClientManager} of our own (not the process-wide one
 * from {@code ContainerProvider}), so that {@link #close()} can shut down exactly its threads.
 */
public final class TyrusTransport implements Transport {

    private static final System.Logger LOG = System.getLogger(TyrusTransport.class.getName());

    /** Largest frame we accept from the server: generous, since a batch may bundle many messages. */
    public static final int MAX_INCOMING_MESSAGE_BYTES = 4 * 1024 * 1024;

    /**
     * A native client sends no {@code Origin} (PROTOCOL.md, Handshake). Tyrus adds one made of the
     * server's own host and port, which a server checks against its browser allowlist: reached through
     * a proxy, an IP address or another host name, the upgrade would be refused with 403.
     */
    private static final ClientEndpointConfig NATIVE_CLIENT = ClientEndpointConfig.Builder.create()
            .configurator(new ClientEndpointConfig.Configurator() {
                @Override
                public void beforeRequest(Map<String, List<String>> headers) {
                    headers.keySet().removeIf("Origin"::equalsIgnoreCase);
                }
            })
            .build();

    private final ClientManager manager;
    /**
     * Runs the blocking handshakes. Not the manager's executor: with a container of its own per
     * connection, Tyrus terminates that executor when a connection's container stops, which would
     * refuse every later {@link #open} (a reconnection, say).
     */
    private final ExecutorService connecting = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "tyrus-transport-connect");
        thread.setDaemon(true);
        return thread;
    });

    public TyrusTransport(SSLContext sslContext, Duration handshakeTimeout) {
        this.manager = ClientManager.createClient();
        manager.getProperties().put(ClientProperties.HANDSHAKE_TIMEOUT, (int) Math.min(Integer.MAX_VALUE, handshakeTimeout.toMillis()));
        manager.getProperties().put(ClientProperties.SHARED_CONTAINER, false);
        if (sslContext != null) {
            manager.getProperties().put(ClientProperties.SSL_ENGINE_CONFIGURATOR,
                    new SslEngineConfigurator(sslContext, true, false, false));
        }
        manager.setDefaultMaxTextMessageBufferSize(MAX_INCOMING_MESSAGE_BYTES);
    }

    @Override
    public CompletableFuture<TransportConnection> open(URI uri, TransportListener listener) {
        try {
            return CompletableFuture.supplyAsync(() -> connect(uri, listener), connecting);
        } catch (RejectedExecutionException closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("the transport is closed", closed));
        }
    }

    private TransportConnection connect(URI uri, TransportListener listener) {
        try {
            Session session = manager.connectToServer(new ListeningEndpoint(listener), NATIVE_CLIENT, uri);
            return new TyrusConnection(session);
        } catch (DeploymentException | IOException failure) {
            throw new CompletionException(failure);
        }
    }

    @Override
    public void close() {
        connecting.shutdown();
        manager.shutdown();
    }

    /** Forwards a connection's events to its listener. */
    private static final class ListeningEndpoint extends Endpoint {
        private final TransportListener listener;

        private ListeningEndpoint(TransportListener listener) {
            this.listener = listener;
        }

        @Override
        public void onOpen(Session session, EndpointConfig config) {
            session.setMaxTextMessageBufferSize(MAX_INCOMING_MESSAGE_BYTES);
            session.addMessageHandler(String.class, (MessageHandler.Whole<String>) listener::onText);
        }

        @Override
        public void onClose(Session session, CloseReason reason) {
            listener.onClosed(reason.getCloseCode().getCode(), reason.getReasonPhrase());
        }

        @Override
        public void onError(Session session, Throwable failure) {
            LOG.log(Level.DEBUG, "WebSocket error; the close follows", failure);
        }
    }

    /** Sends are serialised here because a JSR 356 remote endpoint may refuse overlapping sends. */
    private static final class TyrusConnection implements TransportConnection {
        private final Session session;

        private TyrusConnection(Session session) {
            this.session = session;
        }

        @Override
        public CompletableFuture<Void> sendText(String text) {
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
                LOG.log(Level.DEBUG, "closing an already broken connection", alreadyGone);
            }
        }
    }
}
