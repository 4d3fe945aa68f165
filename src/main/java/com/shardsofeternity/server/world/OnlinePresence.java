package com.shardsofeternity.server.world;

import com.shardsofeternity.protocol.model.NearbyPlayer;
import java.util.List;

/** Who is online, as the real-time layer knows it. */
public interface OnlinePresence {

    /** How many characters are online in the whole world. */
    int onlineCount();

    /** The online characters in a location. */
    List<NearbyPlayer> playersAt(long locationId);
}
