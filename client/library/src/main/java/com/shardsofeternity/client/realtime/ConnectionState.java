package com.shardsofeternity.client.realtime;

/** Where the client's socket stands. Messages can be sent only while {@link #CONNECTED}. */
public enum ConnectionState {
    /** Opening the socket and authenticating after {@code connect}. */
    CONNECTING,
    /** Authenticated; messages flow. */
    CONNECTED,
    /** The socket dropped unexpectedly; waiting out the backoff or trying to resume. */
    RECONNECTING,
    /** No socket and none coming: never connected, disconnected, or the session ended. */
    CLOSED
}
