package com.shardsofeternity.examples;

import com.shardsofeternity.client.Await;
import com.shardsofeternity.client.GameClient;
import com.shardsofeternity.client.MasterServerException;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.RealityShift;
import com.shardsofeternity.protocol.message.ShardCaptured;
import com.shardsofeternity.protocol.model.LocationView;
import com.shardsofeternity.protocol.model.ShardView;
import com.shardsofeternity.protocol.model.WorldStateView;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The world over REST (reality, stability, shards, map, factions), then a walk to the Phoenix Flame
 * and an attempt to capture it, with the announcement every player gets.
 */
final class WorldStateExample implements Example {

    private static final long PHOENIX_FLAME = 1;

    @Override
    public String title() {
        return "World state and shards";
    }

    @Override
    public void run(Demo demo) {
        GameClient reader = demo.newClient();
        WorldStateView state = Await.result(reader.getWorldState());
        WorldMap map = new WorldMap(Await.result(reader.getLocations()));
        demo.say("Reality \"%s\", stability %.1f, %d players online", state.currentReality(),
                state.realityStability(), state.onlinePlayers());
        for (ShardView shard : Await.result(reader.getShardStatus())) {
            demo.say("  shard #%d %-16s in %-16s held by %s", shard.id(), shard.name(), map.nameOf(shard.locationId()),
                    shard.owningFaction() == null ? "nobody" : shard.owningFaction());
        }
        for (LocationView location : Await.result(reader.getLocations())) {
            demo.say("  %-16s leads to %s", location.name(),
                    location.neighbors().stream().map(map::nameOf).toList());
        }
        List<String> factions = Await.result(reader.getFactions());
        demo.say("Factions: %s", factions);

        ShardView phoenix = Await.result(reader.getShardStatus()).stream()
                .filter(shard -> shard.id() == PHOENIX_FLAME).findFirst().orElseThrow();
        String faction = factions.stream().filter(f -> !f.equals(phoenix.owningFaction())).findFirst().orElseThrow();
        GameClient raider = demo.newPlayer("Raider", faction);
        CompletableFuture<ShardCaptured> announced = new CompletableFuture<>();
        raider.registerHandler(MessageTypes.SHARD_CAPTURED, ShardCaptured.class, announced::complete);
        raider.registerHandler(MessageTypes.REALITY_SHIFT, RealityShift.class, shift ->
                demo.say("  reality shifts from %s to %s: %s", shift.previousReality(), shift.newReality(), shift.reason()));
        raider.registerHandler(MessageTypes.WORLD_STATE, WorldStateView.class, world ->
                demo.say("  world_state: stability now %.1f", world.realityStability()));

        long start = raider.localPlayer().locationId().orElseThrow();
        List<Long> path = map.path(start, phoenix.locationId());
        demo.say("%s of the %s walks %s", Demo.nameOf(raider), faction, path.stream().map(map::nameOf).toList());
        for (int i = 1; i < path.size(); i++) {
            Await.result(raider.sendMove(path.get(i - 1), path.get(i)));
        }
        try {
            Await.result(raider.captureShard(PHOENIX_FLAME));
            ShardCaptured capture = Await.result(announced.orTimeout(10, TimeUnit.SECONDS));
            demo.say("Everyone hears: %s captured %s for the %s", capture.capturedByCharacterName(),
                    capture.shardName(), capture.faction());
        } catch (MasterServerException refused) {
            demo.say("The capture was refused: %s (%s)", refused.errorCode(), refused.getMessage());
        }
    }
}
