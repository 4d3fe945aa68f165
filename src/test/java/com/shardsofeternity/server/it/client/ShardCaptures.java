package com.shardsofeternity.server.it.client;

import com.shardsofeternity.client.Await;
import com.shardsofeternity.protocol.model.ShardView;
import com.shardsofeternity.server.it.SeedData;
import com.shardsofeternity.server.it.client.Players.Player;
import java.util.Comparator;
import java.util.List;

/** Shard captures made through the client library, for tests outside this package. */
public final class ShardCaptures {

    /** The server's default capture cooldown, with a margin for clocks and slow runs. */
    private static final long COOLDOWN_WITH_MARGIN_MS = 70_000;
    private static final List<String> FACTIONS =
            List.of(Players.CRIMSON, Players.AZURE, Players.VERDANT, Players.UMBRAL);

    private ShardCaptures() {
    }

    /** Captures a shard nobody took within the cooldown, for a faction that did not own it; returns it as held now. */
    public static ShardView captureAShard() {
        try (Players players = new Players()) {
            Player scout = players.player(Players.UMBRAL);
            long now = System.currentTimeMillis();
            ShardView shard = Await.result(scout.client().getShardStatus()).stream()
                    .filter(s -> s.capturedAt() == null || now - s.capturedAt() > COOLDOWN_WITH_MARGIN_MS)
                    .min(Comparator.comparing(ShardView::id))
                    .orElseThrow(() -> new AssertionError("every shard was captured within the last minute"));
            String capturing = FACTIONS.stream().filter(f -> !f.equals(shard.owningFaction())).findFirst().orElseThrow();
            Player captor = players.player(capturing);
            Routes.of(captor.client()).walk(captor.client(), SeedData.startingLocationId(), shard.locationId());
            Await.result(captor.client().captureShard(shard.id()));
            return Await.result(captor.client().getShardStatus()).stream()
                    .filter(s -> s.id().equals(shard.id())).findFirst().orElseThrow();
        }
    }
}
