package com.shardsofeternity.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/admin}: only sessions of accounts in ADMIN_USERNAMES (the integration-test server lists
 * {@code it_admin}) may read the overview, announce, kick and end sessions.
 */
@ExtendWith(ServerReady.class)
class AdminApiIT {

    private static final String OPERATOR = "it_admin";
    private static final String FACTION = "Azure Order";

    @Test
    void withoutATokenTheAdminApiIsAuthRequired() {
        Api.Reply reply = Api.get("/api/admin/overview", null);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.errorCode()).isEqualTo("AUTH_REQUIRED");
    }

    @Test
    void aPlayerWhoIsNotAnOperatorIsForbidden() {
        Api.Player player = Api.newPlayer(FACTION);
        for (Api.Reply reply : new Api.Reply[] {
                Api.get("/api/admin/overview", player.token()),
                Api.post("/api/admin/announcements", player.token(), Api.json("message", "hello")),
                Api.post("/api/admin/players/" + player.characterId() + "/kick", player.token(), null)}) {
            assertThat(reply.status()).isEqualTo(403);
            assertThat(reply.errorCode()).isEqualTo("FORBIDDEN");
        }
    }

    @Test
    void overviewListsAnOnlineCharacterWithItsSessionAndTheWorld() {
        Api.Player player = Api.newPlayer(FACTION);
        try (RawSocket socket = RawSocket.online(player)) {
            JsonObject overview = Api.get("/api/admin/overview", operatorToken()).json();

            JsonObject row = overview.getJsonArray("players").stream().map(JsonObject.class::cast)
                    .filter(p -> p.getJsonNumber("character_id").longValue() == player.characterId())
                    .findFirst().orElseThrow(() -> new AssertionError("not listed: " + overview));
            assertThat(row.getString("character_name")).isEqualTo(player.characterName());
            assertThat(row.getString("username")).isEqualTo(player.username());
            assertThat(row.getString("session_id")).isNotBlank();
            assertThat(row.getJsonNumber("location_id").longValue()).isEqualTo(SeedData.startingLocationId());
            assertThat(row.getBoolean("connected")).isTrue();
            assertThat(overview.getInt("players_online")).isEqualTo(overview.getJsonArray("players").size());
            assertThat(overview.getInt("connections_open")).isPositive();
            assertThat(overview.getJsonNumber("messages_out_total").longValue()).isPositive();
            assertThat(overview.getJsonArray("shards")).isNotEmpty();
            assertThat(overview.getString("current_reality")).isNotBlank();
            assertThat(overview).containsKeys("reality_stability", "sessions_live", "messages_in_total", "recent_errors");
        }
    }

    @Test
    void announcementReachesEveryoneOnlineEscapedWithHighPriority() {
        Api.Player player = Api.newPlayer(FACTION);
        try (RawSocket socket = RawSocket.online(player)) {
            Api.Reply reply = Api.post("/api/admin/announcements", operatorToken(), Api.json("message", "  Reset at <noon>  "));
            assertThat(reply.status()).isEqualTo(204);

            JsonObject announcement = socket.await("announcement");
            assertThat(announcement.getString("message")).isEqualTo("Reset at &lt;noon&gt;");
            assertThat(announcement.getString("from")).isEqualTo(OPERATOR);
            assertThat(announcement.getString("priority")).isEqualTo("high");
            assertThat(announcement.getJsonNumber("seq").longValue()).isPositive();
        }
    }

    @Test
    void blankAnnouncementIsInvalid() {
        Api.Reply reply = Api.post("/api/admin/announcements", operatorToken(), Api.json("message", "   "));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("INVALID_MESSAGE");
    }

    @Test
    void kickClosesTheSocketWith4003AndEndsTheSession() {
        Api.Player player = Api.newPlayer(FACTION);
        try (RawSocket socket = RawSocket.online(player)) {
            Api.Reply reply = Api.post("/api/admin/players/" + player.characterId() + "/kick", operatorToken(), null);
            assertThat(reply.status()).isEqualTo(204);

            assertThat(socket.awaitClose()).isEqualTo(4003);
            Api.Reply afterwards = Api.get("/api/characters", player.token());
            assertThat(afterwards.status()).isEqualTo(401);
            assertThat(afterwards.errorCode()).isEqualTo("SESSION_EXPIRED");
        }
    }

    @Test
    void kickingACharacterThatIsNotOnlineIsNotFound() {
        Api.Player player = Api.newPlayer(FACTION);
        Api.Reply reply = Api.post("/api/admin/players/" + player.characterId() + "/kick", operatorToken(), null);
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.errorCode()).isEqualTo("NOT_FOUND");
    }

    @Test
    void endingASessionClosesItsSocketWith4001() {
        Api.Player player = Api.newPlayer(FACTION);
        try (RawSocket socket = RawSocket.online(player)) {
            String sessionId = socket.history().stream()
                    .filter(m -> "auth_response".equals(m.getString("type")))
                    .findFirst().orElseThrow().getString("session_id");
            Api.Reply reply = Api.post("/api/admin/sessions/" + sessionId + "/end", operatorToken(), null);
            assertThat(reply.status()).isEqualTo(204);

            assertThat(socket.awaitClose()).isEqualTo(4001);
            assertThat(Api.get("/api/characters", player.token()).status()).isEqualTo(401);
        }
        Api.Reply again = Api.post("/api/admin/sessions/no-such-session/end", operatorToken(), null);
        assertThat(again.status()).isEqualTo(404);
    }

    private static String operatorToken() {
        Api.Reply registered = Api.post("/api/auth/register", null, Api.json("username", OPERATOR, "password", Api.PASSWORD));
        assertThat(registered.status()).as(registered.body()).isIn(201, 409);
        return Api.login(OPERATOR);
    }
}
