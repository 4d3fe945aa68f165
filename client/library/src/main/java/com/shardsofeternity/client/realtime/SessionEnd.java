package com.shardsofeternity.client.realtime;

/**
 * Why a session ended for good: no reconnect follows. {@code closeCode} is the WebSocket close code
 * (4001 authentication or session expiry, 4002 protocol version, 4003 kicked, 4004 the same session
 * connected elsewhere, 1000 when the client itself disconnected or logged out, 1006 when reconnecting
 * was given up).
 *
 * @param requestedByClient true when the game called {@code disconnect}, {@code logout} or {@code close}
 */
public record SessionEnd(int closeCode, String reason, boolean requestedByClient) {
}
