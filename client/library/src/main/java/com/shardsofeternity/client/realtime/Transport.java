package com.shardsofeternity.client.realtime;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * Opens WebSocket connections. {@link TyrusTransport} is the real one; the seam exists so that the
 * session's handshake, resume and reconnect logic can be exercised frame by frame without a network.
 */
public interface Transport extends AutoCloseable {

    /**
     * Opens a connection; the future fails when the server cannot be reached or refuses the upgrade.
     * After it completes, {@code listener} hears every text frame and, once, the close.
     */
    CompletableFuture<TransportConnection> open(URI uri, TransportListener listener);

    /** Releases the transport's threads; open connections should be closed first. */
    @Override
    void close();
}
