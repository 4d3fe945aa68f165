package com.shardsofeternity.client.p2p;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** What a {@link P2pNode} needs from the game client around it: the master server, the handlers, the map. */
public interface P2pContext {

    /** Sends {@code p2p_register}; completes on the server's {@code ack}. {@code host} may be null. */
    CompletableFuture<Void> registerListener(int port, String host);

    /** Sends {@code p2p_connect}; completes on the server's {@code ack}. */
    CompletableFuture<Void> requestIntroduction(long peerId);

    /** Hands a protocol message a peer sent to the handlers. */
    void deliver(long peerId, String message);

    /** Where this client's character is, when known. */
    Optional<Long> currentLocation();
}
