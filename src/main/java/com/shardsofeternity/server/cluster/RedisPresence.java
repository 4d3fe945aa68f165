package com.shardsofeternity.server.cluster;

import com.shardsofeternity.protocol.MessageCodec;
import com.shardsofeternity.protocol.model.NearbyPlayer;
import com.shardsofeternity.server.config.GameSettings;
import com.shardsofeternity.server.realtime.SharedPresence;
import io.lettuce.core.KeyValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The cluster's presence directory in Redis: a hash of online characters (with the node holding each)
 * and a set of character ids per location. What lives exactly as long as a character's stay online
 * goes with its entry: the peer listener it registered ({@link RedisPeerListeners}).
 */
@ApplicationScoped
@Typed(RedisPresence.class)
public class RedisPresence implements SharedPresence {

    String onlineKey() {
        return redis.key("presence");
    }
    private String nodesKey() {
        return redis.key("presence:node");
    }
    /** The peer listeners of online characters, removed with their presence entries. */
    String peerListenersKey() {
        return redis.key("presence:p2p");
    }

    @Inject
    Redis redis;
    @Inject
    GameSettings settings;

    private final Jsonb jsonb = JsonbBuilder.create(MessageCodec.jsonbConfig());

    @Override
    public void put(NearbyPlayer player, Long previousLocationId) {
        String id = Long.toString(player.characterId());
        var sync = redis.sync();
        sync.hset(onlineKey(), id, jsonb.toJson(player));
        sync.hset(nodesKey(), id, settings.nodeName());
        if (previousLocationId != null && previousLocationId != player.locationId()) {
            sync.srem(locationKey(previousLocationId), id);
        }
        sync.sadd(locationKey(player.locationId()), id);
    }

    @Override
    public void refresh(NearbyPlayer player) {
        redis.async().hset(onlineKey(), Long.toString(player.characterId()), jsonb.toJson(player));
    }

    @Override
    public void remove(long characterId, long locationId) {
        String id = Long.toString(characterId);
        var sync = redis.sync();
        sync.hdel(onlineKey(), id);
        sync.hdel(nodesKey(), id);
        sync.srem(locationKey(locationId), id);
        // After the entry itself: a registration made meanwhile finds the character offline, or is removed here.
        sync.hdel(peerListenersKey(), id);
    }

    @Override
    public Optional<NearbyPlayer> find(long characterId) {
        String json = redis.sync().hget(onlineKey(), Long.toString(characterId));
        return Optional.ofNullable(json).map(text -> jsonb.fromJson(text, NearbyPlayer.class));
    }

    @Override
    public List<NearbyPlayer> playersAt(long locationId) {
        Collection<Long> ids = characterIdsAt(locationId);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<NearbyPlayer> players = new ArrayList<>();
        for (KeyValue<String, String> entry : redis.sync().hmget(onlineKey(), ids.stream().map(String::valueOf).toArray(String[]::new))) {
            if (entry.hasValue()) {
                NearbyPlayer player = jsonb.fromJson(entry.getValue(), NearbyPlayer.class);
                if (player.locationId() == locationId) {
                    players.add(player);
                }
            }
        }
        players.sort(Comparator.comparingLong(NearbyPlayer::characterId));
        return players;
    }

    @Override
    public Collection<Long> characterIdsAt(long locationId) {
        return redis.sync().smembers(locationKey(locationId)).stream().map(Long::valueOf).collect(Collectors.toSet());
    }

    @Override
    public int count() {
        return redis.sync().hlen(onlineKey()).intValue();
    }

    /** The node holding an online character's session, if it is online anywhere. */
    public Optional<String> holderOf(long characterId) {
        return Optional.ofNullable(redis.sync().hget(nodesKey(), Long.toString(characterId)));
    }

    /** Every online character of the deployment, with the node holding its session. */
    public Map<Long, String> holders() {
        Map<Long, String> holders = new HashMap<>();
        redis.sync().hgetall(nodesKey()).forEach((id, node) -> holders.put(Long.valueOf(id), node));
        return holders;
    }

    /** Removes the entries of nodes that stopped without taking their players offline. */
    public int dropEntriesOf(java.util.Set<String> liveNodes) {
        int dropped = 0;
        for (Map.Entry<String, String> entry : redis.sync().hgetall(nodesKey()).entrySet()) {
            if (!liveNodes.contains(entry.getValue())) {
                String json = redis.sync().hget(onlineKey(), entry.getKey());
                long characterId = Long.parseLong(entry.getKey());
                long locationId = json == null ? -1 : jsonb.fromJson(json, NearbyPlayer.class).locationId();
                remove(characterId, locationId);
                dropped++;
            }
        }
        return dropped;
    }

    private String locationKey(long locationId) {
        return redis.key("presence:location:") + locationId;
    }
}
