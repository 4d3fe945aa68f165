package com.shardsofeternity.protocol.message;

import com.shardsofeternity.protocol.model.NearbyPlayer;
import java.util.List;

/** Who is online in a location, sent on auth and after every move. */
public record NearbyPlayers(Long locationId, List<NearbyPlayer> players) {
}
