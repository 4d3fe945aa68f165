package com.shardsofeternity.server.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.client.Await;
import com.shardsofeternity.client.MasterServerException;
import com.shardsofeternity.client.Messages;
import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.LocationUpdate;
import com.shardsofeternity.protocol.message.NearbyPlayers;
import com.shardsofeternity.protocol.message.PlayerPresence;
import com.shardsofeternity.protocol.model.NearbyPlayer;
import com.shardsofeternity.protocol.model.Position;
import com.shardsofeternity.server.it.SeedData;
import com.shardsofeternity.server.it.client.Players.Player;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Travel, positions and the presence cache, seen by the mover and by the players around it. */
class MovementAndPresenceIT {

    private static final long ASHEN_PLAINS = 4;
    private static final long EMBERFORGE = 8;
    private static final long WHISPERING_WOODS = 2;
    private static final Position STILL = Messages.position(0, 0, 0);
    /** Steps short enough for the speed check even right after the server placed the character. */
    private static final Position SMALL_STEP = Messages.position(0.02, 0, 0.01);

    private final Players players = new Players();
    private final long start = SeedData.startingLocationId();

    @AfterEach
    void closePlayers() {
        players.close();
    }

    @Test
    void aCharacterWalksFromNeighborToNeighborAndLearnsWhoIsInEachPlace() {
        Player walker = players.player(Players.CRIMSON);
        Inbox<NearbyPlayers> nearby = Inbox.of(walker.client(), MessageTypes.NEARBY_PLAYERS, NearbyPlayers.class);

        Await.result(walker.client().sendMove(start, ASHEN_PLAINS));
        nearby.await("in the Ashen Plains", report -> report.locationId() == ASHEN_PLAINS);
        Await.result(walker.client().sendMove(ASHEN_PLAINS, EMBERFORGE));
        NearbyPlayers atTheForge = nearby.await("at the Emberforge", report -> report.locationId() == EMBERFORGE);

        assertThat(atTheForge.players()).extracting(NearbyPlayer::characterId).contains(walker.id());
        assertThat(walker.client().localPlayer().locationId()).contains(EMBERFORGE);
        assertThat(walker.client().getNearbyPlayers()).extracting(NearbyPlayer::characterId).contains(walker.id());
        assertThat(Await.result(walker.client().listCharacters()).get(0).locationId()).isEqualTo(EMBERFORGE);
    }

    @Test
    void aMoveFromAnotherPlaceOrToAPlaceThatIsNotANeighborIsInvalid() {
        Player walker = players.player(Players.AZURE);

        assertThat(Refusals.codeOf(walker.client().sendMove(ASHEN_PLAINS, EMBERFORGE))).isEqualTo(ErrorCode.INVALID_MOVE);
        assertThat(Refusals.codeOf(walker.client().sendMove(start, EMBERFORGE))).isEqualTo(ErrorCode.INVALID_MOVE);
        assertThat(walker.client().localPlayer().locationId()).contains(start);
    }

    @Test
    void othersInTheLocationSeeAPositionUpdateAndTheirCacheKeepsIt() {
        Player observer = players.player(Players.VERDANT);
        Player mover = players.player(Players.UMBRAL);
        Inbox<LocationUpdate> seen = Inbox.of(observer.client(), MessageTypes.LOCATION_UPDATE, LocationUpdate.class);
        Await.result(mover.client().sendPositionUpdate(SMALL_STEP, Messages.position(1, 0, 0.5)));

        LocationUpdate update = seen.await("of the mover", u -> u.characterId() == mover.id());
        assertThat(update.position()).isEqualTo(SMALL_STEP);
        assertThat(update.locationId()).isEqualTo(start);
        assertThat(update.characterName()).isEqualTo(mover.name());
        assertThat(observer.client().presence().find(mover.id())).get()
                .extracting(NearbyPlayer::position).isEqualTo(SMALL_STEP);
    }

    @Test
    void aStepFasterThanTheMaximumSpeedIsRefusedAndTheServerRestatesThePosition() {
        Player cheater = players.player(Players.CRIMSON);
        Inbox<LocationUpdate> own = Inbox.of(cheater.client(), MessageTypes.LOCATION_UPDATE, LocationUpdate.class);
        List<MasterServerException> errors = new CopyOnWriteArrayList<>();
        cheater.client().registerErrorHandler((error, message) -> errors.add((MasterServerException) error));

        Await.result(cheater.client().sendPositionUpdate(Messages.position(5_000, 0, 0), STILL));

        LocationUpdate restated = own.await("restating our position", u -> u.characterId() == cheater.id());
        assertThat(restated.position()).isEqualTo(STILL);
        assertThat(errors).extracting(MasterServerException::errorCode).containsExactly(ErrorCode.INVALID_MOVE);
    }

    @Test
    void theNearbyCacheFollowsOthersEnteringMovingLeavingAndLoggingOut() {
        Player watcher = players.player(Players.VERDANT);
        Inbox<PlayerPresence> entered = Inbox.of(watcher.client(), MessageTypes.PLAYER_ENTERED, PlayerPresence.class);
        Inbox<PlayerPresence> left = Inbox.of(watcher.client(), MessageTypes.PLAYER_LEFT, PlayerPresence.class);
        Inbox<LocationUpdate> moved = Inbox.of(watcher.client(), MessageTypes.LOCATION_UPDATE, LocationUpdate.class);

        Player visitor = players.player(Players.AZURE);
        Player passerby = players.player(Players.CRIMSON);
        entered.awaitCount("of the visitor and the passer-by", 2,
                p -> p.player().characterId() == visitor.id() || p.player().characterId() == passerby.id());
        assertThat(idsNear(watcher)).contains(watcher.id(), visitor.id(), passerby.id());
        assertThat(Await.result(watcher.client().fetchPlayersAt(start))).extracting(NearbyPlayer::characterId)
                .contains(watcher.id(), visitor.id(), passerby.id());

        Await.result(visitor.client().sendPositionUpdate(SMALL_STEP, STILL));
        moved.await("of the visitor", u -> u.characterId() == visitor.id());
        assertThat(watcher.client().presence().find(visitor.id()).orElseThrow().position()).isEqualTo(SMALL_STEP);

        Inbox<NearbyPlayers> visitorLearns = Inbox.of(visitor.client(), MessageTypes.NEARBY_PLAYERS, NearbyPlayers.class);
        Await.result(visitor.client().sendMove(start, WHISPERING_WOODS));
        left.await("of the visitor", p -> p.player().characterId() == visitor.id());
        visitorLearns.await("in the woods", report -> report.locationId() == WHISPERING_WOODS);
        assertThat(idsNear(watcher)).doesNotContain(visitor.id()).contains(passerby.id());
        assertThat(idsNear(visitor)).contains(visitor.id()).doesNotContain(watcher.id());
        assertThat(visitor.client().getNearbyPlayers(start)).isEmpty();

        Await.result(visitor.client().sendMove(WHISPERING_WOODS, start));
        entered.awaitCount("of the visitor, back again", 2, p -> p.player().characterId() == visitor.id());
        assertThat(idsNear(watcher)).contains(visitor.id());

        Await.result(passerby.client().logout());
        left.await("of the passer-by", p -> p.player().characterId() == passerby.id());
        assertThat(idsNear(watcher)).contains(visitor.id()).doesNotContain(passerby.id());
    }

    private static List<Long> idsNear(Player player) {
        return player.client().getNearbyPlayers().stream().map(NearbyPlayer::characterId).toList();
    }
}
