package com.shardsofeternity.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import org.glassfish.tyrus.client.exception.DeploymentHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The opening of {@code /ws}: Origin check, {@code auth_request} first and in time, and the answer to it. */
@ExtendWith(ServerReady.class)
class HandshakeIT {

    private static final String FACTION = "Azure Order";

    @Test
    void originOutsideTheAllowlistIsRefusedWith403() {
        assertThatThrownBy(() -> RawSocket.open("http://evil.example"))
                .isInstanceOfSatisfying(DeploymentHandshakeException.class,
                        refused -> assertThat(refused.getHttpStatusCode()).isEqualTo(403));
        assertThat(HandwrittenWebSocket.status("http://evil.example")).isEqualTo(403);
        assertThat(HandwrittenWebSocket.status("null")).isEqualTo(403);
    }

    @Test
    void allowedOriginAndNoOriginAreBothLetIn() throws Exception {
        assertThat(HandwrittenWebSocket.status("http://localhost:8888")).isEqualTo(101);
        assertThat(HandwrittenWebSocket.status(null)).isEqualTo(101);

        Api.Player player = Api.newPlayer(FACTION);
        try (RawSocket fromPage = RawSocket.open("http://localhost:8888")) {
            assertThat(fromPage.authenticate(player.token()).getBoolean("success")).isTrue();
        }
    }

    @Test
    void authResponseDescribesTheSession() throws Exception {
        Api.Player player = Api.newPlayer(FACTION);
        try (RawSocket socket = RawSocket.open()) {
            JsonObject response = socket.authenticate(player.token());

            assertThat(response.getBoolean("success")).isTrue();
            assertThat(response.getJsonNumber("player_id").longValue()).isEqualTo(player.playerId());
            assertThat(response.getJsonNumber("character_id").longValue()).isEqualTo(player.characterId());
            assertThat(response.getString("session_id")).isNotBlank();
            assertThat(response.getString("protocol_version")).isEqualTo("1.0");
            assertThat(response.getJsonNumber("heartbeat_interval_ms").longValue()).isEqualTo(15_000);
            assertThat(response.getBoolean("resumed")).isFalse();
            assertThat(response.getString("priority")).isEqualTo("critical");
            assertThat(response.getJsonNumber("timestamp").longValue()).isPositive();
            assertThat(response).doesNotContainKey("seq");
        }
    }

    @Test
    void aDifferentMinorVersionIsAccepted() throws Exception {
        Api.Player player = Api.newPlayer(FACTION);
        try (RawSocket socket = RawSocket.open()) {
            socket.send(RawSocket.message("auth_request", null, "token", player.token(), "protocol_version", "1.7"));
            assertThat(socket.await("auth_response").getBoolean("success")).isTrue();
        }
    }

    @Test
    void aDifferentMajorVersionIsRefusedWith4002() throws Exception {
        Api.Player player = Api.newPlayer(FACTION);
        try (RawSocket socket = RawSocket.open()) {
            socket.send(RawSocket.message("auth_request", null, "token", player.token(), "protocol_version", "2.0"));

            JsonObject response = socket.await("auth_response");
            assertThat(response.getBoolean("success")).isFalse();
            assertThat(response.getString("error_code")).isEqualTo("PROTOCOL_VERSION_MISMATCH");
            assertThat(response.getString("error_message")).isNotBlank();
            assertThat(socket.awaitClose()).isEqualTo(4002);
        }
    }

    @Test
    void unknownTokenIsRefusedWithAuthRequiredAnd4001() throws Exception {
        try (RawSocket socket = RawSocket.open()) {
            JsonObject response = socket.authenticate("A".repeat(43));

            assertThat(response.getBoolean("success")).isFalse();
            assertThat(response.getString("error_code")).isEqualTo("AUTH_REQUIRED");
            assertThat(socket.awaitClose()).isEqualTo(4001);
        }
    }

    @Test
    void malformedTokenIsRefusedWithAuthRequiredAnd4001() throws Exception {
        try (RawSocket socket = RawSocket.open()) {
            JsonObject response = socket.authenticate("not a token");

            assertThat(response.getBoolean("success")).isFalse();
            assertThat(response.getString("error_code")).isEqualTo("AUTH_REQUIRED");
            assertThat(socket.awaitClose()).isEqualTo(4001);
        }
    }

    @Test
    void loggedOutTokenIsRefusedWithSessionExpiredAnd4001() throws Exception {
        Api.Player player = Api.newPlayer(FACTION);
        assertThat(Api.post("/api/auth/logout", player.token(), null).status()).isEqualTo(204);
        try (RawSocket socket = RawSocket.open()) {
            JsonObject response = socket.authenticate(player.token());

            assertThat(response.getBoolean("success")).isFalse();
            assertThat(response.getString("error_code")).isEqualTo("SESSION_EXPIRED");
            assertThat(socket.awaitClose()).isEqualTo(4001);
        }
    }

    @Test
    void pingBeforeAuthenticatingIsAuthRequiredThen4001() throws Exception {
        try (RawSocket socket = RawSocket.open()) {
            socket.send(RawSocket.message("ping", null, "nonce", 7));

            assertThat(RawSocket.replyTo(socket.awaitError("AUTH_REQUIRED"))).isNull();
            assertThat(socket.awaitClose()).isEqualTo(4001);
            assertThat(socket.history()).extracting(m -> m.getString("type")).doesNotContain("pong");
        }
    }

    @Test
    void gameMessageBeforeAuthenticatingIsAuthRequiredThen4001() throws Exception {
        try (RawSocket socket = RawSocket.open()) {
            socket.request("chat", "channel", "global", "content", "hello?");

            socket.awaitError("AUTH_REQUIRED");
            assertThat(socket.awaitClose()).isEqualTo(4001);
            assertThat(socket.history()).extracting(m -> m.getString("type")).containsExactly("error");
        }
    }

    @Test
    void malformedJsonBeforeAuthenticatingIsAuthRequiredThen4001() throws Exception {
        try (RawSocket socket = RawSocket.open()) {
            socket.send("{\"type\":\"auth_request\",");

            socket.awaitError("AUTH_REQUIRED");
            assertThat(socket.awaitClose()).isEqualTo(4001);
        }
    }

    @Test
    void binaryBeforeAuthenticatingIsAuthRequiredThen4001() throws Exception {
        try (RawSocket socket = RawSocket.open()) {
            socket.sendBinary(new byte[] {1, 2, 3});

            socket.awaitError("AUTH_REQUIRED");
            assertThat(socket.awaitClose()).isEqualTo(4001);
        }
    }

    @Test
    void silenceAfterConnectingIsAuthRequiredThen4001AfterTenSeconds() throws Exception {
        try (RawSocket socket = RawSocket.open()) {
            long opened = System.nanoTime();
            JsonObject error = socket.await("error", Duration.ofSeconds(16));
            long waitedMillis = (System.nanoTime() - opened) / 1_000_000;

            assertThat(error.getString("error_code")).isEqualTo("AUTH_REQUIRED");
            assertThat(waitedMillis).isBetween(9_500L, 14_000L);
            assertThat(socket.awaitClose()).isEqualTo(4001);
        }
    }

    @Test
    void beforeSelectingACharacterGameMessagesAreRefusedAndSelectingOverRestSendsNearbyPlayers() throws Exception {
        String username = Api.register(Api.uniqueName("nc"));
        String token = Api.login(username);
        try (RawSocket socket = RawSocket.open()) {
            JsonObject response = socket.authenticate(token);
            assertThat(response.getBoolean("success")).isTrue();
            assertThat(response.get("character_id")).isEqualTo(JsonValue.NULL);

            JsonObject refused = socket.call("chat", "channel", "global", "content", "anyone?");
            assertThat(refused.getString("error_code")).isEqualTo("NO_CHARACTER_SELECTED");
            socket.send(RawSocket.message("ping", null, "nonce", "still-here"));
            assertThat(socket.await("pong").getString("nonce")).isEqualTo("still-here");

            Api.Reply created = Api.post("/api/characters", token, Api.json("name", Api.uniqueName("Late "), "faction", FACTION));
            long characterId = created.json().getJsonNumber("id").longValue();
            assertThat(Api.post("/api/characters/select", token, Api.json("character_id", characterId)).status()).isEqualTo(200);

            JsonObject nearby = socket.await("nearby_players");
            assertThat(nearby.getJsonNumber("location_id").longValue()).isEqualTo(1);
            assertThat(nearby.getJsonArray("players").getValuesAs(JsonObject.class))
                    .anySatisfy(p -> assertThat(p.getJsonNumber("character_id").longValue()).isEqualTo(characterId));
            assertThat(socket.call("chat", "channel", "global", "content", "here now").getString("type")).isEqualTo("ack");
        }
    }

    @Test
    void authRequestOnAnAuthenticatedSocketIsInvalid() throws Exception {
        Api.Player player = Api.newPlayer(FACTION);
        try (RawSocket socket = RawSocket.online(player)) {
            JsonObject refused = socket.call("auth_request", "token", player.token(), "protocol_version", "1.0");

            assertThat(refused.getString("error_code")).isEqualTo("INVALID_MESSAGE");
            assertThat(socket.isOpen()).isTrue();
        }
    }
}
