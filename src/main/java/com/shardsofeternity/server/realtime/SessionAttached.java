package com.shardsofeternity.server.realtime;

/** A session's socket authenticated on this node; any other node holding the session lets it go. */
public record SessionAttached(String sessionId) {
}
