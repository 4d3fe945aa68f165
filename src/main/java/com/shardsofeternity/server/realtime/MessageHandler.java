package com.shardsofeternity.server.realtime;

import java.util.Set;

/**
 * Handles one family of client messages. Implementations are CDI beans in their feature package; the
 * router finds them all, so a game adds a message type by registering it in
 * {@link com.shardsofeternity.protocol.MessageTypes} and providing a handler for it.
 *
 * <p>A handler returns normally on success (the router acknowledges a message that had an id) and
 * throws {@link com.shardsofeternity.server.GameException} to refuse.
 */
public interface MessageHandler {

    /** The message types this handler takes. */
    Set<String> types();

    void handle(HandlerContext context, String type, Object payload);
}
