package com.shardsofeternity.server.it;

import static com.shardsofeternity.server.it.ErrorBodies.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.protocol.model.ShardView;
import com.shardsofeternity.server.it.client.ShardCaptures;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What must survive a restart of the server: accounts, characters, the end of a logged-out session,
 * parties with their members and leader, and a shard's capture. Everything is made first, then the server restarts once,
 * then each test checks its part. The restart stops and starts the one server all integration tests
 * share; failsafe runs the test classes one after another, so no other test is running meanwhile, and
 * the restart waits until the server is ready again before the checks start.
 */
@ExtendWith(ServerReady.class)
class RestartDurabilityIT {

    /** An account with a character, and a token of it that was logged out. */
    private record Account(String username, JsonObject character, String loggedOut) {
    }

    /** A party as its members read it before the restart, with two of them. */
    private record Party(long id, JsonObject read, Api.Player leader, Api.Player member) {
    }

    private static Account account;
    private static Party party;
    private static ShardView captured;

    @BeforeAll
    static void makeEverythingThenRestart() throws IOException, InterruptedException {
        account = accountWithALoggedOutSession();
        party = partyWhoseLeadPassed();
        captured = ShardCaptures.captureAShard();

        LibertyServer.restart();
    }

    @Test
    void accountsCharactersAndLogoutsSurviveARestart() {
        String username = account.username();
        JsonObject character = account.character();

        JsonObject login = Api.loginReply(username.toUpperCase(Locale.ROOT));
        assertThat(login.getString("username")).isEqualTo(username);
        String newToken = login.getString("token");
        assertThat(Api.get("/api/characters", newToken).array()).containsExactly(character);
        Api.Reply selected = Api.post("/api/characters/select", newToken,
                Api.json("character_id", character.getJsonNumber("id").longValue()));
        assertThat(selected.status()).as(selected.body()).isEqualTo(200);
        assertError(Api.get("/api/characters", account.loggedOut()), 401, "SESSION_EXPIRED");
        assertError(Api.post("/api/auth/register", null, Api.json("username", username, "password", Api.PASSWORD)),
                409, "USERNAME_TAKEN");
        assertError(Api.post("/api/characters", newToken, Api.json("name", character.getString("name"), "faction",
                "Azure Order")), 409, "NAME_TAKEN");
        assertThat(Api.get("/api/world/shards", null).array()).hasSize(7);
    }

    @Test
    void aPartyKeepsItsMembersInJoiningOrderAndItsLeaderAcrossARestart() {
        Api.Reply read = Api.get("/api/party/" + party.id(), party.member().token());

        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(party.read());
        assertThat(read.json().getJsonNumber("leader_id").longValue()).isEqualTo(party.leader().characterId());
        assertThat(read.json().getJsonArray("members")).hasSize(3);
        // The party is live again, not only stored: party chat reaches its members.
        try (RawSocket leader = RawSocket.online(party.leader()); RawSocket member = RawSocket.online(party.member())) {
            String content = "still together " + Api.uniqueName("");
            leader.ok("party_chat", "content", content);
            JsonObject heard = member.awaitChat(content);
            assertThat(heard.getString("channel")).isEqualTo("party");
            assertThat(heard.getJsonNumber("party_id").longValue()).isEqualTo(party.id());
        }
    }

    @Test
    void aCapturedShardKeepsItsOwnerAndCaptureTimeAcrossARestartInShardsAndWorldState() {
        JsonObject shard = Api.get("/api/world/shards", null).array().stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getJsonNumber("id").longValue() == captured.id()).findFirst().orElseThrow();
        assertThat(shard.getString("owning_faction")).isEqualTo(captured.owningFaction());
        assertThat(shard.getJsonNumber("captured_at").longValue()).isEqualTo(captured.capturedAt());

        JsonObject inState = Api.get("/api/world/state", null).json().getJsonArray("shards").stream()
                .map(JsonValue::asJsonObject).filter(s -> s.getJsonNumber("id").longValue() == captured.id())
                .findFirst().orElseThrow();
        assertThat(inState).isEqualTo(shard);
    }

    private static Account accountWithALoggedOutSession() {
        String username = Api.register(Api.uniqueName("durable_"));
        String token = Api.login(username);
        JsonObject character = Api.createCharacter(token, Api.uniqueName("Durable "), "Verdant Circle");
        String loggedOut = Api.login(username);
        assertThat(Api.post("/api/auth/logout", loggedOut, null).status()).isEqualTo(204);
        return new Account(username, character, loggedOut);
    }

    /**
     * A party of three whose founder left after the others joined, so that its leader is one who
     * inherited the lead: the stored leader is not simply the founder.
     */
    private static Party partyWhoseLeadPassed() {
        Api.Player founder = Api.newPlayer("Crimson Covenant");
        Api.Player heir = Api.newPlayer("Azure Order");
        Api.Player second = Api.newPlayer("Umbral Syndicate");
        Api.Player third = Api.newPlayer("Verdant Circle");
        Api.Reply created = Api.post("/api/party/create", founder.token(), Api.json("name", Api.uniqueName("Durable ")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long partyId = created.json().getJsonNumber("id").longValue();
        try (RawSocket lead = RawSocket.online(founder)) {
            for (Api.Player member : new Api.Player[] {heir, second, third}) {
                try (RawSocket joining = RawSocket.online(member)) {
                    lead.ok("party_invite", "party_id", partyId, "invitee_id", member.characterId());
                    joining.ok("party_join", "party_id", partyId);
                }
            }
            lead.ok("party_leave", "party_id", partyId);
        }
        JsonObject read = Api.get("/api/party/" + partyId, third.token()).json();
        assertThat(read.getJsonNumber("leader_id").longValue()).isEqualTo(heir.characterId());
        assertThat(read.getJsonArray("members")).extracting(m -> m.asJsonObject().getJsonNumber("character_id").longValue())
                .containsExactly(heir.characterId(), second.characterId(), third.characterId());
        return new Party(partyId, read, heir, third);
    }
}
