package com.shardsofeternity.client.p2p;

import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.tyrus.container.grizzly.server.GrizzlyServerContainer;
import org.glassfish.tyrus.server.TyrusServerContainer;

/**
 * The peer listener: a WebSocket server of this client's own (Tyrus on Grizzly, on every interface) at
 * {@code ws://<host>:<port>/}, holding at most {@code maxConnections} sockets at once, counted from the
 * moment they open, so that peers that never say hello use up the limit too, for the handshake timeout
 * at most. One socket more is closed at once with 1013 (try again later). Its threads come from the
 * client's thread factory and end with {@link #stop()}.
 */
final class PeerListener {

    private static final String ROOT = "/";
    private static final int WORKER_THREADS = 2;

    private final TyrusServerContainer container;
    private final int port;

    private PeerListener(TyrusServerContainer container, int port) {
        this.container = container;
        this.port = port;
    }

    /**
     * Starts listening.
     *
     * @param accept makes the connection for a socket that fits under the limit
     * @throws IOException when the port cannot be bound
     */
    static PeerListener start(int port, int maxConnections, ThreadFactory threads, P2pStats stats,
                              Function<PeerSocket, PeerConnection> accept) throws IOException {
        ThreadPoolConfig workers = ThreadPoolConfig.defaultConfig().copy()
                .setThreadFactory(threads).setCorePoolSize(1).setMaxPoolSize(WORKER_THREADS);
        ThreadPoolConfig selectors = ThreadPoolConfig.defaultConfig().copy()
                .setThreadFactory(threads).setCorePoolSize(1).setMaxPoolSize(1);
        TyrusServerContainer container = (TyrusServerContainer) new GrizzlyServerContainer().createContainer(Map.of(
                GrizzlyServerContainer.WORKER_THREAD_POOL_CONFIG, workers,
                GrizzlyServerContainer.SELECTOR_THREAD_POOL_CONFIG, selectors));
        AtomicInteger open = new AtomicInteger();
        try {
            container.addEndpoint(ServerEndpointConfig.Builder.create(PeerEndpoint.class, ROOT)
                    .configurator(new ServerEndpointConfig.Configurator() {
                        @Override
                        public <T> T getEndpointInstance(Class<T> endpointClass) {
                            return endpointClass.cast(new PeerEndpoint(open, maxConnections, stats, accept));
                        }
                    }).build());
            container.start(ROOT, port);
        } catch (DeploymentException | IOException | RuntimeException failure) {
            container.stop();
            throw failure instanceof IOException io ? io : new IOException("cannot start the peer listener on port " + port, failure);
        }
        return new PeerListener(container, container.getPort());
    }

    /** The bound port, the system's choice when 0 was asked for. */
    int port() {
        return port;
    }

    /** Closes every socket and ends the listener's threads. */
    void stop() {
        container.stop();
    }
}
