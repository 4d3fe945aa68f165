package com.shardsofeternity.server.it.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shardsofeternity.client.Await;
import com.shardsofeternity.client.GameClient;
import com.shardsofeternity.client.MasterServerException;
import com.shardsofeternity.client.Messages;
import com.shardsofeternity.client.NotConnectedException;
import com.shardsofeternity.client.realtime.ConnectionState;
import com.shardsofeternity.client.realtime.SessionEnd;
import com.shardsofeternity.protocol.CloseCodes;
import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.message.AuthResponse;
import com.shardsofeternity.server.it.Api;
import com.shardsofeternity.server.it.client.Players.Account;
import com.shardsofeternity.server.it.client.Players.Player;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Logging in, connecting, pinging and ending sessions through the client library. */
class ClientConnectionIT {

    private final Players players = new Players();

    @AfterEach
    void closePlayers() {
        players.close();
    }

    @Test
    void createClientAndConnectFindsTheServerThroughMasterServerUrl() {
        String username = Api.register(Api.uniqueName("env"));

        GameClient client = players.track(Await.result(GameClient.createClientAndConnect(username, Api.PASSWORD)));

        assertThat(client.config().serverUrl()).isEqualTo(URI.create(Api.baseUrl()));
        assertThat(client.connectionState()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(client.localPlayer().playerId()).isPresent();
    }

    @Test
    void registerThenConnectAuthenticatesTheSocketForThatPlayer() {
        GameClient client = players.track(new GameClient(Players.config()));
        String username = Api.uniqueName("reg");

        long playerId = Await.result(client.register(username, Api.PASSWORD)).playerId();
        AuthResponse auth = Await.result(client.connect(username, Api.PASSWORD));

        assertThat(auth.success()).isTrue();
        assertThat(auth.playerId()).isEqualTo(playerId);
        assertThat(auth.characterId()).isNull();
        assertThat(auth.resumed()).isFalse();
        assertThat(client.localPlayer().playerId()).contains(playerId);
    }

    @Test
    void aWrongPasswordFailsTheConnectionWithAuthFailed() {
        String username = Api.register(Api.uniqueName("wrong"));

        assertThatThrownBy(() -> Await.result(
                GameClient.createClientAndConnect(Players.config(), username, "not the password at all")))
                .isInstanceOfSatisfying(MasterServerException.class, refused -> {
                    assertThat(refused.errorCode()).isEqualTo(ErrorCode.AUTH_FAILED);
                    assertThat(refused.httpStatus()).isEqualTo(401);
                });
    }

    @Test
    void pingIsAnsweredWithinTheRequestTimeout() {
        Account account = players.account();

        Duration roundTrip = Await.result(account.client().ping());

        assertThat(roundTrip).isPositive().isLessThan(Players.config().requestTimeout());
    }

    @Test
    void gameMessagesBeforeACharacterIsSelectedAreRefused() {
        Account account = players.account();

        assertThat(Refusals.codeOf(account.client().sendChat(Messages.CHANNEL_GLOBAL, "is anyone there?")))
                .isEqualTo(ErrorCode.NO_CHARACTER_SELECTED);
        assertThat(account.client().connectionState()).isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    void logoutEndsTheSessionForGoodAndKillsTheToken() {
        Player player = players.player(Players.AZURE);
        ConnectionEvents events = ConnectionEvents.of(player.client());
        String token = player.client().api().token().orElseThrow();

        Await.result(player.client().logout());

        SessionEnd end = events.awaitSessionEnd();
        assertThat(end.requestedByClient()).isTrue();
        assertThat(end.closeCode()).isEqualTo(CloseCodes.NORMAL);
        assertThat(player.client().connectionState()).isEqualTo(ConnectionState.CLOSED);
        assertThatThrownBy(() -> Await.result(player.client().sendChat(Messages.CHANNEL_GLOBAL, "still here?")))
                .isInstanceOf(NotConnectedException.class);
        Api.Reply afterLogout = Api.get("/api/characters", token);
        assertThat(afterLogout.status()).isEqualTo(401);
        assertThat(afterLogout.errorCode()).isEqualTo("SESSION_EXPIRED");
    }

    @Test
    void disconnectClosesTheSocketButKeepsTheTokenForAnotherConnection() {
        Player player = players.player(Players.CRIMSON);
        ConnectionEvents events = ConnectionEvents.of(player.client());

        Await.result(player.client().disconnect());

        SessionEnd end = events.awaitSessionEnd();
        assertThat(end.requestedByClient()).isTrue();
        assertThat(player.client().connectionState()).isEqualTo(ConnectionState.CLOSED);
        AuthResponse again = Await.result(player.client().connectWithToken(player.client().api().token().orElseThrow()));
        assertThat(again.characterId()).isEqualTo(player.id());
        Await.result(player.client().sendChat(Messages.CHANNEL_GLOBAL, "back on the same session"));
    }

    @Test
    void aLogoutElsewhereClosesTheSocketWith4001AndNothingReconnects() {
        Player player = players.player(Players.VERDANT);
        ConnectionEvents events = ConnectionEvents.of(player.client());
        String token = player.client().api().token().orElseThrow();

        assertThat(Api.send("POST", "/api/auth/logout", token, null).status()).isEqualTo(204);

        SessionEnd end = events.awaitSessionEnd();
        assertThat(end.closeCode()).isEqualTo(CloseCodes.AUTHENTICATION);
        assertThat(end.requestedByClient()).isFalse();
        assertThat(player.client().connectionState()).isEqualTo(ConnectionState.CLOSED);
        assertThat(events.states()).doesNotContain(ConnectionState.RECONNECTING);
    }

    @Test
    void theSameSessionConnectingElsewhereEndsTheFirstSocketWith4004() {
        Player player = players.player(Players.UMBRAL);
        ConnectionEvents events = ConnectionEvents.of(player.client());
        GameClient elsewhere = players.track(new GameClient(Players.config()));

        AuthResponse auth = Await.result(elsewhere.connectWithToken(player.client().api().token().orElseThrow()));

        assertThat(auth.characterId()).isEqualTo(player.id());
        assertThat(events.awaitSessionEnd().closeCode()).isEqualTo(CloseCodes.REPLACED);
        assertThat(player.client().connectionState()).isEqualTo(ConnectionState.CLOSED);
        Await.result(elsewhere.sendChat(Messages.CHANNEL_GLOBAL, "I moved to another machine"));
    }
}
