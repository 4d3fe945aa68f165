package com.shardsofeternity.client.realtime;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * What a {@link RealtimeSession} needs from the client configuration.
 *
 * @param heartbeatInterval  used until the server announces {@code heartbeat_interval_ms}
 * @param maxReconnectAttempts failed attempts in a row before the session is given up
 */
public record RealtimeSettings(
        URI uri,
        Duration requestTimeout,
        Duration heartbeatInterval,
        boolean autoReconnect,
        int maxReconnectAttempts,
        Backoff backoff) {

    public RealtimeSettings {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        Objects.requireNonNull(backoff, "backoff");
    }
}
