package com.shardsofeternity.client;

import com.shardsofeternity.client.dispatch.MessageDispatcher;
import com.shardsofeternity.client.presence.LocalPlayer;
import com.shardsofeternity.client.presence.PresenceCache;
import com.shardsofeternity.client.realtime.ResyncSnapshot;
import com.shardsofeternity.client.rest.MasterServerApi;
import com.shardsofeternity.protocol.model.CharacterView;
import com.shardsofeternity.protocol.model.NearbyPlayer;
import com.shardsofeternity.protocol.model.WorldStateView;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Re-reads over REST what a refused resume may have made stale (world state, characters, the players
 * of the current location) and applies it to the local caches. Each read fails on its own: a failure
 * leaves its part of the snapshot null and is reported to the error handlers just before listeners
 * hear of the resync.
 */
final class ResyncRefresher {

    private final MasterServerApi api;
    private final LocalPlayer self;
    private final PresenceCache presence;
    private final MessageDispatcher dispatcher;

    ResyncRefresher(MasterServerApi api, LocalPlayer self, PresenceCache presence, MessageDispatcher dispatcher) {
        this.api = api;
        this.self = self;
        this.presence = presence;
        this.dispatcher = dispatcher;
    }

    /** What a refresh read, and what failed while reading it. */
    record Outcome(ResyncSnapshot snapshot, List<Throwable> failures) {
    }

    CompletableFuture<Outcome> refresh() {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        CompletableFuture<WorldStateView> world = api.getWorldState().exceptionally(collect(failures));
        CompletableFuture<List<CharacterView>> characters = api.listCharacters().exceptionally(collect(failures));
        CompletableFuture<Long> location = characters.thenApply(list -> ownCharacter(list)
                .map(CharacterView::locationId)
                .orElse(self.locationId().orElse(null)));
        CompletableFuture<List<NearbyPlayer>> nearby = location.thenCompose(id -> id == null
                ? CompletableFuture.completedFuture(null)
                : api.getPlayersAt(id).exceptionally(collect(failures)));
        return CompletableFuture.allOf(world, nearby).thenApply(done -> new Outcome(
                new ResyncSnapshot(world.join(), characters.join(), location.join(), nearby.join()), List.copyOf(failures)));
    }

    /**
     * Reports the read failures and applies the snapshot to the local caches; runs on the handler
     * executor, before newer messages and before listeners hear of the resync.
     */
    void apply(Outcome outcome) {
        outcome.failures().forEach(failure -> dispatcher.reportErrorNow(failure, null));
        ResyncSnapshot snapshot = outcome.snapshot();
        ownCharacter(snapshot.characters()).ifPresent(self::character);
        if (snapshot.locationId() != null && snapshot.nearbyPlayers() != null) {
            presence.replaceLocation(snapshot.locationId(), snapshot.nearbyPlayers());
            presence.retainOnly(snapshot.locationId());
        }
    }

    private Optional<CharacterView> ownCharacter(List<CharacterView> characters) {
        if (characters == null) {
            return Optional.empty();
        }
        return characters.stream().filter(character -> self.isSelf(character.id())).findFirst();
    }

    private static <T> Function<Throwable, T> collect(List<Throwable> failures) {
        return failure -> {
            failures.add(failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure);
            return null;
        };
    }
}
