package com.shardsofeternity.server.realtime;

/** What a handler knows about the message's sender. */
public record HandlerContext(PlayerSession session, Connection connection, long characterId) {

    public String sessionId() {
        return session.sessionId();
    }
}
