package com.shardsofeternity.client.realtime;

import java.util.concurrent.CompletableFuture;

/** One open WebSocket connection. Both methods may be called from any thread. */
public interface TransportConnection {

    /** Sends one text frame; the future completes once it is handed to the network. */
    CompletableFuture<Void> sendText(String text);

    /** Starts the closing handshake; the listener then hears the close. */
    void close(int code, String reason);
}
