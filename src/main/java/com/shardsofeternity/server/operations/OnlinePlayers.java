package com.shardsofeternity.server.operations;

import java.util.List;

/**
 * The operator's reach over online characters: who is online with which session, and ending the
 * session that plays a character. On a single node that is this node's registry
 * ({@link LocalOnlinePlayers}); in a cluster every node's, reached through Redis.
 */
public interface OnlinePlayers {

    /** Every character online in the deployment, with the session that plays it. */
    List<OnlinePlayerRow> list();

    /**
     * Ends the session playing {@code characterId} as a kick, wherever its socket is: the socket closes
     * with 4003.
     *
     * @return the id of the session that was ended
     * @throws com.shardsofeternity.server.GameException {@code NOT_FOUND} when the character is online nowhere
     */
    String kick(long characterId);
}
