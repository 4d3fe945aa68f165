package com.shardsofeternity.server.realtime;

import com.shardsofeternity.protocol.Priority;

/**
 * A server message encoded once for all its recipients: the JSON without {@code seq}, which each
 * recipient's session splices in.
 *
 * @param coalesceKey messages with the same non-null key replace each other while waiting to be sent
 *     (a character's position updates, for example)
 */
public record ServerMessage(String type, Priority priority, String body, String coalesceKey) {

    public boolean isDroppable() {
        return priority == Priority.LOW;
    }
}
