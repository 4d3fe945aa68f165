package com.shardsofeternity.client;

/**
 * A message could not be sent because the socket is not authenticated right now (connecting,
 * reconnecting or closed). Messages are not queued while the link is down: a game's moves and chat
 * lines go stale quickly, so the game decides whether to retry after the next
 * {@code CONNECTED} state change.
 */
public class NotConnectedException extends IllegalStateException {

    public NotConnectedException(String message) {
        super(message);
    }
}
