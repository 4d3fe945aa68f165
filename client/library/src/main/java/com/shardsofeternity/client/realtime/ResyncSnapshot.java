package com.shardsofeternity.client.realtime;

import com.shardsofeternity.protocol.model.CharacterView;
import com.shardsofeternity.protocol.model.NearbyPlayer;
import com.shardsofeternity.protocol.model.WorldStateView;
import java.util.List;

/**
 * State re-read over REST after the server could not replay what a reconnect missed. A field is null
 * when its read failed (the failure went to the error handlers) or, for the nearby players, when the
 * current location is unknown.
 */
public record ResyncSnapshot(
        WorldStateView worldState,
        List<CharacterView> characters,
        Long locationId,
        List<NearbyPlayer> nearbyPlayers) {
}
