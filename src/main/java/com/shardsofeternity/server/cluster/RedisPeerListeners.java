package com.shardsofeternity.server.cluster;

import com.shardsofeternity.server.p2p.PeerAddress;
import com.shardsofeternity.server.p2p.PeerListeners;
import com.shardsofeternity.server.realtime.OnlineCharacter;
import io.lettuce.core.ScriptOutputType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Optional;

/**
 * Peer listeners in Redis, a hash field per online character beside its presence entry, so that a
 * {@code p2p_connect} on one node finds a peer whose socket another node holds. A registration lives as
 * long as the stay online it was made in: {@link RedisPresence#remove} deletes it with the character's
 * entry (logout, expiry, the resume window running out, or the janitor clearing a dead node's players),
 * and a session that moves to another node keeps it, as it keeps its stay.
 */
@ApplicationScoped
@Typed(RedisPeerListeners.class)
public class RedisPeerListeners implements PeerListeners {

    /** Writes the listener only while the character is listed online, so none outlives its entry. */
    private static final String REGISTER = """
            if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then return 0 end
            redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
            return 1
            """;

    @Inject
    Redis redis;
    @Inject
    RedisPresence presence;

    @Override
    public void register(OnlineCharacter character, PeerAddress address) {
        String value = Json.createObjectBuilder().add("host", address.host()).add("port", address.port()).build().toString();
        // A character no longer listed is going offline: its registration would be forgotten at once anyway.
        redis.sync().eval(REGISTER, ScriptOutputType.INTEGER,
                new String[] {presence.onlineKey(), presence.peerListenersKey()},
                Long.toString(character.characterId()), value);
    }

    @Override
    public Optional<PeerAddress> of(long characterId) {
        String value = redis.sync().hget(presence.peerListenersKey(), Long.toString(characterId));
        if (value == null) {
            return Optional.empty();
        }
        JsonObject json = Json.createReader(new StringReader(value)).readObject();
        return Optional.of(new PeerAddress(json.getString("host"), json.getInt("port")));
    }
}
