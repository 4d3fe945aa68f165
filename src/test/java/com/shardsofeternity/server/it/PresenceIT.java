package com.shardsofeternity.server.it;

import static com.shardsofeternity.server.it.MovementSocketIT.presence;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who is online where: the REST views of presence, and how sockets, logouts and selections change it. */
@ExtendWith(ServerReady.class)
class PresenceIT {

    private static final String FACTION = "Verdant Circle";

    @Test
    void aCharacterIsListedInItsLocationOnlyWhileItsSessionIsOnline() {
        Api.Player player = Api.newPlayer(FACTION);
        assertThat(playersAt(1)).doesNotContain(player.characterId());

        try (RawSocket socket = RawSocket.online(player)) {
            JsonObject listed = playerAt(1, player);
            assertThat(listed.getString("character_name")).isEqualTo(player.characterName());
            assertThat(listed.getString("faction")).isEqualTo(FACTION);
            assertThat(listed.getInt("level")).isEqualTo(1);
            assertThat(listed.getJsonNumber("location_id").longValue()).isEqualTo(1);
            assertThat(listed.getJsonObject("position").getJsonNumber("x").doubleValue()).isEqualTo(0.0);
            assertThat(listed.getJsonNumber("last_seen").longValue()).isPositive();

            socket.move(1, 2);
            assertThat(playersAt(1)).doesNotContain(player.characterId());
            assertThat(playersAt(2)).contains(player.characterId());
        }
    }

    @Test
    void nearbyPlayersOnConnectListsWhoIsInTheCharactersLocation() throws Exception {
        Api.Player first = Api.newPlayer(FACTION);
        Api.Player second = Api.newPlayer(FACTION);
        try (RawSocket a = RawSocket.online(first)) {
            a.move(1, 2);
            a.move(2, 6);
            RawSocket b = RawSocket.online(second);
            b.move(1, 2);
            JsonObject arrived = b.move(2, 6);
            assertThat(ids(arrived)).contains(first.characterId(), second.characterId());
            b.close();

            try (RawSocket again = RawSocket.open()) {
                again.authenticate(second.token());
                JsonObject nearby = again.await("nearby_players");
                assertThat(nearby.getJsonNumber("location_id").longValue()).isEqualTo(6);
                assertThat(ids(nearby)).contains(first.characterId(), second.characterId());
            }
        }
    }

    @Test
    void connectingIsAnnouncedToTheLocationWithPlayerEntered() {
        Api.Player watcher = Api.newPlayer(FACTION);
        Api.Player newcomer = Api.newPlayer(FACTION);
        try (RawSocket w = RawSocket.online(watcher); RawSocket n = RawSocket.online(newcomer)) {
            JsonObject entered = w.await(presence("player_entered", newcomer, 1), RawSocket.WAIT, "player_entered");

            assertThat(entered.getJsonObject("player").getString("character_name")).isEqualTo(newcomer.characterName());
        }
    }

    @Test
    void onlinePlayersOfTheWorldStateCountsEveryoneListedInTheLocations() {
        Api.Player player = Api.newPlayer(FACTION);
        try (RawSocket socket = RawSocket.online(player)) {
            for (int attempt = 0; ; attempt++) {
                int before = onlinePlayers();
                Set<Long> listed = new HashSet<>();
                for (JsonObject location : Api.get("/api/world/locations", null).array().getValuesAs(JsonObject.class)) {
                    listed.addAll(playersAt(location.getJsonNumber("id").longValue()));
                }
                int after = onlinePlayers();
                if (before == after || attempt == 5) {
                    assertThat(listed).contains(player.characterId());
                    assertThat(after).isEqualTo(listed.size());
                    return;
                }
            }
        }
    }

    @Test
    void aDroppedSocketKeepsTheCharacterOnlineDuringTheResumeWindow() {
        Api.Player leaver = Api.newPlayer(FACTION);
        Api.Player watcher = Api.newPlayer(FACTION);
        try (RawSocket w = RawSocket.online(watcher)) {
            RawSocket l = RawSocket.online(leaver);
            l.move(1, 2);
            w.move(1, 2);
            l.close();
            assertThat(l.awaitClose()).isEqualTo(1000);

            w.assertNoMessage(presence("player_left", leaver, 2), Duration.ofSeconds(2), "player_left within the resume window");
            assertThat(playersAt(2)).contains(leaver.characterId());
        }
    }

    @Test
    void logoutClosesTheSocketWith4001AndTheLocationHearsPlayerLeft() {
        Api.Player leaver = Api.newPlayer(FACTION);
        Api.Player watcher = Api.newPlayer(FACTION);
        try (RawSocket w = RawSocket.online(watcher); RawSocket l = RawSocket.online(leaver)) {
            l.move(1, 2);
            w.move(1, 2);

            assertThat(Api.post("/api/auth/logout", leaver.token(), null).status()).isEqualTo(204);

            assertThat(l.awaitClose()).isEqualTo(4001);
            JsonObject left = w.await(presence("player_left", leaver, 2), RawSocket.WAIT, "player_left");
            assertThat(left.getJsonObject("player").getString("character_name")).isEqualTo(leaver.characterName());
            assertThat(playersAt(2)).doesNotContain(leaver.characterId());
        }
    }

    @Test
    void selectingAnotherCharacterWhileConnectedSwapsWhoIsOnline() {
        Api.Player player = Api.newPlayer(FACTION);
        Api.Player watcher = Api.newPlayer(FACTION);
        try (RawSocket w = RawSocket.online(watcher); RawSocket socket = RawSocket.online(player)) {
            Api.Reply created = Api.post("/api/characters", player.token(),
                    Api.json("name", Api.uniqueName("Alt "), "faction", FACTION));
            assertThat(created.status()).isEqualTo(201);
            long alt = created.json().getJsonNumber("id").longValue();

            Api.Reply selected = Api.post("/api/characters/select", player.token(), "{\"character_id\":" + alt + "}");
            assertThat(selected.status()).isEqualTo(200);

            JsonObject nearby = socket.await("nearby_players");
            assertThat(nearby.getJsonArray("players").getValuesAs(JsonObject.class))
                    .extracting(p -> p.getJsonNumber("character_id").longValue()).contains(alt).doesNotContain(player.characterId());
            w.await(presence("player_left", player, 1), RawSocket.WAIT, "player_left of the first character");
            assertThat(playersAt(1)).contains(alt).doesNotContain(player.characterId());
            String content = "now playing the alt " + System.nanoTime();
            socket.ok("chat", "channel", "global", "content", content);
            assertThat(w.awaitChat(content).getJsonNumber("sender_id").longValue()).isEqualTo(alt);
        }
    }

    private static List<Long> ids(JsonObject nearbyPlayers) {
        return nearbyPlayers.getJsonArray("players").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getJsonNumber("character_id").longValue()).toList();
    }

    static List<Long> playersAt(long locationId) {
        Api.Reply reply = Api.get("/api/world/locations/" + locationId + "/players", null);
        assertThat(reply.status()).isEqualTo(200);
        return reply.array().getValuesAs(JsonObject.class).stream().map(p -> p.getJsonNumber("character_id").longValue()).toList();
    }

    private static JsonObject playerAt(long locationId, Api.Player player) {
        Api.Reply reply = Api.get("/api/world/locations/" + locationId + "/players", null);
        return reply.array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("character_id").longValue() == player.characterId())
                .findFirst().orElseThrow(() -> new AssertionError(player.characterName() + " is not listed in " + locationId));
    }

    static int onlinePlayers() {
        return Api.get("/api/world/state", null).json().getInt("online_players");
    }
}
