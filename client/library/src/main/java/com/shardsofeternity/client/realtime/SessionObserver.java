package com.shardsofeternity.client.realtime;

import com.shardsofeternity.protocol.message.AuthResponse;

/**
 * What the owner of a {@link RealtimeSession} learns about authentication, on the session's control
 * thread: anything queued on the dispatcher here is ordered before the connection's next message.
 */
public interface SessionObserver {

    /** A successful {@code auth_response}; {@code fresh} for the first one after {@code connect}. */
    default void authenticated(AuthResponse response, boolean fresh) {
    }

    /** A reconnect was authenticated but the server could not replay what was missed. */
    default void resumeRefused() {
    }
}
