package com.shardsofeternity.client.realtime;

/**
 * Hears the socket's life. Called on the handler executor, in order with the messages: a state
 * change to {@code CONNECTED} comes before the first message of that connection.
 */
public interface ConnectionListener {

    default void onStateChanged(ConnectionState previous, ConnectionState current) {
    }

    /** The session is over and no reconnect will follow; a new {@code connect} is needed. */
    default void onSessionEnded(SessionEnd end) {
    }

    /**
     * A reconnect could not resume, so messages were missed; the client has re-read the state over
     * REST (already applied to its presence cache) before delivering anything newer.
     */
    default void onResync(ResyncSnapshot snapshot) {
    }
}
