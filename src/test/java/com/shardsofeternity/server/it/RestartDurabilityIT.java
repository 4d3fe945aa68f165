package com.shardsofeternity.server.it;

import static com.shardsofeternity.server.it.ErrorBodies.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What must survive a restart of the server: accounts, characters, and the end of a logged-out
 * session. The restart stops and starts the one server all integration tests share; failsafe runs the
 * test classes one after another, so no other test is running meanwhile, and the restart waits until
 * the server is ready again before the next one starts.
 */
@ExtendWith(ServerReady.class)
class RestartDurabilityIT {

    @Test
    void accountsCharactersAndLogoutsSurviveARestart() throws IOException, InterruptedException {
        String username = Api.register(Api.uniqueName("durable_"));
        String token = Api.login(username);
        JsonObject character = Api.createCharacter(token, Api.uniqueName("Durable "), "Verdant Circle");
        String loggedOut = Api.login(username);
        assertThat(Api.post("/api/auth/logout", loggedOut, null).status()).isEqualTo(204);

        LibertyServer.restart();

        JsonObject login = Api.loginReply(username.toUpperCase(Locale.ROOT));
        assertThat(login.getString("username")).isEqualTo(username);
        String newToken = login.getString("token");
        assertThat(Api.get("/api/characters", newToken).array()).containsExactly(character);
        Api.Reply selected = Api.post("/api/characters/select", newToken,
                Api.json("character_id", character.getJsonNumber("id").longValue()));
        assertThat(selected.status()).as(selected.body()).isEqualTo(200);
        assertError(Api.get("/api/characters", loggedOut), 401, "SESSION_EXPIRED");
        assertError(Api.post("/api/auth/register", null, Api.json("username", username, "password", Api.PASSWORD)),
                409, "USERNAME_TAKEN");
        assertError(Api.post("/api/characters", newToken, Api.json("name", character.getString("name"), "faction",
                "Azure Order")), 409, "NAME_TAKEN");
        assertThat(Api.get("/api/world/shards", null).array()).hasSize(7);
    }
}
