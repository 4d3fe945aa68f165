package com.shardsofeternity.server.it.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.shardsofeternity.client.Await;
import com.shardsofeternity.client.GameClient;
import com.shardsofeternity.client.MasterServerException;
import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.NearbyPlayers;
import com.shardsofeternity.protocol.message.PlayerPresence;
import com.shardsofeternity.protocol.model.CharacterView;
import com.shardsofeternity.protocol.model.NearbyPlayer;
import com.shardsofeternity.protocol.model.Position;
import com.shardsofeternity.server.it.Api;
import com.shardsofeternity.server.it.SeedData;
import com.shardsofeternity.server.it.client.Players.Account;
import com.shardsofeternity.server.it.client.Players.Player;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Listing, creating and selecting characters through the client library. */
class CharacterManagementIT {

    private final Players players = new Players();

    @AfterEach
    void closePlayers() {
        players.close();
    }

    @Test
    void aNewAccountCreatesCharactersAndListsThem() {
        GameClient client = players.account().client();
        assertThat(Await.result(client.listCharacters())).isEmpty();

        CharacterView warrior = Await.result(client.createCharacter(Api.uniqueName("Warrior "), Players.CRIMSON));
        CharacterView mage = Await.result(client.createCharacter(Api.uniqueName("Mage "), Players.AZURE));

        assertThat(warrior.faction()).isEqualTo(Players.CRIMSON);
        assertThat(warrior.level()).isEqualTo(1);
        assertThat(warrior.health()).isEqualTo(warrior.maxHealth()).isPositive();
        assertThat(warrior.locationId()).isEqualTo(SeedData.startingLocationId());
        assertThat(warrior.position()).isEqualTo(new Position(0.0, 0.0, 0.0));
        assertThat(Await.result(client.listCharacters()))
                .extracting(CharacterView::id, CharacterView::name)
                .containsExactlyInAnyOrder(
                        tuple(warrior.id(), warrior.name()),
                        tuple(mage.id(), mage.name()));
    }

    @Test
    void selectingACharacterPutsItInTheWorldAndReportsWhoIsNearby() {
        GameClient client = players.account().client();
        CharacterView hero = Await.result(client.createCharacter(Api.uniqueName("Hero "), Players.VERDANT));
        Inbox<NearbyPlayers> nearby = Inbox.of(client, MessageTypes.NEARBY_PLAYERS, NearbyPlayers.class);

        CharacterView selected = Await.result(client.selectCharacter(hero.id()));

        assertThat(selected.id()).isEqualTo(hero.id());
        NearbyPlayers report = nearby.await("after the selection", any -> true);
        assertThat(report.locationId()).isEqualTo(SeedData.startingLocationId());
        assertThat(report.players()).extracting(NearbyPlayer::characterId).contains(hero.id());
        assertThat(client.localPlayer().characterId()).contains(hero.id());
        assertThat(client.localPlayer().locationId()).contains(SeedData.startingLocationId());
        assertThat(client.getNearbyPlayers()).extracting(NearbyPlayer::characterId).contains(hero.id());
    }

    @Test
    void switchingCharactersTakesTheFirstOutOfTheWorld() {
        Player watcher = players.player(Players.UMBRAL);
        Inbox<PlayerPresence> entered = Inbox.of(watcher.client(), MessageTypes.PLAYER_ENTERED, PlayerPresence.class);
        Inbox<PlayerPresence> left = Inbox.of(watcher.client(), MessageTypes.PLAYER_LEFT, PlayerPresence.class);
        GameClient client = players.account().client();
        CharacterView first = Await.result(client.createCharacter(Api.uniqueName("First "), Players.AZURE));
        CharacterView second = Await.result(client.createCharacter(Api.uniqueName("Second "), Players.AZURE));

        Await.result(client.selectCharacter(first.id()));
        entered.await("of the first character", presence -> presence.player().characterId().equals(first.id()));
        Await.result(client.selectCharacter(second.id()));

        left.await("of the first character", presence -> presence.player().characterId().equals(first.id()));
        entered.await("of the second character", presence -> presence.player().characterId().equals(second.id()));
        assertThat(client.localPlayer().characterId()).contains(second.id());
    }

    @Test
    void aTakenCharacterNameIsRefusedWhateverItsCase() {
        Player owner = players.player(Players.CRIMSON);
        Account other = players.account();

        MasterServerException refused = Refusals.refusalOf(
                other.client().createCharacter(owner.name().toUpperCase(Locale.ROOT), Players.AZURE));

        assertThat(refused.errorCode()).isEqualTo(ErrorCode.NAME_TAKEN);
        assertThat(refused.httpStatus()).isEqualTo(409);
    }

    @Test
    void selectingSomeoneElsesCharacterIsForbidden() {
        Player owner = players.player(Players.CRIMSON);
        Account other = players.account();

        MasterServerException refused = Refusals.refusalOf(other.client().selectCharacter(owner.id()));

        assertThat(refused.errorCode()).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(refused.httpStatus()).isEqualTo(403);
    }

    @Test
    void aFactionThatDoesNotExistIsInvalid() {
        Account account = players.account();

        MasterServerException refused = Refusals.refusalOf(
                account.client().createCharacter(Api.uniqueName("Nomad "), "Pirates of Nowhere"));

        assertThat(refused.errorCode()).isEqualTo(ErrorCode.INVALID_MESSAGE);
        assertThat(refused.httpStatus()).isEqualTo(400);
    }
}
