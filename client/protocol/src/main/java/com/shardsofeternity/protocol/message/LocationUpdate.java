package com.shardsofeternity.protocol.message;

import com.shardsofeternity.protocol.model.Position;

/** A position inside the current location: sent by a client, relayed to others in the location. */
public record LocationUpdate(
        Long characterId,
        String characterName,
        Long locationId,
        Position position,
        Position velocity) {

    public static LocationUpdate send(Position position, Position velocity) {
        return new LocationUpdate(null, null, null, position, velocity);
    }
}
