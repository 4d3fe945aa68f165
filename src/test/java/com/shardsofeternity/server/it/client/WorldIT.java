package com.shardsofeternity.server.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.client.Await;
import com.shardsofeternity.client.GameClient;
import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.ShardCaptured;
import com.shardsofeternity.protocol.model.LocationView;
import com.shardsofeternity.protocol.model.ShardView;
import com.shardsofeternity.protocol.model.WorldStateView;
import com.shardsofeternity.server.it.SeedData;
import com.shardsofeternity.server.it.client.Players.Player;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The world over REST and shard captures over the socket, through the client library. */
class WorldIT {

    private static final long PHOENIX_FLAME = 1;
    private static final long EMBERFORGE = 8;
    private static final long NO_SUCH_SHARD = 987_654;
    /** The server's default capture cooldown, with a margin for clocks and slow runs. */
    private static final long COOLDOWN_WITH_MARGIN_MS = 70_000;
    private static final List<String> FACTIONS =
            List.of(Players.CRIMSON, Players.AZURE, Players.VERDANT, Players.UMBRAL);

    private final Players players = new Players();

    @AfterEach
    void closePlayers() {
        players.close();
    }

    @Test
    void stateShardsMapAndFactionsAreReadOverRest() {
        GameClient client = players.player(Players.AZURE).client();

        WorldStateView state = Await.result(client.getWorldState());
        List<ShardView> shards = Await.result(client.getShardStatus());
        List<LocationView> locations = Await.result(client.getLocations());

        assertThat(state.currentReality()).isNotBlank();
        assertThat(state.realityStability()).isBetween(0.0, 100.0);
        assertThat(state.onlinePlayers()).isPositive();
        assertThat(state.shards()).extracting(ShardView::id).containsExactlyInAnyOrderElementsOf(
                shards.stream().map(ShardView::id).toList());
        ShardView phoenix = shards.stream().filter(s -> s.id() == PHOENIX_FLAME).findFirst().orElseThrow();
        assertThat(phoenix.name()).isEqualTo("Phoenix Flame");
        assertThat(phoenix.locationId()).isEqualTo(EMBERFORGE);
        Map<Long, LocationView> byId = locations.stream().collect(Collectors.toMap(LocationView::id, Function.identity()));
        assertThat(byId).containsKey(SeedData.startingLocationId()).hasSize(14);
        locations.forEach(location -> location.neighbors().forEach(neighbor ->
                assertThat(byId.get(neighbor).neighbors()).as("neighbors of %s", neighbor).contains(location.id())));
        assertThat(Routes.of(client).path(SeedData.startingLocationId(), EMBERFORGE)).containsExactly(1L, 4L, EMBERFORGE);
        assertThat(Await.result(client.getFactions())).containsExactlyInAnyOrderElementsOf(FACTIONS);
    }

    @Test
    void aShardIsCapturedOnlyFromItsOwnLocation() {
        Player player = players.player(Players.CRIMSON);

        assertThat(Refusals.codeOf(player.client().captureShard(PHOENIX_FLAME))).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(Refusals.codeOf(player.client().captureShard(NO_SUCH_SHARD))).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void aCaptureIsAnnouncedToEveryoneAndHoldsTheShardForItsCooldown() {
        Player scout = players.player(Players.UMBRAL);
        ShardView shard = shardOffCooldown(Await.result(scout.client().getShardStatus()));
        String capturing = FACTIONS.stream().filter(f -> !f.equals(shard.owningFaction())).findFirst().orElseThrow();
        String contesting = FACTIONS.stream().filter(f -> !f.equals(shard.owningFaction()) && !f.equals(capturing))
                .findFirst().orElseThrow();
        Player captor = players.player(capturing);
        Player challenger = players.player(contesting);
        Player onlooker = players.player(Players.VERDANT);
        Routes routes = Routes.of(captor.client());
        routes.walk(captor.client(), SeedData.startingLocationId(), shard.locationId());
        routes.walk(challenger.client(), SeedData.startingLocationId(), shard.locationId());
        Inbox<ShardCaptured> announced = Inbox.of(onlooker.client(), MessageTypes.SHARD_CAPTURED, ShardCaptured.class);
        Inbox<WorldStateView> worldStates = Inbox.of(onlooker.client(), MessageTypes.WORLD_STATE, WorldStateView.class);
        long before = System.currentTimeMillis();

        Await.result(captor.client().captureShard(shard.id()));

        ShardCaptured capture = announced.await("of the shard", c -> c.shardId().equals(shard.id()));
        assertThat(capture.capturedByCharacterId()).isEqualTo(captor.id());
        assertThat(capture.capturedByCharacterName()).isEqualTo(captor.name());
        assertThat(capture.faction()).isEqualTo(capturing);
        assertThat(capture.shardName()).isEqualTo(shard.name());
        worldStates.await("with the new owner", state -> state.shards().stream()
                .anyMatch(s -> s.id().equals(shard.id()) && capturing.equals(s.owningFaction())));
        ShardView held = Await.result(onlooker.client().getShardStatus()).stream()
                .filter(s -> s.id().equals(shard.id())).findFirst().orElseThrow();
        assertThat(held.owningFaction()).isEqualTo(capturing);
        assertThat(held.capturedAt()).isGreaterThanOrEqualTo(before - 1_000);
        assertThat(Refusals.codeOf(captor.client().captureShard(shard.id()))).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(Refusals.codeOf(challenger.client().captureShard(shard.id()))).isEqualTo(ErrorCode.RATE_LIMITED);
    }

    /** The first shard, by id, that nobody captured within the cooldown: Phoenix Flame unless a test just took it. */
    private static ShardView shardOffCooldown(List<ShardView> shards) {
        long now = System.currentTimeMillis();
        return shards.stream()
                .filter(s -> s.capturedAt() == null || now - s.capturedAt() > COOLDOWN_WITH_MARGIN_MS)
                .min(Comparator.comparing(ShardView::id))
                .orElseThrow(() -> new AssertionError("every shard was captured within the last minute: " + shards));
    }
}
