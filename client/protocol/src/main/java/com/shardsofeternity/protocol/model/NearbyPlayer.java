package com.shardsofeternity.protocol.model;

/** The protocol's {@code nearby_player}: an online character as others in its location see it. */
public record NearbyPlayer(
        Long characterId,
        String characterName,
        Integer level,
        String faction,
        Long locationId,
        Position position,
        Long lastSeen) {
}
