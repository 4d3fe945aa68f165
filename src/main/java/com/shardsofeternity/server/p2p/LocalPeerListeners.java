package com.shardsofeternity.server.p2p;

import com.shardsofeternity.server.realtime.OnlineCharacter;
import com.shardsofeternity.server.realtime.PresenceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * Single-node mode: the peer listeners in this node's memory.
 *
 * <p>An entry is keyed by the {@link OnlineCharacter} the presence service holds while the character is
 * online, and only weakly: presence makes a new one each time the character comes online again, so a
 * registration can never outlive the stay it was made in, and the entry is collected once presence lets
 * go of the old object. No offline event is needed, and nothing here can leak.
 */
@ApplicationScoped
@Typed(LocalPeerListeners.class)
public class LocalPeerListeners implements PeerListeners {

    @Inject
    PresenceService presence;

    private final Map<OnlineCharacter, PeerAddress> byCharacter = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public void register(OnlineCharacter character, PeerAddress address) {
        byCharacter.put(character, address);
    }

    @Override
    public Optional<PeerAddress> of(long characterId) {
        return presence.find(characterId).map(byCharacter::get);
    }
}
