package com.shardsofeternity.server.p2p;

import com.shardsofeternity.server.realtime.OnlineCharacter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * The registered peer listeners, one per online character.
 *
 * <p>An entry is keyed by the {@link OnlineCharacter} the presence service holds while the character is
 * online, and only weakly: presence makes a new one each time the character comes online again, so a
 * registration can never outlive the stay it was made in, and the entry is collected once presence lets
 * go of the old object. No offline event is needed, and nothing here can leak.
 */
@ApplicationScoped
public class PeerListeners {

    private final Map<OnlineCharacter, PeerAddress> byCharacter = Collections.synchronizedMap(new WeakHashMap<>());

    void register(OnlineCharacter character, PeerAddress address) {
        byCharacter.put(character, address);
    }

    Optional<PeerAddress> of(OnlineCharacter character) {
        return Optional.ofNullable(byCharacter.get(character));
    }
}
