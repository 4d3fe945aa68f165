package com.shardsofeternity.protocol.message;

import com.shardsofeternity.protocol.model.NearbyPlayer;

/** Payload of {@code player_entered} and {@code player_left}. */
public record PlayerPresence(Long locationId, NearbyPlayer player) {
}
