package com.shardsofeternity.server.p2p;

import com.shardsofeternity.server.realtime.OnlineCharacter;
import java.util.Optional;

/**
 * The registered peer listeners, at most one per online character, each forgotten when its character
 * goes offline: a registration never outlives the stay online it was made in. On a single node they
 * live in memory ({@link LocalPeerListeners}); in a cluster in Redis, so that a character on one node
 * can be introduced to a peer whose socket another node holds.
 */
public interface PeerListeners {

    /** Remembers the listener of a character whose session this node holds, for the rest of its stay online. */
    void register(OnlineCharacter character, PeerAddress address);

    /** The listener an online character, on any node, registered during its current stay online. */
    Optional<PeerAddress> of(long characterId);
}
