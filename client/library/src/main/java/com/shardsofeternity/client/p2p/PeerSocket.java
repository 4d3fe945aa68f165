package com.shardsofeternity.client.p2p;

import com.shardsofeternity.client.realtime.TransportConnection;
import java.util.concurrent.CompletableFuture;

/** One WebSocket to a peer, whichever side opened it. Both methods may be called from any thread. */
interface PeerSocket {

    /** Sends one text frame; the future completes once it is handed to the network. */
    CompletableFuture<Void> send(String text);

    /** Starts the closing handshake; the connection then hears the close. */
    void close(int code, String reason);

    /** A socket this client dialled through its transport. */
    static PeerSocket of(TransportConnection connection) {
        return new PeerSocket() {
            @Override
            public CompletableFuture<Void> send(String text) {
                return connection.sendText(text);
            }

            @Override
            public void close(int code, String reason) {
                connection.close(code, reason);
            }
        };
    }
}
